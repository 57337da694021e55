/**
 * The reporter's own side (PRODUCT.md §3): logging in with case code and password (the identity
 * store and its throttle), the personal page with status, messages, visible steps and tips, writing
 * to the confidant, approving the record, changing the password and withdrawing. Uses
 * {@code casefile}, {@code intake} (password rules, answer checks), {@code contact} (a contact request logs in
 * the same way until it becomes a case), {@code questionnaire},
 * {@code organisation}, {@code vault}, {@code security}, {@code audit} and {@code shared}; only
 * {@code attachment} uses it.
 */
package nl.meldpunt.reporter;

/**
 * The reporter's own side (PRODUCT.md §3): logging in with case code and password (the identity
 * store and its throttle), the personal page with status, messages, visible steps and tips, writing
 * to the confidant, approving the record, changing the password and withdrawing. Uses
 * {@code report} (the case), {@code questionnaire}, {@code security}, {@code audit}, {@code vault}
 * and {@code shared}; only {@code attachment} uses it, for the reporter's own report.
 */
package nl.meldpunt.reporter;

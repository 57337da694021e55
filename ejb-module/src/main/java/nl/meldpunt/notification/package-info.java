/**
 * Mail: the outbox with its timer (status updates, tips and reminders, retried until sent), the
 * templates, the check that the SMTP server accepts mail, and removing the addresses of closed
 * cases from the vault. Uses {@code casefile}, {@code questionnaire}, {@code organisation},
 * {@code staff}, {@code vault} (the only reader of an address), {@code audit} and {@code shared}.
 */
package nl.meldpunt.notification;

/**
 * Mail. For now only the platform admin's check that the configured SMTP server accepts mail; the
 * outbox with status updates, tips and reminders follows (issue 6).
 */
package nl.meldpunt.notification;

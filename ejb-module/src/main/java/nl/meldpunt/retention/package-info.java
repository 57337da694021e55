/**
 * Retention (issue 12 item 7): a case that ended (closed or withdrawn) longer ago than its
 * organisation's retention period is anonymised. It keeps what the incident register and the annual
 * report count — the report's structured fields and dates, the whole registration form, the kinds and
 * dates of steps, referrals, consents, breaches and peer consultations — and loses everything personal
 * or free: the answers, messages, attachments and notes, the wrapped data key, the password hash and
 * (through {@code notification}) the address in the vault. {@link nl.meldpunt.retention.RetentionService}
 * is called by the retention batch job chunk by chunk and by the organisation admin's page (the dry run).
 * Uses {@code casefile}, {@code organisation}, {@code staff}, {@code notification}, {@code audit} and
 * {@code shared}; nothing in the EJB module uses it.
 */
package nl.meldpunt.retention;

/**
 * HR's reports (issue 12): schedules, runs, stored files and their mails. The batch job in
 * {@code batch-module} does the counting and rendering through {@link nl.meldpunt.publication.PublicationWork};
 * this package keeps the bookkeeping, and {@link nl.meldpunt.publication.PublicationService} shows HR and the
 * organisation's administrator their own organisation's reports. Uses trend (the one counting),
 * notification (the outbox), organisation, staff, audit and shared; never a case's text.
 */
package nl.meldpunt.publication;

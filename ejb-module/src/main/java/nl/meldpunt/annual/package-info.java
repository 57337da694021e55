/**
 * The confidant's own texts for the annual report to the management (jaarverslag, issue 12 item 3; seed 002 §6,
 * seed 003 §5 "meldingen worden anoniem gebundeld in het jaarverslag"): per organisation and year the sections
 * the confidant writes — introduction and role, availability, aftercare, trends and signals, advice, the year
 * ahead — saved as drafts, every save a new version (history with date and author, restore), and marked final
 * ("vastgesteld") per year. The counts of the report come from the batch job, not from here.
 *
 * <p>These texts are never case text: no table or class here refers to a report, and the package uses no
 * case-side feature ({@code casefile}, {@code intake}, {@code reporter}, {@code attachment}, {@code vault}).
 * Uses {@code organisation}, {@code staff} (who serves which organisation, who wrote a version), {@code audit}
 * (every change audited, never with its text) and {@code shared}. The batch job reads the texts through
 * {@link nl.meldpunt.annual.AnnualReportTexts}, a bean inside its own transaction, not through the service.
 */
package nl.meldpunt.annual;

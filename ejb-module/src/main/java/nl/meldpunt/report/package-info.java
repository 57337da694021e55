/**
 * The reporter's journey (PRODUCT.md §3): the organisation's agreed question sets and tips
 * (versioned data), submitting a report with its credentials, the reporter's own dashboard, and the
 * files added to a report ({@link nl.meldpunt.attachment.AttachmentService}, judged by content in
 * {@link nl.meldpunt.attachment.AttachmentPolicy}, photos stripped of location data).
 * Structured registration fields are kept in the clear for the register; every free text, and every
 * attachment's name and content, is sealed with the report's own data key through
 * {@link nl.meldpunt.security.CaseCipher}.
 */
package nl.meldpunt.report;

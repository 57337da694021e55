/**
 * The reporter's journey (PRODUCT.md §3): the organisation's agreed question sets and tips
 * (versioned data), submitting a report with its credentials, and the reporter's own dashboard.
 * Structured registration fields are kept in the clear for the register; every free text is sealed
 * with the report's own data key through {@link nl.meldpunt.security.CaseCipher}.
 */
package nl.meldpunt.report;

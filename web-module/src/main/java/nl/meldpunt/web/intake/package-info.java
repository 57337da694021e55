/**
 * The report wizard (PRODUCT.md §3): the steps of the organisation's question set, the page with
 * the case code and password, and the tips. Page: {@code /melden.xhtml}. Uses {@code nl.meldpunt.intake}
 * and {@code web.shared}.
 */
package nl.meldpunt.web.intake;

/**
 * Nothing traceable (issue 12, item 4): the one rule for small counts that every output uses — the
 * console's trends page, and the trend, register and annual reports. A table of counts with its totals
 * ({@link nl.meldpunt.disclosure.CountTable}) goes in, with the organisation's small-count threshold;
 * out comes a {@link nl.meldpunt.disclosure.ProtectedTable} that says per cell and total either the
 * number or that it is suppressed ({@link nl.meldpunt.disclosure.SmallCounts} explains the rule).
 * Pure computation: uses nothing else of Meldpunt, no database, no pages.
 */
package nl.meldpunt.disclosure;

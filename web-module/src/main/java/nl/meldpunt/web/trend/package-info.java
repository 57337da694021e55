/** The confidant's trend page (PRODUCT.md §5): anonymised figures per period. Uses {@code nl.meldpunt.trend}. */
package nl.meldpunt.web.trend;

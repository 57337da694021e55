/**
 * Client organisations (tenants): name, stable entry slug, house colours and the settings of
 * PRODUCT.md §6 that later features read (status-update interval, small-count threshold, retention).
 */
package nl.meldpunt.organisation;

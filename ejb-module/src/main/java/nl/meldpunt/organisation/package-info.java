/**
 * Client organisations (tenants): name, stable entry slug, house colours and the settings of
 * PRODUCT.md §6 that later features read (status-update interval, small-count threshold, retention).
 * Uses {@code staff} (whose organisations a staff member serves), {@code audit} and {@code shared}.
 */
package nl.meldpunt.organisation;

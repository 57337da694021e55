/**
 * Client organisations (tenants): name, stable entry slug, house colours and the settings of
 * PRODUCT.md §6 that later features read (status-update interval, small-count threshold, retention); its
 * life on the platform (active, suspended, archived: {@code OrganisationLifecycleService}); its logo
 * (judged through {@code LogoCheck}, which {@code attachment} implements) and its former entry addresses
 * ({@code FormerSlug}), which redirect to the current one.
 * Uses {@code staff} (whose organisations a staff member serves), {@code questionnaire} (a new
 * organisation starts with the default sets), {@code audit} and {@code shared}.
 */
package nl.meldpunt.organisation;

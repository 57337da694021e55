/**
 * What every feature shares: application resources (datasource, mail session), schema migration,
 * the clock and the Dutch time zone ({@link nl.meldpunt.shared.DutchTime}), the role names,
 * mail-address syntax and the HTML templates (Mustache, escaping by default). Uses nothing else of
 * Meldpunt.
 */
package nl.meldpunt.shared;

/**
 * What every feature shares: application resources (datasource, mail session), schema migration,
 * the clock, the role names and the HTML templates (Mustache, escaping by default).
 */
package nl.meldpunt.shared;

/**
 * What every feature shares: application resources (datasource, mail session), schema migration,
 * the clock and the role names.
 */
package nl.meldpunt.shared;

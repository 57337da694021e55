/**
 * What every feature shares: application resources (datasource, mail session), schema migration,
 * the clock and the Dutch time zone ({@link nl.meldpunt.shared.DutchTime}), the role names,
 * mail-address syntax, the HTML templates (Mustache, escaping by default) and the one AES-GCM
 * sealing format ({@link nl.meldpunt.shared.Sealing}), used by the case cipher and the vault with
 * their own keys. Uses nothing else of Meldpunt.
 */
package nl.meldpunt.shared;

/**
 * What every feature shares: application resources (datasource, mail session), schema migration,
 * the clock and the role names, and {@link nl.meldpunt.shared.Sealing}, the one AES-GCM
 * implementation that case content (through {@code security.CaseCipher}) and the vault seal with,
 * each under its own keys. It uses no other feature.
 */
package nl.meldpunt.shared;

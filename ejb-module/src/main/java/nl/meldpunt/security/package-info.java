/**
 * Security: staff authentication (role names, Argon2id password hashing and the identity store that
 * Jakarta Security asks when a staff member logs in) and the encryption of case content at rest
 * ({@link nl.meldpunt.security.CaseCipher}).
 */
package nl.meldpunt.security;

/**
 * Security building blocks that know no feature: Argon2id password hashing, the credentials that
 * Jakarta Security passes to the identity stores (which live with their users, in {@code staff} and
 * {@code reporter}), failed-login counting, the second factor (TOTP), and the encryption of case
 * content at rest ({@link nl.meldpunt.security.CaseCipher}, each report under its own wrapped key).
 * Uses nothing else of Meldpunt.
 */
package nl.meldpunt.security;

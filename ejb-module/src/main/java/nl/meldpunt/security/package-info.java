/**
 * Security building blocks that know no feature: Argon2id password hashing and key derivation, the credentials
 * that Jakarta Security passes to the identity stores (which live with their users, in {@code staff} and
 * {@code reporter}), failed-login counting, the second factor (TOTP), the encryption of case content at rest
 * ({@link nl.meldpunt.security.CaseCipher}, each case under its own key) and who holds each case's key
 * ({@link nl.meldpunt.security.CaseKeys}: wrapped to each confidant's key pair, under the reporter's password and to
 * the organisation's recovery key, issue 17; {@link nl.meldpunt.security.PersonalKeys} for the cryptography,
 * {@link nl.meldpunt.security.OpenedKeys} for what a login opened). Uses {@code audit} and {@code shared} only; the
 * tables of cases and staff it reads by SQL, so that no feature is needed here.
 */
package nl.meldpunt.security;

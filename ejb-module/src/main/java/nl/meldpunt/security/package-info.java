/**
 * Staff authentication: role names, Argon2id password hashing and the identity store that
 * Jakarta Security asks when a staff member logs in.
 */
package nl.meldpunt.security;

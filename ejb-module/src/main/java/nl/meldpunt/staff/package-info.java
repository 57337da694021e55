/**
 * Staff accounts (platform admin, organisation admin, confidant, HR): their login through the
 * identity store Jakarta Security asks, passwords, second factor and "log out everywhere". Uses
 * {@code security}, {@code audit} and {@code shared}.
 */
package nl.meldpunt.staff;

/**
 * The audit trail: who viewed or changed what, and when, in a tamper-evident hash chain per
 * organisation (and one for the platform). Entries never hold an e-mail address, an IP address or
 * free text: an actor is a staff id, "reporter of case X", "anonymous" or "system".
 * Uses only {@code shared}: the bottom layer takes an actor value and never reads a staff account.
 */
package nl.meldpunt.audit;

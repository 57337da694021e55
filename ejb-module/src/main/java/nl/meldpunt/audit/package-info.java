/**
 * The audit trail: who viewed or changed what, and when, in a tamper-evident hash chain per
 * organisation (and one for the platform). Entries never hold an e-mail address, an IP address or
 * free text: an actor is a staff id, "reporter of case X", "anonymous" or "system".
 */
package nl.meldpunt.audit;

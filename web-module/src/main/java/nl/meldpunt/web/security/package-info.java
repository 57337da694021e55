/**
 * Staff login with Jakarta Security (custom form), session rules (new session id at login, idle and
 * absolute timeouts, logout) and the refusal page that audits every 403.
 */
package nl.meldpunt.web.security;

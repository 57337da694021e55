/**
 * Staff login with Jakarta Security (custom form), session rules (new session id at login, idle and
 * absolute timeouts, logout), the second factor, and the error pages, which audit every refusal (403).
 * Uses {@code web.shared}.
 */
package nl.meldpunt.web.security;

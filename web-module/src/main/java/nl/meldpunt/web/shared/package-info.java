/**
 * What every page shares: language choice, the page texts, dates, security headers, versioned
 * resources, the stateless first view and expired-view handling. Uses no other page package.
 */
package nl.meldpunt.web.shared;

/** What every page shares: language choice, security headers, error pages. */
package nl.meldpunt.web.shared;

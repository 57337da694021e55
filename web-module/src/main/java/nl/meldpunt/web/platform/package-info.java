/** The platform admin's pages: tenants, staff accounts and the audit chains; never report content. */
package nl.meldpunt.web.platform;

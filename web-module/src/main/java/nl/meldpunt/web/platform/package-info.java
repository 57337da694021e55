/**
 * The platform admin's pages: tenants (creating, suspending, archiving), staff accounts, the audit chains
 * and system health at a glance; never report content.
 */
package nl.meldpunt.web.platform;

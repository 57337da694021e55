/**
 * An organisation's configuration as a file (issue 13, item 4): the organisation admin's export and import with its
 * diff ({@code /admin/configuration.xhtml}), the platform admin's new organisation from a template file, and the
 * published JSON Schema ({@code /schema/organisation-configuration-1.json}).
 */
package nl.meldpunt.web.configuration;

/** The organisation admin's pages: settings of the own organisation, never report content. */
package nl.meldpunt.web.admin;

/** The reporter's pages: the report wizard, the credentials and tips, the reporter login and the personal page. */
package nl.meldpunt.web.report;

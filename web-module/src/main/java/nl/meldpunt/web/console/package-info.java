/** The confidant console. */
package nl.meldpunt.web.console;

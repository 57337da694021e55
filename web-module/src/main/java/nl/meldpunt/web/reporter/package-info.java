/**
 * The reporter's own pages: the reporter login and the personal page (status, messages, steps,
 * tips, files, password, withdrawal; {@code /melder/**}). Uses {@code nl.meldpunt.reporter}, {@code nl.meldpunt.attachment}
 * and {@code web.shared}.
 */
package nl.meldpunt.web.reporter;

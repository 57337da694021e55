/**
 * The confidant console's case work: the start page with the work queue and the case file, one
 * backing bean per section of the case-file page. Uses {@code nl.meldpunt.casefile},
 * {@code nl.meldpunt.intake} (oral reports) and {@code web.shared}.
 */
package nl.meldpunt.web.casefile;

/**
 * The confidant's annual report page (issue 12, item 3): the own sections of the annual report per organisation
 * and year, drafts with history and restore, marked final per year. Uses {@code nl.meldpunt.annual} and
 * {@code nl.meldpunt.organisation} (the organisations served); never a case.
 */
package nl.meldpunt.web.annual;

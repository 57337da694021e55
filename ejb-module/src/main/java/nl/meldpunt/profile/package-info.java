/**
 * Confidant profiles (issue 14): what employees read about each confidant on the entry page and in the
 * wizard's choice of confidant, written by the confidant in the console. Public by design: a name, an
 * optional photo, a short introduction, languages, availability and a phone number; nothing about reports.
 * The photo is judged through {@link nl.meldpunt.profile.PhotoCheck}, which the attachment side implements.
 */
package nl.meldpunt.profile;

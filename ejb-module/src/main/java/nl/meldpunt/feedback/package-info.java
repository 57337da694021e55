/**
 * The reporter's feedback at the end of the help (issue 14, item 6): an optional, anonymous survey of three fixed
 * questions in the personal page once the case is in aftercare or closed, for the confidant's own quality. The
 * answers are stored with the organisation and the year only (which report answered is kept apart, to allow one
 * answer per report), and are shown only in aggregate, never below the organisation's small-count threshold.
 * Uses {@code reporter} (the logged-in reporter's own report), {@code casefile}, {@code organisation}, {@code audit}.
 */
package nl.meldpunt.feedback;

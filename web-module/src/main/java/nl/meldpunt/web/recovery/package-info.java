/**
 * The pages of the organisation's recovery key (issue 17): the organisation admin makes it and prints the sheet
 * once; a confidant types the sheet in to receive the case files that lack an own copy.
 */
package nl.meldpunt.web.recovery;

/**
 * The confidant's practice pages (issue 14). Here: the activity log per organisation ({@code /console/activities.xhtml},
 * item 5) — sessions and trainings given, advice to the management, policy evaluations, with the year's counts as the
 * annual report prints them. Uses {@code nl.meldpunt.practice} and {@code nl.meldpunt.organisation} (the organisations
 * served); never a case.
 */
package nl.meldpunt.web.practice;

/**
 * The confidant's practice beyond case files (issue 14). Here: the activity log per organisation (item 5; seed
 * 001 "voorlichting geven", "leidinggevenden en management adviseren", "sparren/evalueren van gevoerde beleid";
 * seed 002 §8 informatiebijeenkomsten; seed 003 §6 voorlichten en informeren, §7 (on)gevraagd advies):
 * information sessions and trainings given (date, audience, number of participants), advice to the management
 * (solicited or unsolicited, topic) and policy evaluations. Fixed choices, dates and counts only — no free text
 * and no personal data, so that nothing here can name a person and every figure may be printed as it is.
 *
 * <p>{@link nl.meldpunt.practice.PracticeActivityService} is the confidant's (only for the organisations they
 * serve); {@link nl.meldpunt.practice.PracticeActivities} counts a year for the service and for the annual report
 * job. Uses {@code organisation}, {@code staff} (who serves which organisation), {@code audit} and {@code shared};
 * nothing of the case side.
 */
package nl.meldpunt.practice;

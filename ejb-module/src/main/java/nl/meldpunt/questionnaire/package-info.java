/**
 * The questions and tips an organisation has agreed with its confidant (PRODUCT.md §3): versioned
 * question sets and tip sets, the default sets a new organisation starts with, and the answers a
 * report gives to a question set (checked against it, with the registration fields they fill).
 * Uses nothing else of Meldpunt; every feature that shows or checks questions uses it. The
 * administration's editors for question and tip sets will live here.
 */
package nl.meldpunt.questionnaire;

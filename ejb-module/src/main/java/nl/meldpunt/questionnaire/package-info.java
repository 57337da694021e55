/**
 * The questions and tips an organisation has agreed with its confidant (PRODUCT.md §3): versioned
 * question sets and tip sets, the default sets a new organisation starts with, and the answers a
 * report gives to a question set (checked against it, with the registration fields they fill).
 * Uses only {@code shared}; every feature that shows or checks questions uses this package.
 */
package nl.meldpunt.questionnaire;

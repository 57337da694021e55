/**
 * Trend signals (seed 003 §7): how often reports occur per category and department in a period,
 * against the period before, with rises flagged and small counts suppressed, so that a confidant can
 * give the organisation (unsolicited) advice without anything being traceable to a person.
 */
package nl.meldpunt.trend;

/**
 * Trend signals (seed 003 §7): how often reports occur per category and department in a period,
 * against the period before, with rises flagged and small counts suppressed, so that a confidant can
 * give the organisation (unsolicited) advice without anything being traceable to a person.
 * Uses {@code organisation}, {@code staff}, {@code audit}, {@code disclosure} (the one rule for small
 * counts) and {@code shared}; it reads the case side's registration fields only through its own
 * queries ({@link nl.meldpunt.trend.TrendCounting}, which the batch jobs use too), never free text.
 */
package nl.meldpunt.trend;

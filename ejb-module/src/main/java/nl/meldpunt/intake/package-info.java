/**
 * Making a report (PRODUCT.md §3): the wizard's submission checked against the question set, an
 * oral report written down by a confidant, the case code and password the reporter leaves with, and
 * the sealing of every answer under the report's new data key. Uses {@code casefile} (the case it
 * opens), {@code questionnaire}, {@code organisation}, {@code staff}, {@code vault} (an address given
 * for news), {@code security}, {@code audit} and {@code shared}.
 */
package nl.meldpunt.intake;

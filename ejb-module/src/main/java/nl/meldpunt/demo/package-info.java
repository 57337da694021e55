/**
 * The demo organisation, its staff accounts and a demo report, created on first start when demo
 * data is switched on. Uses the features it fills: {@code organisation}, {@code staff},
 * {@code questionnaire}, {@code casefile}, {@code procedure}, {@code security} and {@code audit}.
 */
package nl.meldpunt.demo;

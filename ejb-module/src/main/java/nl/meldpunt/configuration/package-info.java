/**
 * An organisation's configuration as a versioned JSON file (issue 13, item 4; docs/configuration-file.md): export,
 * import as a diff confirmed first, a new organisation from a template file. Uses {@code organisation},
 * {@code questionnaire}, {@code publication}, {@code staff} (HR recipients by login name), {@code audit} and
 * {@code shared}; nothing uses it but the pages.
 */
package nl.meldpunt.configuration;

/**
 * Files added to a report (PRODUCT.md §3): the policy that judges a file by its content rather than
 * its name (Office, PDF, ZIP and image readers), photos stripped of location data, and the sealed
 * storage of name and content under the report's own key. Uses {@code report} (the case and its
 * reporter), {@code security}, {@code audit} and {@code shared}; nothing below uses it.
 */
package nl.meldpunt.attachment;

/**
 * The organisation's reporting procedure and PSA policy (issue 14, item 3; seed 003 §2 "afstemming en opzetten
 * PSA-beleid", §3 "alle werknemers worden op de hoogte gesteld dat er een PSA-beleid en een vertrouwenspersoon
 * is"): the organisation admin writes it in Dutch and English as a draft and publishes it as a new version; a
 * published version never changes and the highest one is current. The public procedure page shows the current
 * version beside what the Wbk (Wet bescherming klokkenluiders) requires every employee can read: the confidant's
 * role and that reporting externally, to the Huis voor Klokkenluiders, is always possible, also directly.
 *
 * <p>Plain text only: paragraphs separated by a blank line and lists of lines that start with "- "
 * ({@link nl.meldpunt.procedure.ProcedureText}); never HTML, whatever the text contains is shown as text.
 *
 * <p>Uses {@code organisation} (the slug of the public page, the own organisation), {@code staff} (who published),
 * {@code audit} (every change audited with versions and sizes, never the text) and {@code shared}. Not a case:
 * nothing of the case side.
 */
package nl.meldpunt.procedure;

/**
 * The report outputs for HR: a {@link nl.meldpunt.batch.output.Publication} (already counted, already
 * protected by the small-count rule, every text already in the reader's language) written as PDF
 * ({@link nl.meldpunt.batch.output.PdfWriter}, OpenPDF with JFreeChart charts), XLSX
 * ({@link nl.meldpunt.batch.output.XlsxWriter}, Apache POI), CSV ({@link nl.meldpunt.batch.output.CsvWriter},
 * Commons CSV) or an editable Word document, DOCX ({@link nl.meldpunt.batch.output.DocxWriter}, Apache POI
 * XWPF, the charts as pictures). This package owns the layout only: it never counts, suppresses, translates or reads the
 * database, and it prints a person's text as plain text, never as markup.
 *
 * <p>Fonts: Liberation Sans from {@code com.github.librepdf:openpdf-fonts-extra}, licensed under the SIL Open
 * Font License 1.1, which allows embedding and redistribution with the application. It is embedded (subset)
 * in every PDF and drawn into the charts; no system font and no network is used. The DOCX names it in its
 * styles without embedding it: a document meant for editing leaves the font to the reader's word processor,
 * which substitutes a metric-compatible one (Arial) where Liberation Sans is missing.
 *
 * <p>Spreadsheet formula injection: a text that starts with {@code = + - @}, a tab or a carriage return is
 * written to CSV with a leading apostrophe (OWASP's advice), so a spreadsheet opening the file shows it as
 * text instead of running it. Plain numbers ("-3", "+2") are left alone, and shown counts carry no sign. In
 * XLSX every text is a string cell (never a formula: POI writes {@code t="inlineStr"}), and the same risky
 * texts also get Excel's "quote prefix" style, so they stay text even when someone edits the cell.
 *
 * <p>A DOCX holds no formula and no field: its texts are plain runs, so a text such as {@code =cmd|' /C calc'!A0}
 * is only characters there.
 *
 * <p>The writers stream to the caller's OutputStream, flush it and leave it open; they hold no more than the
 * publication and one chart image in memory, except the DOCX writer, which builds the whole document (the
 * annual report: a few pages and their chart pictures) before writing it.
 */
package nl.meldpunt.batch.output;

package nl.meldpunt.batch.output;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A report for HR, ready to print: every text already in the reader's language, every count already
 * protected. The writers only lay it out; they never count, suppress or translate.
 *
 * @param title    the report's title, also the PDF's and the workbook's metadata title
 * @param subtitle organisation and period, or {@code null}
 * @param locale   the reader's language: page numbering, sheet names, the PDF's language
 * @param sections in reading order
 * @param footer   printed on every PDF page (e.g. "Vertrouwelijk — Meldpunt"), or {@code null}
 */
public record Publication(String title, String subtitle, Locale locale, List<Section> sections, String footer) {

    public Publication {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(locale, "locale");
        sections = List.copyOf(sections);
    }
}

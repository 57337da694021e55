package nl.meldpunt.batch.output;

import java.util.Objects;

/**
 * A table cell.
 *
 * @param text   what prints ("12", "&lt; 5", "×", "Pesten", "2026-03")
 * @param number set only for a count that may be shown; a suppressed count has only its text
 */
public record Cell(String text, Integer number) {

    public Cell {
        Objects.requireNonNull(text, "text");
    }

    /** A text cell: a label, or a suppressed count ("&lt; 5"). */
    public static Cell text(String t) {
        return new Cell(t, null);
    }

    /** A count that may be shown. */
    public static Cell count(int n) {
        return new Cell(Integer.toString(n), n);
    }
}

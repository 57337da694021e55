package nl.meldpunt.batch.output;

import java.util.Objects;

/**
 * Plain text written by a person (e.g. the confidant's annual-report text); line breaks kept, never
 * interpreted as markup.
 */
public record Paragraph(String text) implements Block {

    public Paragraph {
        Objects.requireNonNull(text, "text");
    }
}

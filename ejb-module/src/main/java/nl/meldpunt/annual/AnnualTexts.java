package nl.meldpunt.annual;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The confidant's texts of one organisation for one year as the console shows them: the current version of
 * every section (in report order, also the ones never written) and whether the year's texts are final.
 */
public record AnnualTexts(long organisationId, String organisationName, int year, boolean finalised, Instant finalisedAt,
                          String finalisedBy, List<SectionText> sections) implements Serializable {

    /** The current text of one section; {@code version} 0 (and no date or author) when it was never saved. */
    public record SectionText(Section section, String text, int version, Instant savedAt, String savedBy)
            implements Serializable {
    }

    public SectionText section(Section section) {
        return sections.stream().filter(s -> s.section() == section).findFirst().orElseThrow();
    }
}

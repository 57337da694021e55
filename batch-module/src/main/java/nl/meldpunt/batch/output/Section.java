package nl.meldpunt.batch.output;

import java.util.List;

/**
 * A chapter of a publication.
 *
 * @param heading the section's heading, or {@code null} for none
 * @param blocks  paragraphs, tables and charts in reading order
 */
public record Section(String heading, List<Block> blocks) {

    public Section {
        blocks = List.copyOf(blocks);
    }
}

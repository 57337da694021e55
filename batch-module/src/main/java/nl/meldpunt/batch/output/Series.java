package nl.meldpunt.batch.output;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One series of a chart.
 *
 * @param name    the legend's text
 * @param values  one per category; {@code null} for a suppressed count
 * @param shownAs one per category: what the count prints as ("12", "&lt; 5", "×"); required where the
 *                value is null
 */
public record Series(String name, List<Integer> values, List<String> shownAs) {

    public Series {
        Objects.requireNonNull(name, "name");
        values = Collections.unmodifiableList(new ArrayList<>(values));
        shownAs = Collections.unmodifiableList(new ArrayList<>(shownAs));
        if (values.size() != shownAs.size()) {
            throw new IllegalArgumentException("Series '" + name + "': " + values.size() + " values, "
                    + shownAs.size() + " shownAs");
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null && shownAs.get(i) == null) {
                throw new IllegalArgumentException("Series '" + name + "': suppressed value " + i + " without shownAs");
            }
        }
    }

    static void requireLength(List<Series> series, int categories, String caption) {
        for (Series s : series) {
            if (s.values().size() != categories) {
                throw new IllegalArgumentException("Chart '" + caption + "': series '" + s.name() + "' has "
                        + s.values().size() + " values for " + categories + " categories");
            }
        }
    }
}

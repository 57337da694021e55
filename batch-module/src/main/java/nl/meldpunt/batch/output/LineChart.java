package nl.meldpunt.batch.output;

import java.util.List;
import java.util.Objects;

/**
 * A line per series over the categories (usually months or quarters). A null value is a suppressed
 * count: the line has a gap there and the label in its place says the Series' shownAs.
 */
public record LineChart(String caption, List<String> categories, List<Series> series, String valueAxisLabel)
        implements Block {

    public LineChart {
        Objects.requireNonNull(caption, "caption");
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        Series.requireLength(series, categories.size(), caption);
    }
}

package nl.meldpunt.batch.output;

import java.util.List;
import java.util.Objects;

/**
 * Bars per category, one bar per series. A null value is a suppressed count: no bar is drawn, the
 * label in its place says "&lt; 5" or "×" (the Series' shownAs for that index).
 */
public record BarChart(String caption, List<String> categories, List<Series> series, String valueAxisLabel)
        implements Block {

    public BarChart {
        Objects.requireNonNull(caption, "caption");
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        Series.requireLength(series, categories.size(), caption);
    }
}

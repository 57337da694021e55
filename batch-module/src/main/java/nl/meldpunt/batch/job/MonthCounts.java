package nl.meldpunt.batch.job;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;
import nl.meldpunt.publication.RegisterLine;
import nl.meldpunt.trend.TrendCounting;

/** What one month gave: reports submitted, counted by kind and department, and the cases closed. */
public record MonthCounts(YearMonth month, List<TrendCounting.Count> submitted, List<RegisterLine> closed) implements Serializable {
}

package nl.meldpunt.batch.job;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import nl.meldpunt.publication.RegisterLine;
import nl.meldpunt.trend.TrendCounting;

/**
 * The counts so far: the writer's checkpoint, stored by Jakarta Batch with each chunk, so that a
 * restarted job continues with exactly what was counted before. Small: grouped counts and one line
 * per closed case of one organisation.
 */
public final class Tally implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<YearMonth> months = new ArrayList<>();
    private final List<TrendCounting.Count> submitted = new ArrayList<>();
    private final List<RegisterLine> closed = new ArrayList<>();

    void add(MonthCounts counts) {
        if (months.contains(counts.month())) {
            return; // counted before a restart: never twice
        }
        months.add(counts.month());
        submitted.addAll(counts.submitted());
        closed.addAll(counts.closed());
    }

    public int monthsCounted() {
        return months.size();
    }

    public List<TrendCounting.Count> submitted() {
        return List.copyOf(submitted);
    }

    public List<RegisterLine> closed() {
        return List.copyOf(closed);
    }
}

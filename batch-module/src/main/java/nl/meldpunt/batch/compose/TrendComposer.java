package nl.meldpunt.batch.compose;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import nl.meldpunt.batch.output.BarChart;
import nl.meldpunt.batch.output.Block;
import nl.meldpunt.batch.output.Cell;
import nl.meldpunt.batch.output.LineChart;
import nl.meldpunt.batch.output.Paragraph;
import nl.meldpunt.batch.output.Publication;
import nl.meldpunt.batch.output.Section;
import nl.meldpunt.batch.output.Series;
import nl.meldpunt.batch.output.Table;
import nl.meldpunt.disclosure.CountTable;
import nl.meldpunt.disclosure.Figure;
import nl.meldpunt.disclosure.ProtectedTable;
import nl.meldpunt.disclosure.SmallCounts;
import nl.meldpunt.publication.RunPlan;
import nl.meldpunt.shared.Period;
import nl.meldpunt.trend.TrendCounting;
import nl.meldpunt.trend.TrendTable;

/**
 * The trend report for the PSA policy: reports per kind and department in the period (the trends
 * page's table, counted by the same {@link TrendCounting} and protected by the same {@link TrendTable}),
 * per kind against the period before and the same period a year before with rises flagged, and the
 * organisation's total per month. The confidant's advice to the organisation closes it.
 */
final class TrendComposer {

    private TrendComposer() {
    }

    static Publication compose(RunPlan plan, List<TrendCounting.Count> counts, List<String> advice, Words words) {
        Period period = plan.period();
        TrendTable now = TrendTable.of(counts, period, plan.threshold());
        ProtectedTable lastYear = TrendTable.of(counts, period.yearBefore(), plan.threshold()).currentCounts();
        int t = now.threshold();

        List<Section> sections = new ArrayList<>();
        sections.add(new Section(words.text("trend.aboutHeading"), List.of(new Paragraph(words.text("trend.about", t)))));
        if (now.currentCounts().rows().isEmpty() && lastYear.rows().isEmpty()) {
            sections.add(new Section(words.text("trend.byKindHeading", period.label()),
                    List.of(new Paragraph(words.text("trend.none")))));
        } else {
            sections.add(new Section(words.text("trend.byKindHeading", period.label()), List.of(byKindAndDepartment(now, words))));
            sections.add(new Section(words.text("trend.compareHeading"), comparison(now, lastYear, period, words)));
            sections.add(new Section(words.text("trend.monthsHeading"), months(counts, plan, now, lastYear, words)));
        }
        List<Block> adviceBlocks = new ArrayList<>();
        if (advice.isEmpty()) {
            adviceBlocks.add(new Paragraph(words.text("trend.noAdvice")));
        } else {
            advice.forEach(text -> adviceBlocks.add(new Paragraph(text)));
        }
        sections.add(new Section(words.text("trend.adviceHeading"), adviceBlocks));
        return new Publication(words.text("trend.title"), words.text("subtitle", plan.organisationName(), period.label()),
                words.locale(), sections, words.text("footer"));
    }

    private static Table byKindAndDepartment(TrendTable now, Words words) {
        ProtectedTable table = now.currentCounts();
        int t = table.threshold();
        List<String> header = new ArrayList<>();
        header.add(words.text("register.kind"));
        table.columns().forEach(c -> header.add(words.department(c)));
        header.add(words.text("total"));
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i < table.rows().size(); i++) {
            List<Cell> row = new ArrayList<>();
            row.add(Cell.text(words.option(table.rows().get(i))));
            for (int j = 0; j < table.columns().size(); j++) {
                row.add(Figures.cell(table.cell(i, j), t));
            }
            row.add(Figures.cell(table.rowTotal(i), t));
            rows.add(row);
        }
        List<Cell> total = new ArrayList<>();
        total.add(Cell.text(words.text("total")));
        for (int j = 0; j < table.columns().size(); j++) {
            total.add(Figures.cell(table.columnTotal(j), t));
        }
        total.add(Figures.cell(table.total(), t));
        rows.add(total);
        return new Table(words.text("trend.byKindTable"), header, rows, 1);
    }

    private static List<Block> comparison(TrendTable now, ProtectedTable lastYear, Period period, Words words) {
        ProtectedTable current = now.currentCounts();
        ProtectedTable previous = now.previousCounts();
        int t = current.threshold();
        List<String> kinds = new ArrayList<>(current.rows());
        lastYear.rows().stream().filter(k -> !kinds.contains(k)).forEach(kinds::add);
        List<List<Cell>> rows = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Integer> nowValues = new ArrayList<>();
        List<Integer> beforeValues = new ArrayList<>();
        List<Integer> yearValues = new ArrayList<>();
        List<String> nowShown = new ArrayList<>();
        List<String> beforeShown = new ArrayList<>();
        List<String> yearShown = new ArrayList<>();
        for (String kind : kinds) {
            Figure a = total(current, kind);
            Figure b = total(previous, kind);
            Figure c = total(lastYear, kind);
            List<String> signals = new ArrayList<>();
            if (TrendTable.rose(a, b, t)) {
                signals.add(words.text("trend.roseAgainstPrevious"));
            }
            if (TrendTable.rose(a, c, t)) {
                signals.add(words.text("trend.roseAgainstYear"));
            }
            String label = words.option(kind);
            rows.add(List.of(Cell.text(label), Figures.cell(a, t), Figures.cell(b, t), Figures.cell(c, t),
                    Cell.text(signals.isEmpty() ? "—" : String.join("; ", signals))));
            labels.add(label);
            nowValues.add(Figures.value(a));
            beforeValues.add(Figures.value(b));
            yearValues.add(Figures.value(c));
            nowShown.add(a.text(t));
            beforeShown.add(b.text(t));
            yearShown.add(c.text(t));
        }
        Table table = new Table(words.text("trend.compareTable"), List.of(words.text("register.kind"), period.label(),
                period.before().label(), period.yearBefore().label(), words.text("trend.signal")), rows, 0);
        BarChart chart = new BarChart(words.text("trend.compareChart"), labels, List.of(
                new Series(period.yearBefore().label(), yearValues, yearShown),
                new Series(period.before().label(), beforeValues, beforeShown),
                new Series(period.label(), nowValues, nowShown)), words.text("count"));
        return List.of(table, chart);
    }

    /** Whether a period's total follows from a table printed elsewhere: its total, or all its kinds' totals. */
    private static boolean knownFrom(ProtectedTable table) {
        return table.total().isShown()
                || java.util.stream.IntStream.range(0, table.rows().size()).allMatch(i -> table.rowTotal(i).isShown());
    }

    /** A kind's total in a table; a kind the table does not have had no reports (shown as "< 5"). */
    private static Figure total(ProtectedTable table, String kind) {
        int i = table.rows().indexOf(kind);
        return i < 0 ? Figure.BELOW : table.rowTotal(i);
    }

    /**
     * The organisation's total per month, for the period, the one before and the one a year before. Each
     * period's months are protected together with their total; where the period's total is shown in
     * another table but hidden here, a single hidden month would follow from it, so then every month of
     * that period is hidden.
     */
    private static List<Block> months(List<TrendCounting.Count> counts, RunPlan plan, TrendTable now, ProtectedTable lastYear,
                                      Words words) {
        List<String> labels = new ArrayList<>();
        List<Integer> values = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        List<List<Cell>> rows = new ArrayList<>();
        Period period = plan.period();
        for (Period p : List.of(period.yearBefore(), period.before(), period)) {
            CountTable.Builder builder = CountTable.builder(List.of("all"), p.months().stream().map(YearMonth::toString).toList());
            counts.stream().filter(c -> p.contains(c.month())).forEach(c -> builder.add("all", c.month().toString(), c.count()));
            ProtectedTable table = SmallCounts.protect(builder.build(), plan.threshold());
            ProtectedTable elsewhere = p.equals(period) ? now.currentCounts()
                    : p.equals(period.before()) ? now.previousCounts() : lastYear;
            long hidden = java.util.stream.IntStream.range(0, table.columns().size()).filter(j -> !table.cell(0, j).isShown()).count();
            boolean hideAll = knownFrom(elsewhere) && !table.total().isShown() && hidden == 1;
            for (int j = 0; j < table.columns().size(); j++) {
                Figure f = hideAll ? Figure.HIDDEN : table.cell(0, j);
                labels.add(table.columns().get(j));
                values.add(Figures.value(f));
                shown.add(f.text(table.threshold()));
                rows.add(List.of(Cell.text(table.columns().get(j)), Figures.cell(f, table.threshold())));
            }
        }
        Table table = new Table(words.text("trend.monthsTable"), List.of(words.text("register.month"), words.text("count")), rows, 0);
        LineChart chart = new LineChart(words.text("trend.monthsChart"), labels,
                List.of(new Series(words.text("trend.allReports"), values, shown)), words.text("count"));
        return List.of(chart, table);
    }
}

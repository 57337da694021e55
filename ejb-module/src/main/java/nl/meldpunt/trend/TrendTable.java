package nl.meldpunt.trend;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import nl.meldpunt.disclosure.CountTable;
import nl.meldpunt.disclosure.Figure;
import nl.meldpunt.disclosure.ProtectedTable;
import nl.meldpunt.disclosure.SmallCounts;
import nl.meldpunt.shared.Period;

/**
 * Counts per category × department for a period and for the period before, each table with its totals
 * and passed through the one rule for small counts ({@link SmallCounts}): departments with too few
 * reports merge into "other", counts below the organisation's threshold print "&lt; 5", and whatever
 * would let a small count be computed is hidden.
 *
 * <p>A rise is flagged only from what the page prints, so that a flag never tells more than the
 * figures: the current count is shown (so at or above the threshold) and at least half as much again
 * plus one as the most the previous figure can be (its number, or threshold − 1 for "&lt; 5"); a hidden
 * previous figure, or a department that is part of "other" in either period, gives no flag.
 */
public record TrendTable(Period current, Period previous, int threshold, ProtectedTable currentCounts,
                         ProtectedTable previousCounts, List<Rise> rises) implements Serializable {

    /** A notable rise: a category in one department, or in all ({@code department} null). */
    public record Rise(String category, String department, String currentShown, String previousShown) implements Serializable {
    }

    static final String UNKNOWN_DEPARTMENT = "";

    public static TrendTable of(List<TrendCounting.Count> reports, Period current, int threshold) {
        Period previous = current.before();
        TreeSet<String> categories = new TreeSet<>();
        TreeSet<String> departments = new TreeSet<>(Comparator.comparing(String::isEmpty).thenComparing(Comparator.naturalOrder()));
        for (TrendCounting.Count report : reports) {
            if (current.contains(report.month()) || previous.contains(report.month())) {
                categories.add(report.category());
                departments.add(report.department());
            }
        }
        ProtectedTable now = counts(reports, current, List.copyOf(categories), List.copyOf(departments), threshold);
        ProtectedTable before = counts(reports, previous, List.copyOf(categories), List.copyOf(departments), threshold);
        List<Rise> rises = new ArrayList<>();
        int t = now.threshold();
        for (int i = 0; i < now.rows().size(); i++) {
            String category = now.rows().get(i);
            if (rose(now.rowTotal(i), before.rowTotal(i), t)) {
                rises.add(new Rise(category, null, now.rowTotal(i).text(t), before.rowTotal(i).text(t)));
            }
            for (int j = 0; j < now.columns().size(); j++) {
                String department = now.columns().get(j);
                int then = before.columns().indexOf(department);
                if (!department.equals(CountTable.OTHER) && then >= 0 && rose(now.cell(i, j), before.cell(i, then), t)) {
                    rises.add(new Rise(category, department, now.cell(i, j).text(t), before.cell(i, then).text(t)));
                }
            }
        }
        return new TrendTable(current, previous, t, now, before, List.copyOf(rises));
    }

    /** Whether the categories of this table are empty: no report in either period. */
    public boolean isEmpty() {
        return currentCounts.rows().isEmpty();
    }

    private static ProtectedTable counts(List<TrendCounting.Count> reports, Period period, List<String> categories,
                                         List<String> departments, int threshold) {
        CountTable.Builder table = CountTable.builder(categories, departments);
        reports.stream().filter(r -> period.contains(r.month())).forEach(r -> table.add(r.category(), r.department(), r.count()));
        return SmallCounts.protectMergingColumns(table.build(), threshold);
    }

    /** Whether a shown figure rose notably against the one before (see the class comment). */
    public static boolean rose(Figure now, Figure before, int threshold) {
        if (!now.isShown() || before.kind() == Figure.Kind.HIDDEN) {
            return false;
        }
        int mostBefore = before.isShown() ? before.value() : threshold - 1;
        return now.value() >= mostBefore * 3 / 2 + 1;
    }
}

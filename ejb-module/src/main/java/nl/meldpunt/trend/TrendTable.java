package nl.meldpunt.trend;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts per category × department for a period and the period before. A count below the
 * organisation's threshold is never shown as a number ("&lt; 5"), and a rise is only flagged when the
 * current count itself is at or above the threshold, so that a flag never points at one or two people.
 */
public record TrendTable(Period current, Period previous, int threshold, List<Row> rows) implements Serializable {

    /** A calendar month or quarter. */
    public record Period(LocalDate from, LocalDate toExclusive, String label) implements Serializable {

        public static Period monthOf(LocalDate day) {
            YearMonth month = YearMonth.from(day);
            return new Period(month.atDay(1), month.plusMonths(1).atDay(1), month.toString());
        }

        public static Period quarterOf(LocalDate day) {
            int quarter = day.get(IsoFields.QUARTER_OF_YEAR);
            LocalDate from = LocalDate.of(day.getYear(), (quarter - 1) * 3 + 1, 1);
            return new Period(from, from.plusMonths(3), day.getYear() + "-K" + quarter);
        }

        public Period before() {
            LocalDate previousDay = from.minusDays(1);
            return toExclusive.minusMonths(1).equals(from) ? monthOf(previousDay) : quarterOf(previousDay);
        }

        public boolean contains(LocalDate day) {
            return !day.isBefore(from) && day.isBefore(toExclusive);
        }
    }

    /** One line: what is shown of the two counts, and whether it rose notably. */
    public record Row(String category, String department, String currentShown, String previousShown, boolean rise)
            implements Serializable {
    }

    /** One report as counted: its category, its registered department (or null) and its day. */
    public record Counted(String category, String department, LocalDate day) {
    }

    static final String UNKNOWN_DEPARTMENT = "";

    public static TrendTable of(List<Counted> reports, Period current, int threshold) {
        Period previous = current.before();
        Map<String, int[]> counts = new TreeMap<>();
        for (Counted report : reports) {
            int slot = current.contains(report.day()) ? 0 : previous.contains(report.day()) ? 1 : -1;
            if (slot >= 0) {
                String key = report.category() + "\u0000" + (report.department() == null ? UNKNOWN_DEPARTMENT : report.department());
                counts.computeIfAbsent(key, k -> new int[2])[slot]++;
            }
        }
        List<Row> rows = new ArrayList<>();
        counts.forEach((key, count) -> {
            String[] parts = key.split("\u0000", -1);
            boolean rise = count[0] >= threshold && count[0] >= count[1] * 3 / 2 + 1;
            rows.add(new Row(parts[0], parts[1], shown(count[0], threshold), shown(count[1], threshold), rise));
        });
        rows.sort(Comparator.comparing(Row::rise).reversed());
        return new TrendTable(current, previous, threshold, rows);
    }

    static String shown(int count, int threshold) {
        return count == 0 ? "0" : count < threshold ? "< " + threshold : String.valueOf(count);
    }
}

package nl.meldpunt.shared;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;

/**
 * A calendar month, quarter or year in Dutch days: the only periods counts are shown for, so that no
 * date finer than a month ever reaches a page or a file. {@code toExclusive} is the first day after it.
 */
public record Period(Length length, LocalDate from, LocalDate toExclusive) implements Serializable {

    public enum Length { MONTH, QUARTER, YEAR }

    public Period {
        if (from.getDayOfMonth() != 1 || (from.getMonthValue() - 1) % months(length) != 0
                || !toExclusive.equals(from.plusMonths(months(length)))) {
            throw new IllegalArgumentException("Not a calendar " + length + ": " + from + " – " + toExclusive);
        }
    }

    public static Period monthOf(LocalDate day) {
        LocalDate from = day.withDayOfMonth(1);
        return new Period(Length.MONTH, from, from.plusMonths(1));
    }

    public static Period quarterOf(LocalDate day) {
        int quarter = day.get(IsoFields.QUARTER_OF_YEAR);
        LocalDate from = LocalDate.of(day.getYear(), (quarter - 1) * 3 + 1, 1);
        return new Period(Length.QUARTER, from, from.plusMonths(3));
    }

    public static Period yearOf(LocalDate day) {
        LocalDate from = LocalDate.of(day.getYear(), 1, 1);
        return new Period(Length.YEAR, from, from.plusYears(1));
    }

    public static Period of(Length length, LocalDate day) {
        return switch (length) {
            case MONTH -> monthOf(day);
            case QUARTER -> quarterOf(day);
            case YEAR -> yearOf(day);
        };
    }

    /** "2026-03", "2026-K1" or "2026". */
    public String label() {
        return switch (length) {
            case MONTH -> YearMonth.from(from).toString();
            case QUARTER -> from.getYear() + "-K" + from.get(IsoFields.QUARTER_OF_YEAR);
            case YEAR -> Integer.toString(from.getYear());
        };
    }

    /** The period of the same length just before this one. */
    public Period before() {
        return of(length, from.minusDays(1));
    }

    /** The same period a year earlier. */
    public Period yearBefore() {
        return of(length, from.minusYears(1));
    }

    public boolean contains(YearMonth month) {
        return !month.atDay(1).isBefore(from) && month.atDay(1).isBefore(toExclusive);
    }

    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); m.atDay(1).isBefore(toExclusive); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    private static int months(Length length) {
        return switch (length) {
            case MONTH -> 1;
            case QUARTER -> 3;
            case YEAR -> 12;
        };
    }
}

package nl.meldpunt.publication;

import java.time.LocalDate;
import nl.meldpunt.shared.Period;

/**
 * How often a scheduled report is made, and for which period: a monthly report on day N of a month
 * covers the month before; a quarterly one on day N of a quarter's first month the quarter before; a
 * yearly one on day N of January the year before.
 */
public enum Frequency {
    MONTHLY(Period.Length.MONTH),
    QUARTERLY(Period.Length.QUARTER),
    YEARLY(Period.Length.YEAR);

    /** The latest day a schedule may name: every month has it. */
    public static final int LAST_DAY = 28;

    private final Period.Length length;

    Frequency(Period.Length length) {
        this.length = length;
    }

    /** The period whose report is due on {@code today} or was due earlier and is the latest one due. */
    public Period latestDuePeriod(int dayOfMonth, LocalDate today) {
        Period current = Period.of(length, today);
        LocalDate dueDay = current.from().withDayOfMonth(dayOfMonth);
        Period previous = current.before();
        // Before this period's due day the latest due report is still the one of two periods ago.
        return today.isBefore(dueDay) ? previous.before() : previous;
    }

    /** The day the report for {@code period} is due. */
    public LocalDate dueDay(int dayOfMonth, Period period) {
        return period.toExclusive().withDayOfMonth(dayOfMonth);
    }

    public Period.Length length() {
        return length;
    }
}

package nl.meldpunt.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import nl.meldpunt.shared.Period;
import org.junit.jupiter.api.Test;

class FrequencyTest {

    @Test
    void aQuarterlyReportOnTheFirstCoversTheQuarterBefore() {
        assertEquals("2026-K3", Frequency.QUARTERLY.latestDuePeriod(1, LocalDate.of(2026, 12, 3)).label());
        assertEquals("2026-K4", Frequency.QUARTERLY.latestDuePeriod(1, LocalDate.of(2027, 1, 1)).label());
        assertEquals("2026-K3", Frequency.QUARTERLY.latestDuePeriod(15, LocalDate.of(2027, 1, 14)).label(),
                "before its day, the quarter before that is still the latest due");
        assertEquals("2026-K4", Frequency.QUARTERLY.latestDuePeriod(15, LocalDate.of(2027, 1, 15)).label());
    }

    @Test
    void monthlyAndYearlyReportsToo() {
        assertEquals("2027-01", Frequency.MONTHLY.latestDuePeriod(15, LocalDate.of(2027, 3, 10)).label());
        assertEquals("2027-02", Frequency.MONTHLY.latestDuePeriod(15, LocalDate.of(2027, 3, 15)).label());
        assertEquals("2025", Frequency.YEARLY.latestDuePeriod(10, LocalDate.of(2027, 1, 9)).label());
        assertEquals("2026", Frequency.YEARLY.latestDuePeriod(10, LocalDate.of(2027, 1, 10)).label());
        assertEquals(LocalDate.of(2027, 1, 10), Frequency.YEARLY.dueDay(10, Period.yearOf(LocalDate.of(2026, 5, 1))));
    }

    @Test
    void theTrendReportReadsItsPeriodTheOneBeforeAndTheSameOneAYearBefore() {
        RunPlan plan = new RunPlan(1, 2, "Org", "nl", 5, PublicationKind.TREND, Period.quarterOf(LocalDate.of(2026, 11, 1)), List.of());
        assertEquals(9, plan.months().size());
        assertEquals(9, plan.months().stream().distinct().count());
        RunPlan register = new RunPlan(1, 2, "Org", "nl", 5, PublicationKind.REGISTER, Period.quarterOf(LocalDate.of(2026, 11, 1)),
                List.of());
        assertEquals(3, register.months().size());
    }
}

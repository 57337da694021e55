package nl.meldpunt.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void monthsQuartersAndYearsHaveTheirLabelsAndNeighbours() {
        Period q4 = Period.quarterOf(LocalDate.of(2026, 12, 3));
        assertEquals("2026-K4", q4.label());
        assertEquals("2026-K3", q4.before().label());
        assertEquals("2025-K4", q4.yearBefore().label());
        assertEquals(List.of(YearMonth.of(2026, 10), YearMonth.of(2026, 11), YearMonth.of(2026, 12)), q4.months());
        assertEquals("2025-12", Period.monthOf(LocalDate.of(2026, 1, 31)).before().label());
        assertEquals("2025", Period.yearOf(LocalDate.of(2026, 6, 1)).before().label());
        assertEquals(12, Period.yearOf(LocalDate.of(2026, 6, 1)).months().size());
        assertTrue(q4.contains(YearMonth.of(2026, 11)));
        assertTrue(!q4.contains(YearMonth.of(2027, 1)));
    }

    @Test
    void onlyCalendarPeriodsExist() {
        assertThrows(IllegalArgumentException.class,
                () -> new Period(Period.Length.QUARTER, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 5, 1)).label().length());
        assertThrows(IllegalArgumentException.class,
                () -> new Period(Period.Length.MONTH, LocalDate.of(2026, 2, 2), LocalDate.of(2026, 3, 2)));
    }
}

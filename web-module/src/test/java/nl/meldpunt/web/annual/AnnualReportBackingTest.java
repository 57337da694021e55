package nl.meldpunt.web.annual;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AnnualReportBackingTest {

    @Test
    void inJanuaryToMarchTheYearJustEndedElseThisYear() {
        assertEquals(2025, AnnualReportBacking.defaultYear(LocalDate.of(2026, 1, 1)));
        assertEquals(2025, AnnualReportBacking.defaultYear(LocalDate.of(2026, 3, 31)));
        assertEquals(2026, AnnualReportBacking.defaultYear(LocalDate.of(2026, 4, 1)));
        assertEquals(2026, AnnualReportBacking.defaultYear(LocalDate.of(2026, 12, 31)));
    }
}

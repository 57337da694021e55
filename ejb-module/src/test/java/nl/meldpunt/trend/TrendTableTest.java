package nl.meldpunt.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.meldpunt.trend.TrendTable.Counted;
import nl.meldpunt.trend.TrendTable.Period;
import nl.meldpunt.trend.TrendTable.Row;
import org.junit.jupiter.api.Test;

/** Trend counting and suppression (issue 5, item 10). */
class TrendTableTest {

    private static final Period Q4 = Period.quarterOf(LocalDate.of(2026, 11, 23));

    @Test
    void periodsAreCalendarMonthsAndQuarters() {
        assertEquals("2026-K4", Q4.label());
        assertEquals("2026-K3", Q4.before().label());
        assertEquals(LocalDate.of(2026, 7, 1), Q4.before().from());
        assertEquals("2026-10", Period.monthOf(LocalDate.of(2026, 11, 3)).before().label());
        assertEquals("2025-12", Period.monthOf(LocalDate.of(2026, 1, 3)).before().label());
    }

    @Test
    void aRiseAboveTheThresholdIsFlaggedAndSmallCountsAreNeverShown() {
        List<Counted> reports = new ArrayList<>();
        add(reports, 7, "BULLYING", "Sociaal Domein", LocalDate.of(2026, 11, 1));
        add(reports, 2, "BULLYING", "Sociaal Domein", LocalDate.of(2026, 8, 1));
        add(reports, 3, "FRAUD", "Bedrijfsvoering", LocalDate.of(2026, 10, 5));
        add(reports, 1, "FRAUD", "Bedrijfsvoering", LocalDate.of(2026, 9, 5));
        add(reports, 6, "DISCRIMINATION", null, LocalDate.of(2026, 10, 5));
        add(reports, 6, "DISCRIMINATION", null, LocalDate.of(2026, 7, 5));
        add(reports, 9, "BULLYING", "Directie", LocalDate.of(2025, 11, 1)); // outside both periods

        TrendTable table = TrendTable.of(reports, Q4, 5);
        Row bullying = row(table, "BULLYING", "Sociaal Domein");
        assertEquals("7", bullying.currentShown());
        assertEquals("< 5", bullying.previousShown(), "2 is below the threshold and shown as < 5");
        assertTrue(bullying.rise());
        Row fraud = row(table, "FRAUD", "Bedrijfsvoering");
        assertEquals("< 5", fraud.currentShown());
        assertFalse(fraud.rise(), "a rise from 1 to 3 is too small to flag: it could point at a person");
        assertFalse(row(table, "DISCRIMINATION", "").rise(), "steady is not a rise");
        assertEquals(bullying, table.rows().get(0), "rises first");
        assertEquals(3, table.rows().size());
        table.rows().forEach(r -> assertFalse(r.currentShown().matches("[1-4]") || r.previousShown().matches("[1-4]")));
    }

    private static Row row(TrendTable table, String category, String department) {
        return table.rows().stream().filter(r -> r.category().equals(category) && r.department().equals(department))
                .findFirst().orElseThrow();
    }

    private static void add(List<Counted> reports, int times, String category, String department, LocalDate day) {
        for (int i = 0; i < times; i++) {
            reports.add(new Counted(category, department, day));
        }
    }
}

package nl.meldpunt.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import nl.meldpunt.disclosure.CountTable;
import nl.meldpunt.disclosure.Figure;
import nl.meldpunt.disclosure.ProtectedTable;
import nl.meldpunt.shared.Period;
import nl.meldpunt.trend.TrendCounting.Count;
import nl.meldpunt.trend.TrendTable.Rise;
import org.junit.jupiter.api.Test;

/** Trend counting and suppression (issue 5, item 10; issue 12, item 4: through the one rule for small counts). */
class TrendTableTest {

    private static final Period Q4 = Period.quarterOf(LocalDate.of(2026, 11, 23));


    @Test
    void periodsAreCalendarMonthsAndQuarters() {
        assertEquals("2026-K4", Q4.label());
        assertEquals("2026-K3", Q4.before().label());
        assertEquals(LocalDate.of(2026, 7, 1), Q4.before().from());
        assertEquals("2026-10", Period.monthOf(LocalDate.of(2026, 11, 3)).before().label());
        assertEquals("2025-12", Period.monthOf(LocalDate.of(2026, 1, 3)).before().label());
        assertTrue(Q4.contains(YearMonth.of(2026, 12)));
        assertFalse(Q4.contains(YearMonth.of(2027, 1)));
    }

    @Test
    void aRiseAboveTheThresholdIsFlaggedAndSmallCountsAreNeverShown() {
        List<Count> reports = new ArrayList<>();
        add(reports, 7, "BULLYING", "Sociaal Domein", LocalDate.of(2026, 11, 1));
        add(reports, 2, "BULLYING", "Sociaal Domein", LocalDate.of(2026, 8, 1));
        add(reports, 3, "FRAUD", "Bedrijfsvoering", LocalDate.of(2026, 10, 5));
        add(reports, 1, "FRAUD", "Bedrijfsvoering", LocalDate.of(2026, 9, 5));
        add(reports, 6, "DISCRIMINATION", "", LocalDate.of(2026, 10, 5));
        add(reports, 6, "DISCRIMINATION", "", LocalDate.of(2026, 7, 5));
        add(reports, 9, "BULLYING", "Directie", LocalDate.of(2025, 11, 1)); // outside both periods

        TrendTable table = TrendTable.of(reports, Q4, 5);
        ProtectedTable now = table.currentCounts();
        ProtectedTable before = table.previousCounts();
        assertEquals(List.of("BULLYING", "DISCRIMINATION", "FRAUD"), now.rows());
        assertEquals(List.of("Sociaal Domein", "", CountTable.OTHER), now.columns(),
                "Bedrijfsvoering has 3 reports this quarter and merges into other; unknown departments come last");
        assertEquals(List.of("", CountTable.OTHER), before.columns(), "last quarter only the 6 without a department stand alone");
        int bullying = now.rows().indexOf("BULLYING");
        assertEquals("7", now.rowTotal(bullying).text(5));
        assertEquals("< 5", before.rowTotal(bullying).text(5), "2 is below the threshold and shown as < 5");
        assertEquals("< 5", now.rowTotal(now.rows().indexOf("FRAUD")).text(5));
        assertEquals("16", now.total().text(5));
        assertEquals(List.of(new Rise("BULLYING", null, "7", "< 5")), table.rises(),
                "bullying rose from < 5 to 7; fraud from 1 to 3 is too small to flag; discrimination is steady");
        for (ProtectedTable counts : List.of(now, before)) {
            for (int i = 0; i < counts.rows().size(); i++) {
                for (int j = 0; j < counts.columns().size(); j++) {
                    assertShownAtLeastThreshold(counts.cell(i, j));
                }
                assertShownAtLeastThreshold(counts.rowTotal(i));
            }
            for (int j = 0; j < counts.columns().size(); j++) {
                assertShownAtLeastThreshold(counts.columnTotal(j));
            }
        }
        assertEquals(Figure.HIDDEN, now.cell(bullying, 0),
                "7 beside zeros and a total of 7 would give the zeros away: hidden (this table printed it before)");
    }

    @Test
    void aRiseIsFlaggedFromWhatIsPrintedSoItNeverTellsMoreThanTheFigures() {
        for (int previousCount = 1; previousCount <= 4; previousCount++) {
            List<Count> reports = new ArrayList<>();
            add(reports, 6, "BULLYING", "Directie", LocalDate.of(2026, 10, 1));
            add(reports, previousCount, "BULLYING", "Directie", LocalDate.of(2026, 8, 1));
            // Before: a rise from 1 to 6 was flagged and one from 4 to 6 was not, telling 1-3 from 4 behind "< 5".
            assertEquals(List.of(), TrendTable.of(reports, Q4, 5).rises(), "previous " + previousCount);
        }
        List<Count> reports = new ArrayList<>();
        add(reports, 7, "BULLYING", "Directie", LocalDate.of(2026, 10, 1));
        add(reports, 1, "BULLYING", "Directie", LocalDate.of(2026, 8, 1));
        assertEquals(List.of(new Rise("BULLYING", null, "7", "< 5")), TrendTable.of(reports, Q4, 5).rises(),
                "7 is a rise from anything below 5; Directie stands alone only this quarter, so only the category is flagged");
    }

    @Test
    void anOrganisationWhoseOnlyReportIsOneShowsNoNumber() {
        List<Count> reports = new ArrayList<>();
        add(reports, 1, "FRAUD", "Directie", LocalDate.of(2026, 11, 2));
        TrendTable table = TrendTable.of(reports, Q4, 5);
        assertEquals(List.of(CountTable.OTHER), table.currentCounts().columns(), "the department is not named");
        assertEquals("< 5", table.currentCounts().total().text(5));
        assertEquals("< 5", table.previousCounts().total().text(5));
        assertEquals(List.of(), table.rises());
        assertTrue(TrendTable.of(List.of(), Q4, 5).isEmpty());
    }

    private static void assertShownAtLeastThreshold(Figure figure) {
        assertTrue(!figure.isShown() || figure.value() >= 5, "shown " + figure);
    }

    private void add(List<Count> reports, int times, String category, String department, LocalDate day) {
        for (int i = 0; i < times; i++) {
            reports.add(new Count(category, department, YearMonth.from(day), 1));
        }
    }
}

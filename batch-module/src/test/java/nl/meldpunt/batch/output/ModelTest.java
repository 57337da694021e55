package nl.meldpunt.batch.output;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The contract's checks: what a writer may rely on. */
class ModelTest {

    @Test
    void cellsSayWhetherTheyAreACountThatMayBeShown() {
        assertEquals(new Cell("12", 12), Cell.count(12));
        assertNull(Cell.text("< 5").number());
    }

    @Test
    void tableRowsAreAsWideAsTheHeaderAndTotalRowsAreTheLastOnes() {
        Table table = Samples.smallTable();
        assertFalse(table.isTotalRow(1));
        assertTrue(table.isTotalRow(2));
        assertTrue(table.isNumericColumn(1));
        assertFalse(table.isNumericColumn(0));
        assertThrows(IllegalArgumentException.class, () -> new Table("T", List.of("a", "b"),
                List.of(List.of(Cell.text("x"))), 0));
        assertThrows(IllegalArgumentException.class, () -> new Table("T", List.of("a"),
                List.of(List.of(Cell.text("x"))), 2));
    }

    @Test
    void aSuppressedValueNeedsItsShownAsAndSeriesFitTheCategories() {
        assertThrows(IllegalArgumentException.class,
                () -> new Series("s", Arrays.asList(1, null), Arrays.asList("1", null)));
        assertThrows(IllegalArgumentException.class, () -> new Series("s", List.of(1), List.of("1", "2")));
        Series series = Samples.series("s", 1, null);
        assertEquals("< 5", series.shownAs().get(1));
        assertThrows(IllegalArgumentException.class,
                () -> new BarChart("c", List.of("a", "b", "c"), List.of(series), "n"));
        assertThrows(IllegalArgumentException.class,
                () -> new LineChart("c", List.of("a"), List.of(series), "n"));
    }
}

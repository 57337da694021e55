package nl.meldpunt.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The one rule for small counts (issue 12, item 4), checked by an exhaustive search for derivable figures. */
class SmallCountsTest {

    private static final int T = SmallCounts.DEFAULT_THRESHOLD;

    @Test
    void aSingleCellTableHidesASmallCountInEveryFigure() {
        for (int t = 3; t <= 7; t++) {
            for (int v = 0; v <= 12; v++) {
                CountTable table = table(new int[][] {{v}});
                ProtectedTable published = SmallCounts.protect(table, t);
                Figure expected = v < t ? Figure.BELOW : Figure.shown(v);
                assertEquals(List.of(expected, expected, expected, expected),
                        List.of(published.cell(0, 0), published.rowTotal(0), published.columnTotal(0), published.total()),
                        "t=" + t + " v=" + v);
                assertSafe(table, published);
            }
        }
    }

    @Test
    void anOrganisationWhoseOnlyReportIsOnePrintsNoNumberAnywhere() {
        CountTable table = CountTable.builder(List.of("BULLYING", "FRAUD", "AGGRESSION"), List.of("Sociaal Domein", "Directie"))
                .add("FRAUD", "Directie").build();
        ProtectedTable published = SmallCounts.protectMergingColumns(table, T);
        assertEquals(List.of(CountTable.OTHER), published.columns(), "both departments have fewer than 5 and merge into other");
        assertAllBelow(published);
        assertSafe(table.mergeSmallColumns(T), published);
        assertEquals("< 5", published.cell("FRAUD", CountTable.OTHER).text(T));
    }

    @Test
    void twoReportsInTwoDepartmentsAreNeitherShownNorTellWhichDepartment() {
        CountTable table = CountTable.builder(List.of("BULLYING", "FRAUD"), List.of("A", "B", "C"))
                .add("BULLYING", "A").add("BULLYING", "C").build();
        ProtectedTable published = SmallCounts.protectMergingColumns(table, T);
        assertEquals(List.of(CountTable.OTHER), published.columns());
        assertAllBelow(published);
        assertSafe(table.mergeSmallColumns(T), published);
    }

    @Test
    void zerosPrintAsSmallCountsSoThatCountingTheSmallOnesGivesNothingAway() {
        // Printed with zeros as "0", four "< 5" beside a total "< 5" would each be exactly 1.
        CountTable table = table(new int[][] {{1, 1, 1, 1, 0, 0}});
        ProtectedTable published = SmallCounts.protect(table, T);
        assertAllBelow(published);
        assertSafe(table, published);
        ProtectedTable zerosShown = new ProtectedTable(table.rows(), table.columns(), T, new Figure[][] {
                {Figure.BELOW, Figure.BELOW, Figure.BELOW, Figure.BELOW, Figure.shown(0), Figure.shown(0), Figure.BELOW},
                {Figure.BELOW, Figure.BELOW, Figure.BELOW, Figure.BELOW, Figure.shown(0), Figure.shown(0), Figure.BELOW}});
        assertEquals(List.of("cell 0,0 = 1", "cell 0,1 = 1", "cell 0,2 = 1", "cell 0,3 = 1", "row total 0 = 4", "column total 0 = 1",
                "column total 1 = 1", "column total 2 = 1", "column total 3 = 1", "grand total = 4"),
                DerivabilityChecker.derivable(table, zerosShown, 1), "the checker sees that leak");
    }

    @Test
    void aRowWithOneSmallCellAndAShownTotalGetsAComplement() {
        CountTable table = table(new int[][] {{3, 7, 8}});
        ProtectedTable published = SmallCounts.protect(table, T);
        assertEquals(Figure.BELOW, published.cell(0, 0));
        assertTrue(published.anyHidden(), "7 or the total is hidden too");
        assertEquals(Figure.shown(8), published.cell(0, 2), "the smaller neighbour is hidden, not the larger");
        assertEquals(Figure.HIDDEN, published.cell(0, 1));
        assertEquals("×", published.cell(0, 1).text(T), "a hidden 7 never prints '< 5'");
        assertSafe(table, published);
    }

    @Test
    void theOldCellByCellRuleLeaksAndTheCheckerSeesIt() {
        CountTable table = table(new int[][] {{3, 7, 8}, {9, 6, 5}});
        Figure[][] cellByCell = new Figure[3][4];
        for (int i = 0; i <= 2; i++) {
            for (int j = 0; j <= 3; j++) {
                long v = i < 2 && j < 3 ? table.cell(i, j) : i < 2 ? table.rowTotal(i) : j < 3 ? table.columnTotal(j) : table.total();
                cellByCell[i][j] = v < T ? Figure.BELOW : Figure.shown((int) v);
            }
        }
        List<String> leaks = DerivabilityChecker.derivable(table, new ProtectedTable(table.rows(), table.columns(), T, cellByCell));
        assertEquals(List.of("cell 0,0 = 3"), leaks);
        assertSafe(table, SmallCounts.protect(table, T));
    }

    @Test
    void twoByTwoTables() {
        int[][][] cases = {{{1, 9}, {8, 7}}, {{1, 1}, {1, 1}}, {{4, 0}, {0, 6}}, {{0, 12}, {10, 11}}, {{5, 5}, {5, 5}},
                {{3, 4}, {20, 30}}, {{2, 5}, {5, 2}}};
        for (int[][] counts : cases) {
            CountTable table = table(counts);
            ProtectedTable published = SmallCounts.protect(table, T);
            assertSafe(table, published);
            assertNoSmallNumberShown(table, published);
        }
        ProtectedTable large = SmallCounts.protect(table(new int[][] {{5, 5}, {5, 5}}), T);
        assertFalse(large.anyHidden(), "nothing below the threshold, nothing hidden");
        assertEquals(Figure.shown(20), large.total());
    }

    @Test
    void oneRowAndOneColumnTables() {
        for (int[][] counts : new int[][][] {{{2, 0, 9, 14}}, {{1}, {6}, {7}}, {{0}, {0}, {12}}, {{4, 4, 4}}, {{6, 7, 2, 2}}}) {
            CountTable table = table(counts);
            assertSafe(table, SmallCounts.protect(table, T));
        }
    }

    @Test
    void aThresholdBelowThreeIsRaisedToThree() {
        ProtectedTable published = SmallCounts.protect(table(new int[][] {{0, 3}}), 1);
        assertEquals(3, published.threshold());
        assertEquals("< 3", published.cell(0, 0).text(published.threshold()));
        CountTable pinnedAtTwo = table(new int[][] {{7, 1}, {0, 1}});
        assertSafe(pinnedAtTwo, SmallCounts.protect(pinnedAtTwo, 2));
    }

    @Test
    void smallDepartmentsMergeIntoOtherAndTheRestKeepsItsOrder() {
        CountTable table = CountTable.builder(List.of("A", "B"), List.of("x", "y", "z", "w"))
                .add("A", "x", 6).add("B", "y", 2).add("A", "z", 1).add("B", "w", 9).build();
        CountTable merged = table.mergeSmallColumns(T);
        assertEquals(List.of("x", "w", CountTable.OTHER), merged.columns());
        assertEquals(1, merged.cell(0, 2));
        assertEquals(2, merged.cell(1, 2));
        assertEquals(table.total(), merged.total());
        assertEquals(table.mergeSmallColumns(T), table.transpose().mergeSmallRows(T).transpose());
    }

    /** Many random small tables, as small organisations produce them: none lets anyone compute a suppressed figure. */
    @Test
    void randomSmallTablesNeverLetASuppressedFigureBeComputed() {
        Random random = new Random(20261203L);
        int withHidden = 0;
        for (int n = 0; n < Integer.getInteger("rounds", 2000); n++) {
            int rows = 1 + random.nextInt(Integer.getInteger("size", 4));
            int columns = 1 + random.nextInt(Integer.getInteger("size", 4));
            int t = n % 5 == 0 ? 3 + random.nextInt(6) : T;
            int[][] counts = new int[rows][columns];
            for (int[] row : counts) {
                for (int j = 0; j < columns; j++) {
                    int roll = random.nextInt(10);
                    row[j] = roll < 3 ? 0 : roll < 7 ? 1 + random.nextInt(t) : t + random.nextInt(3 * t);
                }
            }
            CountTable table = table(counts);
            ProtectedTable published = SmallCounts.protect(table, t);
            assertNoSmallNumberShown(table, published);
            List<String> leaks = DerivabilityChecker.derivable(table, published);
            assertEquals(List.of(), leaks, "t=" + t + " " + table);
            withHidden += published.anyHidden() ? 1 : 0;
            CountTable merged = table.mergeSmallColumns(t);
            assertEquals(List.of(), DerivabilityChecker.derivable(merged, SmallCounts.protectMergingColumns(table, t)), "merged " + table);
        }
        assertTrue(withHidden > 300, "the random tables exercise complementary suppression: " + withHidden);
    }

    private static void assertSafe(CountTable table, ProtectedTable published) {
        assertEquals(List.of(), DerivabilityChecker.derivable(table, published), table.toString());
    }

    private static void assertAllBelow(ProtectedTable published) {
        for (int i = 0; i < published.rows().size(); i++) {
            for (int j = 0; j < published.columns().size(); j++) {
                assertEquals(Figure.BELOW, published.cell(i, j));
            }
            assertEquals(Figure.BELOW, published.rowTotal(i));
        }
        assertEquals(Figure.BELOW, published.total());
    }

    private static void assertNoSmallNumberShown(CountTable table, ProtectedTable published) {
        List<Figure> all = new ArrayList<>();
        for (int i = 0; i < table.rows().size(); i++) {
            for (int j = 0; j < table.columns().size(); j++) {
                all.add(published.cell(i, j));
            }
            all.add(published.rowTotal(i));
        }
        IntStream.range(0, table.columns().size()).forEach(j -> all.add(published.columnTotal(j)));
        all.add(published.total());
        all.stream().filter(Figure::isShown).forEach(f -> assertTrue(f.value() >= published.threshold(), "shown " + f));
    }

    private static CountTable table(int[][] counts) {
        List<String> rows = IntStream.range(0, counts.length).mapToObj(i -> "r" + i).toList();
        List<String> columns = IntStream.range(0, counts[0].length).mapToObj(j -> "c" + j).toList();
        return new CountTable(rows, columns, counts);
    }
}

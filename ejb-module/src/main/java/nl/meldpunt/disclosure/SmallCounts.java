package nl.meldpunt.disclosure;

/**
 * The one rule for small counts (PRODUCT.md §5 "Nothing traceable", issue 12 item 4): every output
 * that shows counts — the console's trends page, the trend report, the annual report — passes its
 * table through {@link #protect}, so that nobody can compute how many reports lie behind a small number.
 *
 * <h2>The rule</h2>
 * <ol>
 * <li><b>Merging first.</b> The caller merges categories with too few reports (departments, usually)
 * into "other" with {@link CountTable#mergeSmallColumns} or {@link CountTable#mergeSmallRows}
 * (or {@link #protectMergingColumns}). "Other" may itself stay small; the next steps handle that.</li>
 * <li><b>Primary suppression.</b> Every cell and every total below the threshold — <em>zero
 * included</em> — is printed as "&lt; 5" (the threshold). Zeros are small counts too: if a zero were
 * printed as "0", the reader would know that each "&lt; 5" is at least 1, and a row of four "&lt; 5"
 * beside zeros with a total of "&lt; 5" would give each of them away as exactly 1 (the total is at
 * most 4 and holds four counts of at least 1). So "&lt; 5" means "0 to 4", for every reader.</li>
 * <li><b>Complementary suppression.</b> Then no suppressed figure may be derivable from the others
 * through the sums (rows add up to their totals, columns to theirs, both to the grand total).
 * Consider the table with its totals as one (rows + 1) × (columns + 1) grid. Four suppressed figures
 * at the corners of a rectangle in that grid can all move by one together — +1, −1, −1, +1 between
 * two ordinary rows or columns; the same sign where one of the two is the total line — without
 * changing any other figure or any sum. If each of the four can take the moved value in what the
 * reader knows of it ("&lt; 5" is 0 to 4; a hidden figure is at least the threshold, because
 * anything smaller would have printed "&lt; 5"), then a second table exists that agrees with everything
 * printed, and none of the four can be computed. So: as long as some suppressed figure is not a
 * corner of such a rectangle, the cheapest rectangle that contains it is chosen (fewest figures
 * newly hidden, then the smallest of them) and its shown corners are hidden ({@link Figure.Kind#HIDDEN}).
 * This is the hypercube (rectangle) heuristic known from statistical offices (GHMITER in τ-ARGUS),
 * in two dimensions. Hidden figures never print "&lt; 5", which would be untrue.</li>
 * </ol>
 * The tests check the result independently: for every suppressed figure, an exhaustive search over
 * all tables that agree with what is printed finds at least two possible values.
 *
 * <p>Thresholds below 3 are raised to 3: "&lt; 1" would print an exact zero, and with "&lt; 2" two
 * such cells in a column whose total is hidden (so at least 2) would each be exactly 1.
 */
public final class SmallCounts {

    /** The organisation's default (PRODUCT.md §6). */
    public static final int DEFAULT_THRESHOLD = 5;

    private static final int SHOWN = 0;
    private static final int BELOW = 1;
    private static final int HIDDEN = 2;

    private SmallCounts() {
    }

    /** Merges the columns with fewer than {@code threshold} in total into "other", then {@link #protect}s. */
    public static ProtectedTable protectMergingColumns(CountTable table, int threshold) {
        int t = effective(threshold);
        return protect(table.mergeSmallColumns(t), t);
    }

    /** Applies primary and complementary suppression (see the class comment). */
    public static ProtectedTable protect(CountTable table, int threshold) {
        int t = effective(threshold);
        int rows = table.rows().size();
        int columns = table.columns().size();
        long[][] value = new long[rows + 1][columns + 1];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                value[i][j] = table.cell(i, j);
            }
            value[i][columns] = table.rowTotal(i);
        }
        for (int j = 0; j < columns; j++) {
            value[rows][j] = table.columnTotal(j);
        }
        value[rows][columns] = table.total();
        int[][] state = new int[rows + 1][columns + 1];
        for (int i = 0; i <= rows; i++) {
            for (int j = 0; j <= columns; j++) {
                state[i][j] = value[i][j] < t ? BELOW : SHOWN;
            }
        }
        if (rows > 0 && columns > 0) {
            new Complement(value, state, t).run();
        }
        Figure[][] figures = new Figure[rows + 1][columns + 1];
        for (int i = 0; i <= rows; i++) {
            for (int j = 0; j <= columns; j++) {
                figures[i][j] = switch (state[i][j]) {
                    case SHOWN -> Figure.shown((int) value[i][j]);
                    case BELOW -> Figure.BELOW;
                    default -> Figure.HIDDEN;
                };
            }
        }
        return new ProtectedTable(table.rows(), table.columns(), t, figures);
    }

    static int effective(int threshold) {
        return Math.max(3, threshold);
    }

    /** The threshold as applied: an organisation's setting below 3 counts as 3. */
    public static int effectiveThreshold(int threshold) {
        return effective(threshold);
    }

    /** The rectangle heuristic on the grid of cells and totals; the last row and column are the totals. */
    private static final class Complement {

        private final long[][] value;
        private final int[][] state;
        private final boolean[][] covered;
        private final int t;
        private final int last;
        private final int lastColumn;

        Complement(long[][] value, int[][] state, int t) {
            this.value = value;
            this.state = state;
            this.t = t;
            this.last = value.length - 1;
            this.lastColumn = value[0].length - 1;
            this.covered = new boolean[value.length][value[0].length];
        }

        void run() {
            for (int[] entry = uncovered(); entry != null; entry = uncovered()) {
                int[] best = cheapest(entry[0], entry[1]);
                if (best == null) {
                    hideEverything();
                    best = cheapest(entry[0], entry[1]);
                }
                if (best == null) {
                    // Not seen in the tests' thousands of random tables; everything that can be hidden is hidden by now.
                    covered[entry[0]][entry[1]] = true;
                    continue;
                }
                int[] corners = {entry[0], entry[1], entry[0], best[1], best[0], entry[1], best[0], best[1]};
                for (int c = 0; c < 8; c += 2) {
                    if (state[corners[c]][corners[c + 1]] == SHOWN) {
                        state[corners[c]][corners[c + 1]] = HIDDEN;
                    }
                    covered[corners[c]][corners[c + 1]] = true;
                }
            }
        }

        /** The first suppressed figure, row by row (the totals line last), that is not yet the corner of a movable rectangle. */
        private int[] uncovered() {
            for (int i = 0; i <= last; i++) {
                for (int j = 0; j <= lastColumn; j++) {
                    if (state[i][j] != SHOWN && !covered[i][j]) {
                        return new int[] {i, j};
                    }
                }
            }
            return null;
        }

        /** The other row and column of the cheapest movable rectangle through (i, j), or null. */
        private int[] cheapest(int i, int j) {
            int[] best = null;
            long bestCost = Long.MAX_VALUE;
            for (int k = 0; k <= last; k++) {
                for (int l = 0; l <= lastColumn; l++) {
                    if (k == i || l == j) {
                        continue;
                    }
                    int rowSign = (i == last || k == last) ? 1 : -1;
                    int columnSign = (j == lastColumn || l == lastColumn) ? 1 : -1;
                    if (!movable(i, j, k, l, rowSign, columnSign)) {
                        continue;
                    }
                    long cost = cost(i, l) + cost(k, j) + cost(k, l);
                    if (cost < bestCost) {
                        bestCost = cost;
                        best = new int[] {k, l};
                    }
                }
            }
            return best;
        }

        /** Hiding a shown figure costs far more than its size; the size decides between equals. */
        private long cost(int i, int j) {
            return state[i][j] == SHOWN ? (1L << 40) + value[i][j] : 0;
        }

        private boolean movable(int i, int j, int k, int l, int rowSign, int columnSign) {
            for (int delta = -1; delta <= 1; delta += 2) {
                if (canMove(i, j, delta) && canMove(i, l, delta * columnSign) && canMove(k, j, delta * rowSign)
                        && canMove(k, l, delta * rowSign * columnSign)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the figure at (i, j), once suppressed, may take its value plus {@code by} as far as a reader knows. */
        private boolean canMove(int i, int j, int by) {
            long moved = value[i][j] + by;
            return state[i][j] == BELOW ? moved >= 0 && moved < t : moved >= t;
        }

        private void hideEverything() {
            for (int i = 0; i <= last; i++) {
                for (int j = 0; j <= lastColumn; j++) {
                    if (state[i][j] == SHOWN) {
                        state[i][j] = HIDDEN;
                    }
                }
            }
        }
    }
}

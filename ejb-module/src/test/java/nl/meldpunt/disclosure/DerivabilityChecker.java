package nl.meldpunt.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * An independent check of a published table (it knows nothing of how {@link SmallCounts} chose what to
 * hide): for every suppressed figure it searches all non-negative integer tables that agree with
 * everything printed — the shown numbers, "&lt; t" as 0 to t − 1, a hidden figure as at least t, rows
 * and columns adding up to their totals — for one in which that figure has another value than the
 * true one. If none exists, the figure can be computed: a leak.
 *
 * <p>The search is exhaustive (depth first over the cells, pruned by the bounds of every row, column
 * and the grand total). Hidden figures are searched up to the true grand total plus t; a reader has
 * no such limit, so the check is, if anything, stricter than the reader.
 */
final class DerivabilityChecker {

    private DerivabilityChecker() {
    }

    /** The suppressed figures (as "cell r,c", "row total r", ...) whose value follows from the rest. */
    static List<String> derivable(CountTable truth, ProtectedTable published) {
        return derivable(truth, published, 0);
    }

    /**
     * As {@link #derivable(CountTable, ProtectedTable)} for a reader who knows that "&lt; t" is at least
     * {@code smallestBelow} (1 when an output prints zeros as "0").
     */
    static List<String> derivable(CountTable truth, ProtectedTable published, int smallestBelow) {
        int rows = truth.rows().size();
        int columns = truth.columns().size();
        int t = published.threshold();
        long cap = truth.total() + t;
        long[][] value = new long[rows + 1][columns + 1];
        long[][] lo = new long[rows + 1][columns + 1];
        long[][] hi = new long[rows + 1][columns + 1];
        for (int i = 0; i <= rows; i++) {
            for (int j = 0; j <= columns; j++) {
                value[i][j] = i < rows && j < columns ? truth.cell(i, j)
                        : i < rows ? truth.rowTotal(i) : j < columns ? truth.columnTotal(j) : truth.total();
                Figure f = i < rows && j < columns ? published.cell(i, j)
                        : i < rows ? published.rowTotal(i) : j < columns ? published.columnTotal(j) : published.total();
                switch (f.kind()) {
                    case SHOWN -> {
                        if (f.value() != value[i][j]) {
                            throw new AssertionError("shown figure differs from the truth at " + i + "," + j);
                        }
                        lo[i][j] = f.value();
                        hi[i][j] = f.value();
                    }
                    case BELOW_THRESHOLD -> {
                        if (value[i][j] >= t) {
                            throw new AssertionError("'< " + t + "' printed for " + value[i][j] + " at " + i + "," + j);
                        }
                        lo[i][j] = smallestBelow;
                        hi[i][j] = t - 1;
                    }
                    case HIDDEN -> {
                        if (value[i][j] < t) {
                            throw new AssertionError("a small count is hidden without '< t' at " + i + "," + j);
                        }
                        lo[i][j] = t;
                        hi[i][j] = cap;
                    }
                }
            }
        }
        List<String> leaks = new ArrayList<>();
        for (int i = 0; i <= rows; i++) {
            for (int j = 0; j <= columns; j++) {
                if (lo[i][j] == hi[i][j]) {
                    continue;
                }
                long truthHere = value[i][j];
                long savedLo = lo[i][j];
                long savedHi = hi[i][j];
                boolean other = false;
                if (truthHere - 1 >= savedLo) {
                    hi[i][j] = truthHere - 1;
                    other = new Search(lo, hi).feasible();
                    hi[i][j] = savedHi;
                }
                if (!other && truthHere + 1 <= savedHi) {
                    lo[i][j] = truthHere + 1;
                    other = new Search(lo, hi).feasible();
                    lo[i][j] = savedLo;
                }
                if (!other) {
                    leaks.add((i < rows && j < columns ? "cell " + i + "," + j : i < rows ? "row total " + i
                            : j < columns ? "column total " + j : "grand total") + " = " + truthHere);
                }
            }
        }
        return leaks;
    }

    /** Whether an integer table exists with every cell and every total within its bounds. */
    private static final class Search {

        private final long[][] lo;
        private final long[][] hi;
        private final int rows;
        private final int columns;
        private final long[] rowSum;
        private final long[] columnSum;
        private final long[] rowRestLo;
        private final long[] rowRestHi;
        private final long[] columnRestLo;
        private final long[] columnRestHi;
        private long sum;
        private long restLo;
        private long restHi;

        Search(long[][] lo, long[][] hi) {
            this.lo = lo;
            this.hi = hi;
            this.rows = lo.length - 1;
            this.columns = lo[0].length - 1;
            rowSum = new long[rows];
            columnSum = new long[columns];
            rowRestLo = new long[rows];
            rowRestHi = new long[rows];
            columnRestLo = new long[columns];
            columnRestHi = new long[columns];
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < columns; j++) {
                    rowRestLo[i] += lo[i][j];
                    rowRestHi[i] += hi[i][j];
                    columnRestLo[j] += lo[i][j];
                    columnRestHi[j] += hi[i][j];
                    restLo += lo[i][j];
                    restHi += hi[i][j];
                }
            }
        }

        boolean feasible() {
            for (int i = 0; i < rows; i++) {
                if (!fits(rowSum[i], rowRestLo[i], rowRestHi[i], lo[i][columns], hi[i][columns])) {
                    return false;
                }
            }
            for (int j = 0; j < columns; j++) {
                if (!fits(columnSum[j], columnRestLo[j], columnRestHi[j], lo[rows][j], hi[rows][j])) {
                    return false;
                }
            }
            return fits(sum, restLo, restHi, lo[rows][columns], hi[rows][columns]) && search(0);
        }

        private boolean search(int position) {
            if (position == rows * columns) {
                return true;
            }
            int i = position / columns;
            int j = position % columns;
            rowRestLo[i] -= lo[i][j];
            rowRestHi[i] -= hi[i][j];
            columnRestLo[j] -= lo[i][j];
            columnRestHi[j] -= hi[i][j];
            restLo -= lo[i][j];
            restHi -= hi[i][j];
            boolean found = false;
            for (long v = lo[i][j]; v <= hi[i][j] && !found; v++) {
                rowSum[i] += v;
                columnSum[j] += v;
                sum += v;
                found = fits(rowSum[i], rowRestLo[i], rowRestHi[i], lo[i][columns], hi[i][columns])
                        && fits(columnSum[j], columnRestLo[j], columnRestHi[j], lo[rows][j], hi[rows][j])
                        && fits(sum, restLo, restHi, lo[rows][columns], hi[rows][columns])
                        && search(position + 1);
                rowSum[i] -= v;
                columnSum[j] -= v;
                sum -= v;
            }
            rowRestLo[i] += lo[i][j];
            rowRestHi[i] += hi[i][j];
            columnRestLo[j] += lo[i][j];
            columnRestHi[j] += hi[i][j];
            restLo += lo[i][j];
            restHi += hi[i][j];
            return found;
        }

        private static boolean fits(long sum, long restLo, long restHi, long lo, long hi) {
            return sum + restLo <= hi && sum + restHi >= lo;
        }
    }
}

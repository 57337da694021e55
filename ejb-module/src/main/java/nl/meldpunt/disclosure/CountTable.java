package nl.meldpunt.disclosure;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A table of counts: rows × columns (e.g. kind of behaviour × department, or kind × month) with their
 * row totals, column totals and grand total, before any suppression. Row and column keys keep the order
 * they were given in; {@link #OTHER} is the key of the category that small ones are merged into.
 */
public final class CountTable implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Key of the merged category ("other"); no form can produce it. */
    public static final String OTHER = "\u0000other";

    private final List<String> rows;
    private final List<String> columns;
    private final int[][] counts;

    public CountTable(List<String> rows, List<String> columns, int[][] counts) {
        this.rows = List.copyOf(rows);
        this.columns = List.copyOf(columns);
        if (counts.length != rows.size() || Arrays.stream(counts).anyMatch(r -> r.length != columns.size())) {
            throw new IllegalArgumentException("counts must be rows × columns");
        }
        if (this.rows.stream().distinct().count() != rows.size() || this.columns.stream().distinct().count() != columns.size()) {
            throw new IllegalArgumentException("row and column keys must be distinct");
        }
        this.counts = new int[rows.size()][];
        for (int i = 0; i < counts.length; i++) {
            this.counts[i] = counts[i].clone();
            for (int c : counts[i]) {
                if (c < 0) {
                    throw new IllegalArgumentException("a count is never negative");
                }
            }
        }
    }

    /** Counts one item at a time; rows and columns appear in the order of {@code rows} and {@code columns}. */
    public static Builder builder(List<String> rows, List<String> columns) {
        return new Builder(rows, columns);
    }

    public List<String> rows() {
        return rows;
    }

    public List<String> columns() {
        return columns;
    }

    public int cell(int row, int column) {
        return counts[row][column];
    }

    public int rowTotal(int row) {
        return Arrays.stream(counts[row]).sum();
    }

    public int columnTotal(int column) {
        int sum = 0;
        for (int[] row : counts) {
            sum += row[column];
        }
        return sum;
    }

    public int total() {
        return Arrays.stream(counts).flatMapToInt(Arrays::stream).sum();
    }

    /** This table with every column whose total is below {@code threshold} merged into one column {@link #OTHER}, placed last. */
    public CountTable mergeSmallColumns(int threshold) {
        return transpose().mergeSmallRows(threshold).transpose();
    }

    /** This table with every row whose total is below {@code threshold} merged into one row {@link #OTHER}, placed last. */
    public CountTable mergeSmallRows(int threshold) {
        List<String> kept = new ArrayList<>();
        List<int[]> keptCounts = new ArrayList<>();
        int[] other = new int[columns.size()];
        boolean merged = false;
        for (int i = 0; i < rows.size(); i++) {
            if (rowTotal(i) >= threshold && !rows.get(i).equals(OTHER)) {
                kept.add(rows.get(i));
                keptCounts.add(counts[i]);
            } else {
                merged = true;
                for (int j = 0; j < other.length; j++) {
                    other[j] += counts[i][j];
                }
            }
        }
        if (merged) {
            kept.add(OTHER);
            keptCounts.add(other);
        }
        return new CountTable(kept, columns, keptCounts.toArray(int[][]::new));
    }

    public CountTable transpose() {
        int[][] transposed = new int[columns.size()][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < columns.size(); j++) {
                transposed[j][i] = counts[i][j];
            }
        }
        return new CountTable(columns, rows, transposed);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CountTable t && rows.equals(t.rows) && columns.equals(t.columns) && Arrays.deepEquals(counts, t.counts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rows, columns, Arrays.deepHashCode(counts));
    }

    @Override
    public String toString() {
        return rows + " × " + columns + " " + Arrays.deepToString(counts);
    }

    /** Adds items one by one (a row or column key not known yet is added at the end). */
    public static final class Builder {

        private final Map<String, Integer> rowIndex = new LinkedHashMap<>();
        private final Map<String, Integer> columnIndex = new LinkedHashMap<>();
        private final Map<Long, Integer> counts = new LinkedHashMap<>();

        private Builder(List<String> rows, List<String> columns) {
            rows.forEach(r -> rowIndex.putIfAbsent(r, rowIndex.size()));
            columns.forEach(c -> columnIndex.putIfAbsent(c, columnIndex.size()));
        }

        public Builder add(String row, String column) {
            return add(row, column, 1);
        }

        public Builder add(String row, String column, int count) {
            int i = rowIndex.computeIfAbsent(row, r -> rowIndex.size());
            int j = columnIndex.computeIfAbsent(column, c -> columnIndex.size());
            counts.merge(((long) i << 32) | j, count, Integer::sum);
            return this;
        }

        public CountTable build() {
            int[][] table = new int[rowIndex.size()][columnIndex.size()];
            counts.forEach((key, count) -> table[(int) (key >>> 32)][(int) (long) key] = count);
            return new CountTable(new ArrayList<>(rowIndex.keySet()), new ArrayList<>(columnIndex.keySet()), table);
        }
    }
}

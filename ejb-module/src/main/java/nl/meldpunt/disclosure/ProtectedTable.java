package nl.meldpunt.disclosure;

import java.io.Serializable;
import java.util.List;

/**
 * A table of counts as it may leave the application: per cell, row total, column total and grand
 * total a {@link Figure}. Made only by {@link SmallCounts#protect}.
 */
public final class ProtectedTable implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<String> rows;
    private final List<String> columns;
    private final int threshold;
    /** (rows + 1) × (columns + 1): the last row holds the column totals, the last column the row totals. */
    private final Figure[][] figures;

    ProtectedTable(List<String> rows, List<String> columns, int threshold, Figure[][] figures) {
        this.rows = List.copyOf(rows);
        this.columns = List.copyOf(columns);
        this.threshold = threshold;
        this.figures = figures;
    }

    public List<String> rows() {
        return rows;
    }

    public List<String> columns() {
        return columns;
    }

    /** The threshold the table was protected with (at least 3): "&lt; threshold" is what a small count prints. */
    public int threshold() {
        return threshold;
    }

    public Figure cell(int row, int column) {
        return figures[row][column];
    }

    public Figure cell(String row, String column) {
        return cell(rows.indexOf(row), columns.indexOf(column));
    }

    public Figure rowTotal(int row) {
        return figures[row][columns.size()];
    }

    public Figure columnTotal(int column) {
        return figures[rows.size()][column];
    }

    public Figure total() {
        return figures[rows.size()][columns.size()];
    }

    /** Whether any figure is hidden (outputs then print the legend for {@link Figure#HIDDEN_MARK}). */
    public boolean anyHidden() {
        for (Figure[] line : figures) {
            for (Figure f : line) {
                if (f.kind() == Figure.Kind.HIDDEN) {
                    return true;
                }
            }
        }
        return false;
    }
}

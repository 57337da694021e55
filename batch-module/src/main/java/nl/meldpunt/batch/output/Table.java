package nl.meldpunt.batch.output;

import java.util.List;
import java.util.Objects;

/**
 * A table of already protected counts.
 *
 * @param caption   what the table shows; also the name of its XLSX sheet
 * @param header    column titles
 * @param rows      cells, each row as wide as the header
 * @param totalRows how many of the LAST rows are total rows (printed bold)
 */
public record Table(String caption, List<String> header, List<List<Cell>> rows, int totalRows) implements Block {

    public Table {
        Objects.requireNonNull(caption, "caption");
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<Cell> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException(
                        "Table '" + caption + "': a row has " + row.size() + " cells, the header " + header.size());
            }
        }
        if (totalRows < 0 || totalRows > rows.size()) {
            throw new IllegalArgumentException("Table '" + caption + "': " + totalRows + " total rows of " + rows.size());
        }
    }

    /** Whether the row at this index is one of the total rows at the end. */
    public boolean isTotalRow(int index) {
        return index >= rows.size() - totalRows;
    }

    /** Whether a column holds counts (any shown count in it): printed right-aligned. */
    public boolean isNumericColumn(int column) {
        return rows.stream().anyMatch(row -> row.get(column).number() != null);
    }
}

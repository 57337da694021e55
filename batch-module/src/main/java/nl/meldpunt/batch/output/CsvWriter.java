package nl.meldpunt.batch.output;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes one {@link Table} as CSV for Dutch Excel (Commons CSV): UTF-8 with a byte-order mark (so Excel
 * reads é and € right), semicolons between cells (Dutch Excel's list separator: the comma is the decimal
 * sign), CRLF between records, the header first, then every row, total rows included, each cell's text as
 * printed ("12", "&lt; 5"). The caption is not written: a CSV is one table, named by its file. Texts a
 * spreadsheet could run as a formula get a leading apostrophe ({@link FormulaGuard}). The stream is
 * flushed, not closed.
 */
public final class CsvWriter {

    static final CSVFormat FORMAT = CSVFormat.EXCEL.builder().setDelimiter(';').setRecordSeparator("\r\n").get();

    private CsvWriter() {
    }

    public static void write(Table table, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, FORMAT);
        printer.printRecord(table.header().stream().map(FormulaGuard::forCsv).toList());
        List<String> record = new ArrayList<>(table.header().size());
        for (List<Cell> row : table.rows()) {
            record.clear();
            for (Cell cell : row) {
                record.add(FormulaGuard.forCsv(cell.text()));
            }
            printer.printRecord(record);
        }
        printer.flush();
        writer.flush();
    }
}

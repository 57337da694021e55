package nl.meldpunt.batch.output;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CSV read back with Commons CSV as Dutch Excel would split it. */
class CsvWriterTest {

    @Test
    void utf8WithBomSemicolonsHeaderAndEveryRow() throws IOException {
        Table table = Samples.longTable();
        byte[] csv = write(table);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3), "UTF-8 BOM");
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("Maand;Soort gedrag;Financiën;Alle afdelingen\r\n"), text);

        List<CSVRecord> records = parse(csv);
        assertEquals(table.rows().size() + 1, records.size());
        assertEquals(table.header(), records.get(0).toList());
        for (int r = 0; r < table.rows().size(); r++) {
            assertEquals(table.rows().get(r).stream().map(Cell::text).toList(), records.get(r + 1).toList(), "row " + r);
        }
        assertEquals(List.of("2021-04", "Discriminatie 3", "< 5", "13"), records.get(4).toList());
        assertEquals(List.of("Totaal", "", "×", "2370"), records.get(records.size() - 1).toList());
    }

    @Test
    void formulaLikeTextsGetAnApostropheButNumbersDoNot() throws IOException {
        Table table = new Table("Injectie", List.of("Afdeling", "Verschil"), List.of(
                List.of(Cell.text("=HYPERLINK(\"http://x\";\"klik\")"), Cell.text("-3")),
                List.of(Cell.text("+31 cmd"), Cell.text("+2")),
                List.of(Cell.text("-2+3+cmd|' /C calc'!A0"), Cell.count(4)),
                List.of(Cell.text("@SUM(A1)"), Cell.text("1,5")),
                List.of(Cell.text("\tTab"), Cell.text("< 5")),
                List.of(Cell.text("\rCR"), Cell.text("×")),
                List.of(Cell.text("Semi;colon \"quoted\"\nnext line"), Cell.count(12))), 0);
        List<CSVRecord> records = parse(write(table));
        assertEquals(List.of("'=HYPERLINK(\"http://x\";\"klik\")", "-3"), records.get(1).toList());
        assertEquals(List.of("'+31 cmd", "+2"), records.get(2).toList());
        assertEquals(List.of("'-2+3+cmd|' /C calc'!A0", "4"), records.get(3).toList());
        assertEquals(List.of("'@SUM(A1)", "1,5"), records.get(4).toList());
        assertEquals(List.of("'\tTab", "< 5"), records.get(5).toList());
        assertEquals(List.of("'\rCR", "×"), records.get(6).toList());
        assertEquals(List.of("Semi;colon \"quoted\"\nnext line", "12"), records.get(7).toList(), "quoting round-trips");
    }

    @Test
    void headerIsGuardedToo() throws IOException {
        Table table = new Table("T", List.of("=1+1", "Aantal"), List.of(List.of(Cell.text("a"), Cell.count(1))), 0);
        assertEquals(List.of("'=1+1", "Aantal"), parse(write(table)).get(0).toList());
    }

    @Test
    void leavesTheStreamOpen() throws IOException {
        boolean[] closed = {false};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        CsvWriter.write(Samples.smallTable(), out);
        assertFalse(closed[0]);
        assertTrue(out.size() > 3);
    }

    private static byte[] write(Table table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter.write(table, out);
        return out.toByteArray();
    }

    private static List<CSVRecord> parse(byte[] csv) throws IOException {
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"));
        CSVFormat dutchExcel = CSVFormat.EXCEL.builder().setDelimiter(';').get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(1)), dutchExcel)) {
            return parser.getRecords();
        }
    }
}

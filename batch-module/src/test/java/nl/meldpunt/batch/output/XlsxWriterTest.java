package nl.meldpunt.batch.output;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The workbook read back with POI's XSSF. */
class XlsxWriterTest {

    private static final String LONG_CAPTION = "Meldingen per soort gedrag, afdeling en maand: [2026] Q1 / Q2?";

    @Test
    void firstSheetHasTitleTextAndFooterThenOneSheetPerTableAndChart() throws IOException {
        try (XSSFWorkbook workbook = read(Samples.dutch(), "trend-nl.xlsx")) {
            assertEquals(List.of("Overzicht", "Meldingen per maand en soort", "Meldingen per soort en afdeling",
                    "Meldingen per maand"), sheetNames(workbook));
            List<String> summary = column(workbook.getSheetAt(0));
            assertEquals(Samples.TITLE, summary.get(0));
            assertEquals(Samples.SUBTITLE, summary.get(1));
            assertTrue(summary.contains("Inleiding"));
            assertTrue(summary.contains("Advies: één keer per kwartaal een gesprek met het management; budget € 2.500 voor training."));
            assertTrue(summary.contains("<b>Dit is geen opmaak</b> & geen HTML."), "text stays text");
            assertTrue(summary.contains("Regel twee — met een lange gedachtestreep."), "each line of a text in a row");
            assertEquals(Samples.FOOTER, summary.get(summary.size() - 1));
            assertEquals(Samples.TITLE, workbook.getProperties().getCoreProperties().getTitle());
        }
    }

    @Test
    void tableSheetHasBoldFrozenHeaderNumbersAsNumbersAndSuppressedAsText() throws IOException {
        try (XSSFWorkbook workbook = read(Samples.dutch())) {
            XSSFSheet sheet = workbook.getSheet("Meldingen per maand en soort");
            assertEquals("Meldingen per maand en soort", sheet.getRow(0).getCell(0).getStringCellValue());
            Row header = sheet.getRow(1);
            assertEquals(List.of("Maand", "Soort gedrag", "Financiën", "Alle afdelingen"), texts(header));
            for (int c = 0; c < 4; c++) {
                assertTrue(workbook.getFontAt(header.getCell(c).getCellStyle().getFontIndex()).getBold(), "header bold");
            }
            PaneInformation pane = sheet.getPaneInformation();
            assertTrue(pane != null && pane.isFreezePane(), "frozen");
            assertEquals(2, pane.getHorizontalSplitPosition(), "caption and header stay in view");

            Table table = Samples.longTable();
            assertEquals(table.rows().size() + 1, sheet.getLastRowNum(), "caption, header and every row");
            for (int r = 0; r < table.rows().size(); r++) {
                Row row = sheet.getRow(r + 2);
                for (int c = 0; c < 4; c++) {
                    Cell expected = table.rows().get(r).get(c);
                    XSSFCell cell = (XSSFCell) row.getCell(c);
                    if (expected.number() != null) {
                        assertEquals(CellType.NUMERIC, cell.getCellType(), "count at " + r + "," + c);
                        assertEquals(expected.number().doubleValue(), cell.getNumericCellValue());
                    } else {
                        assertEquals(CellType.STRING, cell.getCellType(), "text at " + r + "," + c);
                        assertEquals(expected.text(), cell.getStringCellValue());
                    }
                }
            }
            assertEquals("< 5", sheet.getRow(2 + 3).getCell(2).getStringCellValue());
            Row total = sheet.getRow(table.rows().size() + 1);
            assertEquals("Totaal", total.getCell(0).getStringCellValue());
            assertEquals(2370, total.getCell(3).getNumericCellValue());
            assertTrue(workbook.getFontAt(total.getCell(3).getCellStyle().getFontIndex()).getBold(), "total bold");
            assertFalse(workbook.getFontAt(sheet.getRow(2).getCell(3).getCellStyle().getFontIndex()).getBold());
            assertTrue(sheet.getColumnWidth(1) > sheet.getColumnWidth(0), "widths follow the texts");
        }
    }

    @Test
    void chartFiguresGetASheetWithSuppressedValuesAsText() throws IOException {
        try (XSSFWorkbook workbook = read(Samples.dutch())) {
            XSSFSheet sheet = workbook.getSheet("Meldingen per soort en afdeling");
            assertEquals(List.of("", "Financiën", "Klantcontact", "Overig"), texts(sheet.getRow(1)));
            Row intimidation = sheet.getRow(3);
            assertEquals("Seksuele intimidatie", intimidation.getCell(0).getStringCellValue());
            assertEquals("< 5", intimidation.getCell(1).getStringCellValue());
            assertEquals(8, intimidation.getCell(2).getNumericCellValue());
        }
    }

    @Test
    void sheetNamesAreValidUniqueAndShort() throws IOException {
        Table table = Samples.smallTable();
        Table longOne = new Table(LONG_CAPTION, table.header(), table.rows(), 1);
        Table summaryNamed = new Table("Overzicht", table.header(), table.rows(), 1);
        Table blank = new Table(" ", table.header(), table.rows(), 1);
        Publication publication = new Publication("Titel", null, Locale.forLanguageTag("nl"), List.of(
                new Section(null, List.of(longOne, longOne, summaryNamed, blank, table, table))), null);
        try (XSSFWorkbook workbook = read(publication)) {
            List<String> names = sheetNames(workbook);
            assertEquals(List.of("Overzicht", "Meldingen per soort gedrag, afd", "Meldingen per soort gedrag (2)",
                    "Overzicht (2)", "Tabel 4", "Reports per kind", "Reports per kind (2)"), names);
            Set<String> unique = new HashSet<>();
            for (String name : names) {
                assertTrue(name.length() <= 31, name);
                assertTrue(unique.add(name.toLowerCase(Locale.ROOT)), name);
            }
            assertEquals(LONG_CAPTION, workbook.getSheetAt(1).getRow(0).getCell(0).getStringCellValue(),
                    "the whole caption is on the sheet");
        }
    }

    @Test
    void formulaLikeTextsAreStringCellsWithQuotePrefix() throws IOException {
        Table table = new Table("Injectie", List.of("Afdeling", "Aantal"), List.of(
                List.of(Cell.text("=HYPERLINK(\"http://x\",\"klik\")"), Cell.count(7)),
                List.of(Cell.text("@SUM(1+1)"), Cell.text("< 5")),
                List.of(Cell.text("Gewoon"), Cell.count(9))), 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxWriter.write(new Publication("T", null, Locale.ENGLISH, List.of(new Section("S", List.of(table))), null), out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = workbook.getSheet("Injectie");
            assertEquals("Summary", workbook.getSheetName(0));
            XSSFCell formula = sheet.getRow(2).getCell(0);
            assertEquals(CellType.STRING, formula.getCellType(), "never a formula cell");
            assertEquals("=HYPERLINK(\"http://x\",\"klik\")", formula.getStringCellValue(), "text unchanged");
            assertTrue(formula.getCellStyle().getQuotePrefixed(), "stays text when edited");
            assertTrue(sheet.getRow(3).getCell(0).getCellStyle().getQuotePrefixed());
            assertFalse(sheet.getRow(4).getCell(0).getCellStyle().getQuotePrefixed());
        }
        String sheetXml = entry(out.toByteArray(), "xl/worksheets/sheet2.xml");
        assertFalse(sheetXml.contains("<f>"), "no formula element in the sheet");
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
        XlsxWriter.write(Samples.english(), out);
        assertFalse(closed[0]);
        Files.createDirectories(PdfWriterTest.SAMPLES);
        Files.write(PdfWriterTest.SAMPLES.resolve("trend-en.xlsx"), out.toByteArray());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertEquals(List.of("Summary", "Reports per kind"), sheetNames(workbook));
            assertNull(workbook.getSheet("Overzicht"));
        }
    }

    static XSSFWorkbook read(Publication publication) throws IOException {
        return read(publication, null);
    }

    /** Writes and reads back; kept in target/output-samples under {@code sample} where given. */
    static XSSFWorkbook read(Publication publication, String sample) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxWriter.write(publication, out);
        if (sample != null) {
            Files.createDirectories(PdfWriterTest.SAMPLES);
            Files.write(PdfWriterTest.SAMPLES.resolve(sample), out.toByteArray());
        }
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    private static List<String> column(XSSFSheet sheet) {
        List<String> texts = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getCell(0) != null) {
                texts.add(row.getCell(0).getStringCellValue());
            }
        }
        return texts;
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }

    private static String entry(byte[] zip, String name) throws IOException {
        java.nio.file.Path file = Files.createTempFile("workbook", ".xlsx");
        try {
            Files.write(file, zip);
            try (ZipFile in = new ZipFile(file.toFile())) {
                ZipEntry entry = in.getEntry(name);
                assertTrue(entry != null, name + " in the workbook");
                return new String(in.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            Files.delete(file);
        }
    }
}

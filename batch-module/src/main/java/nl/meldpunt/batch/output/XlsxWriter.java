package nl.meldpunt.batch.output;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a {@link Publication} as an XLSX workbook (Apache POI, streaming SXSSF): a first sheet with
 * title, subtitle, the sections' paragraphs, a link to each table's sheet and the footer; then one sheet
 * per {@link Table}, and one per chart with the chart's figures, named from the caption (valid, unique,
 * at most 31 characters). On a table sheet the caption is row 1, the header row 2 (bold, frozen, repeated
 * when printed); shown counts are numbers, suppressed ones their text ("&lt; 5"); total rows bold.
 *
 * <p>Every text is a string cell, never a formula; a text a spreadsheet could read as a formula also gets
 * Excel's quote prefix ({@link FormulaGuard}), so it stays text when edited. The stream is flushed, not closed.
 */
public final class XlsxWriter {

    static final int MAX_SHEET_NAME = 31;
    private static final Pattern TRAILING = Pattern.compile("[\\s,.;:-]+$");
    private static final int ROWS_IN_MEMORY = 100;
    private static final int SUMMARY_WIDTH_CHARS = 100;

    private XlsxWriter() {
    }

    public static void write(Publication publication, OutputStream out) throws IOException {
        XSSFWorkbook base = new XSSFWorkbook();
        var properties = base.getProperties().getCoreProperties();
        properties.setTitle(publication.title());
        properties.setCreator("Meldpunt");
        if (publication.subtitle() != null) {
            properties.setSubjectProperty(publication.subtitle());
        }
        properties.getUnderlyingProperties().setLanguageProperty(publication.locale().toLanguageTag());
        SXSSFWorkbook workbook = new SXSSFWorkbook(base, ROWS_IN_MEMORY, true, false);
        try {
            new Layout(publication, workbook).write();
            workbook.write(out);
        } finally {
            workbook.dispose(); // the temporary sheet files
            // Not close(): on a workbook made in memory it saves the whole package once more, into nothing.
            base.getPackage().revert();
        }
        out.flush();
    }

    /** A sheet name Excel accepts: no {@code \ / ? * [ ] :}, no apostrophe at the ends, ≤ 31 characters, unique. */
    static String sheetName(String wanted, String fallback, Set<String> taken) {
        String cleaned = wanted == null ? "" : wanted.replace('\'', ' ').strip();
        String name = cleaned.isEmpty() ? fallback : WorkbookUtil.createSafeSheetName(cleaned).strip();
        String candidate = name;
        for (int n = 2; taken.contains(candidate.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            candidate = TRAILING.matcher(name.substring(0, Math.min(name.length(), MAX_SHEET_NAME - suffix.length())))
                    .replaceAll("") + suffix;
        }
        taken.add(candidate.toLowerCase(Locale.ROOT));
        return candidate;
    }

    private static final class Layout {
        private final Publication publication;
        private final SXSSFWorkbook workbook;
        private final OutputTexts texts;
        private final Set<String> taken = new HashSet<>(Set.of("history"));
        private final Map<String, CellStyle> styles = new HashMap<>();

        Layout(Publication publication, SXSSFWorkbook workbook) {
            this.publication = publication;
            this.workbook = workbook;
            this.texts = new OutputTexts(publication.locale());
        }

        void write() {
            SXSSFSheet summary = workbook.createSheet(sheetName(texts.get("sheet.summary"), "Overzicht", taken));
            summary.setColumnWidth(0, SUMMARY_WIDTH_CHARS * 256);
            summary.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            int r = 0;
            r = text(summary, r, publication.title(), style("title"));
            summary.getRow(r - 1).setHeightInPoints(24f);
            if (publication.subtitle() != null && !publication.subtitle().isBlank()) {
                r = text(summary, r, publication.subtitle(), style("subtitle"));
            }
            r++;
            int tables = 0;
            for (Section section : publication.sections()) {
                if (section.heading() != null && !section.heading().isBlank()) {
                    r++;
                    r = text(summary, r, section.heading(), style("heading"));
                    summary.getRow(r - 1).setHeightInPoints(19f);
                }
                for (Block block : section.blocks()) {
                    if (block instanceof Paragraph p) {
                        for (String line : p.text().replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
                            r = text(summary, r, line, style("wrap"));
                        }
                        r++;
                    } else {
                        Table table = asTable(block);
                        tables++;
                        String name = sheetName(table.caption(), texts.format("sheet.table", tables), taken);
                        r = link(summary, r, table.caption(), name);
                        tableSheet(name, table);
                    }
                }
            }
            if (publication.footer() != null && !publication.footer().isBlank()) {
                r++;
                text(summary, r, publication.footer(), style("muted"));
            }
        }

        /** A chart's figures as a table: one row per category, one column per series. */
        private Table asTable(Block block) {
            if (block instanceof Table table) {
                return table;
            }
            String caption;
            List<String> categories;
            List<Series> series;
            if (block instanceof BarChart chart) {
                caption = chart.caption();
                categories = chart.categories();
                series = chart.series();
            } else {
                LineChart chart = (LineChart) block;
                caption = chart.caption();
                categories = chart.categories();
                series = chart.series();
            }
            List<String> header = new ArrayList<>();
            header.add("");
            series.forEach(s -> header.add(s.name()));
            List<List<Cell>> rows = new ArrayList<>();
            for (int c = 0; c < categories.size(); c++) {
                List<Cell> row = new ArrayList<>();
                row.add(Cell.text(categories.get(c)));
                for (Series s : series) {
                    Integer value = s.values().get(c);
                    row.add(value == null ? Cell.text(s.shownAs().get(c)) : new Cell(s.shownAs().get(c), value));
                }
                rows.add(row);
            }
            return new Table(caption, header, rows, 0);
        }

        private void tableSheet(String name, Table table) {
            SXSSFSheet sheet = workbook.createSheet(name);
            sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            Row captionRow = sheet.createRow(0);
            setText(captionRow.createCell(0), table.caption(), style("heading"));
            captionRow.setHeightInPoints(19f);
            Row headerRow = sheet.createRow(1);
            boolean[] numeric = new boolean[table.header().size()];
            for (int c = 0; c < numeric.length; c++) {
                numeric[c] = table.isNumericColumn(c);
                setText(headerRow.createCell(c), table.header().get(c), style(numeric[c] ? "header-right" : "header"));
            }
            sheet.createFreezePane(0, 2);
            sheet.setRepeatingRows(CellRangeAddress.valueOf("1:2"));
            int[] widths = new int[table.header().size()];
            for (int c = 0; c < widths.length; c++) {
                widths[c] = table.header().get(c).length();
            }
            for (int r = 0; r < table.rows().size(); r++) {
                Row row = sheet.createRow(r + 2);
                boolean total = table.isTotalRow(r);
                List<Cell> cells = table.rows().get(r);
                for (int c = 0; c < cells.size(); c++) {
                    Cell cell = cells.get(c);
                    org.apache.poi.ss.usermodel.Cell xlsx = row.createCell(c);
                    if (cell.number() != null) {
                        xlsx.setCellValue(cell.number());
                        xlsx.setCellStyle(style(total ? "number-bold" : "number"));
                    } else {
                        setText(xlsx, cell.text(), style((total ? "bold" : "plain") + (numeric[c] ? "-right" : "")));
                    }
                    widths[c] = Math.max(widths[c], cell.text().length());
                }
            }
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, Math.max(8, Math.min(widths[c] + 3, 60)) * 256);
            }
        }

        private int text(SXSSFSheet sheet, int r, String text, CellStyle style) {
            Row row = sheet.createRow(r);
            setText(row.createCell(0), text, style);
            int lines = Math.max(1, (text.length() + SUMMARY_WIDTH_CHARS - 1) / SUMMARY_WIDTH_CHARS);
            if (lines > 1) {
                row.setHeightInPoints(lines * sheet.getDefaultRowHeightInPoints());
            }
            return r + 1;
        }

        private int link(SXSSFSheet sheet, int r, String caption, String sheetName) {
            Row row = sheet.createRow(r);
            org.apache.poi.ss.usermodel.Cell cell = row.createCell(0);
            setText(cell, caption, style("link"));
            Hyperlink hyperlink = workbook.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
            hyperlink.setAddress("'" + sheetName + "'!A1");
            cell.setHyperlink(hyperlink);
            return r + 1;
        }

        /** Texts are string cells; a text that looks like a formula also gets the quote prefix. */
        private void setText(org.apache.poi.ss.usermodel.Cell cell, String text, CellStyle style) {
            cell.setCellValue(text);
            cell.setCellStyle(FormulaGuard.risky(text) ? quoted(style) : style);
        }

        private CellStyle quoted(CellStyle style) {
            return styles.computeIfAbsent("quoted-" + style.getIndex(), key -> {
                CellStyle quoted = workbook.createCellStyle();
                quoted.cloneStyleFrom(style);
                quoted.setQuotePrefixed(true);
                return quoted;
            });
        }

        private CellStyle style(String name) {
            return styles.computeIfAbsent(name, this::createStyle);
        }

        private CellStyle createStyle(String name) {
            CellStyle style = workbook.createCellStyle();
            style.setVerticalAlignment(VerticalAlignment.TOP);
            switch (name) {
                case "title" -> style.setFont(font(16, true, false));
                case "subtitle", "muted" -> style.setFont(font(11, false, true));
                case "heading" -> style.setFont(font(12, true, false));
                case "wrap" -> style.setWrapText(true);
                case "link" -> style.setFont(link());
                case "header", "header-right" -> {
                    style.setFont(font(11, true, false));
                    style.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
                    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                    style.setBorderBottom(BorderStyle.THIN);
                    style.setWrapText(true);
                    if (name.endsWith("-right")) {
                        style.setAlignment(HorizontalAlignment.RIGHT);
                    }
                }
                case "number", "number-bold" -> {
                    style.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
                    if (name.endsWith("-bold")) {
                        style.setFont(font(11, true, false));
                    }
                }
                case "bold", "bold-right" -> style.setFont(font(11, true, false));
                default -> {
                }
            }
            if (name.endsWith("-right") && !name.startsWith("header")) {
                style.setAlignment(HorizontalAlignment.RIGHT);
            }
            return style;
        }

        private Font font(int points, boolean bold, boolean grey) {
            Font font = workbook.createFont();
            font.setFontHeightInPoints((short) points);
            font.setBold(bold);
            if (grey) {
                font.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
            }
            return font;
        }

        private Font link() {
            Font font = workbook.createFont();
            font.setUnderline(Font.U_SINGLE);
            font.setColor(IndexedColors.BLUE.getIndex());
            return font;
        }
    }
}

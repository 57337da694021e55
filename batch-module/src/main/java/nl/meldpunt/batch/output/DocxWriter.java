package nl.meldpunt.batch.output;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

import org.apache.xmlbeans.XmlCursor;

import javax.imageio.ImageIO;
import javax.xml.namespace.QName;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes a {@link Publication} as an editable Word document (DOCX, Apache POI XWPF), for a reader who
 * wants to add to it before passing it on (the confidant's annual report). A4, the title and subtitle in
 * Word's Title and Subtitle styles, each section heading in "heading 1" and each table's or chart's
 * caption in "heading 2" (so Word's navigation pane and LibreOffice's navigator list them), paragraphs
 * in Normal, tables as Word tables with a bold header row that repeats on every page and bold total
 * rows, charts as a PNG picture (JFreeChart drawn at 2 pixels per point, placed at its size in points,
 * the caption as its alternative text), and the footer in the page footer. The styles are defined in the
 * document and name Liberation Sans, which is not embedded: the font table names Arial, metric-compatible,
 * as its substitute where it is missing. Word's current layout (no "compatibility mode").
 *
 * <p>Every text is a plain run of text: nothing is read as markup or as a field (a text such as
 * {@code =cmd|' /C calc'!A0} stays those characters; a Word document runs DDE only from a field, and none
 * is written). Characters XML cannot hold are left out; a vertical tab or form feed (as pasted from
 * Word) becomes a line break. The writer never counts or suppresses: cells print as the model holds them
 * ("&lt; 5", "×"). The whole document is built in memory (an annual report is a few pages), then written;
 * the stream is flushed, not closed.
 */
public final class DocxWriter {

    static final String FONT = "Liberation Sans";
    static final String TITLE = "Title";
    static final String SUBTITLE = "Subtitle";
    static final String HEADING_1 = "Heading1";
    static final String HEADING_2 = "Heading2";
    static final String FOOTER = "Footer";

    /** A4 in twentieths of a point, with the PDF's margins (50 points at the sides). */
    static final int PAGE_WIDTH = 11906;
    static final int PAGE_HEIGHT = 16838;
    static final int MARGIN_SIDE = 1000;
    static final int TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN_SIDE;
    /** Charts are drawn at this many pixels per point: sharp on screen and on paper, about 100 kB a chart. */
    static final int PIXELS_PER_POINT = 2;

    private static final String INK = hex(PdfWriter.INK);
    private static final String ACCENT = hex(PdfWriter.ACCENT);
    private static final String MUTED = hex(PdfWriter.MUTED);
    private static final String RULE = hex(PdfWriter.RULE);
    private static final String HEADER_FILL = hex(PdfWriter.HEADER_FILL);
    private static final String STRIPE_FILL = hex(PdfWriter.STRIPE_FILL);
    private static final String TOTAL_FILL = hex(PdfWriter.TOTAL_FILL);
    /** Not allowed in XML 1.0 (tab, line feed and carriage return are; surrogate pairs are kept). */
    private static final Pattern NOT_XML = Pattern.compile(
            "[\\x00-\\x08\\x0E-\\x1F\\uFFFE\\uFFFF]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]");
    private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);
    /**
     * The font table tells a word processor without Liberation Sans what kind of font it is, so that it
     * substitutes the metric-compatible Arial (as LibreOffice writes it) rather than a serif default.
     */
    private static final String FONT_TABLE = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:font w:name="Liberation Sans">\
            <w:altName w:val="Arial"/><w:panose1 w:val="020B0604020202020204"/><w:charset w:val="00"/><w:family w:val="swiss"/>\
            <w:pitch w:val="variable"/></w:font></w:fonts>""";

    private DocxWriter() {
    }

    public static void write(Publication publication, OutputStream out) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            new Layout(publication, document).write();
            document.write(out);
        } catch (InvalidFormatException e) {
            throw new IOException("Cannot write the DOCX '" + publication.title() + "'", e);
        }
        out.flush();
    }

    /** The text as XML can hold it, line ends as {@code \n}. */
    static String plain(String text) {
        String lines = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u000B', '\n').replace('\f', '\n');
        return NOT_XML.matcher(lines).replaceAll("");
    }

    private static String hex(Color color) {
        return String.format("%02X%02X%02X", color.getRed(), color.getGreen(), color.getBlue());
    }

    private static final class Layout {
        private final Publication publication;
        private final XWPFDocument document;
        private int pictures;

        Layout(Publication publication, XWPFDocument document) {
            this.publication = publication;
            this.document = document;
        }

        void write() throws IOException, InvalidFormatException {
            properties();
            styles();
            fontTable();
            compatibility();
            page();
            front();
            for (Section section : publication.sections()) {
                if (section.heading() != null && !section.heading().isBlank()) {
                    styled(HEADING_1, section.heading());
                }
                for (Block block : section.blocks()) {
                    if (block instanceof Paragraph p) {
                        paragraph(p);
                    } else if (block instanceof Table t) {
                        table(t);
                    } else if (block instanceof BarChart c) {
                        chart(c.caption(), Charts.create(c, publication.locale()));
                    } else if (block instanceof LineChart c) {
                        chart(c.caption(), Charts.create(c, publication.locale()));
                    }
                }
            }
        }

        private void properties() {
            var core = document.getProperties().getCoreProperties();
            core.setTitle(plain(publication.title()));
            core.setCreator("Meldpunt");
            if (publication.subtitle() != null) {
                core.setSubjectProperty(plain(publication.subtitle()));
            }
            core.getUnderlyingProperties().setLanguageProperty(publication.locale().toLanguageTag());
        }

        /**
         * Word's built-in names ("heading 1", "Title", …) so that Word and LibreOffice treat them as their
         * own headings (navigation pane, table of contents, outline); the outline level is set as well.
         */
        private void styles() {
            XWPFStyles styles = document.createStyles();
            CTStyles ct = styles.getCtStyles();
            var defaults = ct.isSetDocDefaults() ? ct.getDocDefaults() : ct.addNewDocDefaults();
            CTRPr run = defaults.addNewRPrDefault().addNewRPr();
            fonts(run.addNewRFonts());
            run.addNewSz().setVal(BigInteger.valueOf(20));
            run.addNewSzCs().setVal(BigInteger.valueOf(20));
            run.addNewColor().setVal(INK);
            run.addNewLang().setVal(publication.locale().toLanguageTag());
            var paragraph = defaults.addNewPPrDefault().addNewPPr().addNewSpacing();
            paragraph.setAfter(BigInteger.valueOf(160));
            paragraph.setLine(BigInteger.valueOf(280));
            paragraph.setLineRule(org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule.AUTO);

            CTStyle normal = style("Normal", "Normal", null);
            normal.setDefault(true);
            add(styles, normal);

            CTStyle title = style(TITLE, "Title", 40, true, ACCENT);
            title.getPPr().addNewSpacing().setAfter(BigInteger.valueOf(80));
            add(styles, title);
            CTStyle subtitle = style(SUBTITLE, "Subtitle", 24, false, MUTED);
            subtitle.getPPr().addNewSpacing().setAfter(BigInteger.valueOf(240));
            add(styles, subtitle);

            add(styles, heading(HEADING_1, "heading 1", 0, 28, ACCENT, 240, 80));
            add(styles, heading(HEADING_2, "heading 2", 1, 20, INK, 200, 100));

            CTStyle footer = style(FOOTER, "footer", 16, false, MUTED);
            footer.getPPr().addNewSpacing().setAfter(BigInteger.ZERO);
            add(styles, footer);
        }

        /** POI has no model of the font table (nor its schema types in poi-ooxml-lite): the part is written as it is. */
        private void fontTable() throws IOException, InvalidFormatException {
            PackagePartName name = PackagingURIHelper.createPartName("/word/fontTable.xml");
            PackagePart part = document.getPackage().createPart(name, XWPFRelation.FONT_TABLE.getContentType());
            try (OutputStream out = part.getOutputStream()) {
                out.write(FONT_TABLE.getBytes(StandardCharsets.UTF_8));
            }
            document.getPackagePart().addRelationship(name, TargetMode.INTERNAL, XWPFRelation.FONT_TABLE.getRelation());
        }

        /**
         * Word 2013 and later layout: without this setting Word opens the document in "compatibility mode"
         * (Word 2007). poi-ooxml-lite has no schema types for it, so the elements are written with a cursor.
         */
        private void compatibility() {
            String w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
            try (XmlCursor cursor = document.getSettings().getCTSettings().newCursor()) {
                cursor.toEndToken();
                cursor.beginElement(new QName(w, "compat", "w"));
                cursor.beginElement(new QName(w, "compatSetting", "w"));
                cursor.insertAttributeWithValue(new QName(w, "name", "w"), "compatibilityMode");
                cursor.insertAttributeWithValue(new QName(w, "uri", "w"), "http://schemas.microsoft.com/office/word");
                cursor.insertAttributeWithValue(new QName(w, "val", "w"), "15");
            }
        }

        private static void fonts(CTFonts fonts) {
            fonts.setAscii(FONT);
            fonts.setHAnsi(FONT);
            fonts.setCs(FONT);
            fonts.setEastAsia(FONT);
        }

        private static CTStyle style(String id, String name, String next) {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setType(STStyleType.PARAGRAPH);
            style.setStyleId(id);
            style.addNewName().setVal(name);
            if (!"Normal".equals(id)) {
                style.addNewBasedOn().setVal("Normal");
            }
            if (next != null) {
                style.addNewNext().setVal(next);
            }
            style.addNewQFormat();
            style.addNewPPr();
            style.addNewRPr();
            return style;
        }

        private static CTStyle style(String id, String name, int halfPoints, boolean bold, String color) {
            CTStyle style = style(id, name, "Normal");
            CTRPr run = style.getRPr();
            if (bold) {
                run.addNewB();
                run.addNewBCs();
            }
            run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
            run.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
            run.addNewColor().setVal(color);
            return style;
        }

        private static CTStyle heading(String id, String name, int level, int halfPoints, String color, int before,
                                       int after) {
            CTStyle style = style(id, name, halfPoints, true, color);
            CTPPrGeneral paragraph = style.getPPr();
            paragraph.addNewKeepNext();
            paragraph.addNewKeepLines();
            var spacing = paragraph.addNewSpacing();
            spacing.setBefore(BigInteger.valueOf(before));
            spacing.setAfter(BigInteger.valueOf(after));
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(level));
            return style;
        }

        private static void add(XWPFStyles styles, CTStyle style) {
            styles.addStyle(new XWPFStyle(style, styles));
        }

        /** A4 portrait with the PDF's margins, and the footer on every page. */
        private void page() {
            var body = document.getDocument().getBody();
            CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
            CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
            size.setW(BigInteger.valueOf(PAGE_WIDTH));
            size.setH(BigInteger.valueOf(PAGE_HEIGHT));
            CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
            margins.setTop(BigInteger.valueOf(1120));
            margins.setBottom(BigInteger.valueOf(1200));
            margins.setLeft(BigInteger.valueOf(MARGIN_SIDE));
            margins.setRight(BigInteger.valueOf(MARGIN_SIDE));
            margins.setHeader(BigInteger.valueOf(560));
            margins.setFooter(BigInteger.valueOf(560));
            margins.setGutter(BigInteger.ZERO);
            if (publication.footer() != null && !publication.footer().isBlank()) {
                XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
                XWPFParagraph p = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().get(0);
                p.setStyle(FOOTER);
                text(p, publication.footer().replace('\n', ' '));
            }
        }

        /** Title, subtitle and under them a line in the accent colour, as in the PDF. */
        private void front() {
            XWPFParagraph last = styled(TITLE, publication.title());
            if (publication.subtitle() != null && !publication.subtitle().isBlank()) {
                last = styled(SUBTITLE, publication.subtitle());
            }
            var pPr = last.getCTP().isSetPPr() ? last.getCTP().getPPr() : last.getCTP().addNewPPr();
            CTBorder line = pPr.addNewPBdr().addNewBottom();
            line.setVal(STBorder.SINGLE);
            line.setSz(BigInteger.valueOf(10));
            line.setSpace(BigInteger.valueOf(6));
            line.setColor(ACCENT);
        }

        private XWPFParagraph styled(String style, String text) {
            XWPFParagraph p = document.createParagraph();
            p.setStyle(style);
            text(p, text);
            return p;
        }

        /**
         * A text a person wrote: a blank line starts a new Word paragraph (so it edits as paragraphs), a
         * single line end is a line break within one, as the PDF prints it.
         */
        private void paragraph(Paragraph paragraph) {
            for (String part : plain(paragraph.text()).split("\n\\s*\n")) {
                text(document.createParagraph(), part);
            }
        }

        /** Plain runs: lines joined by breaks, tabs as tabs, nothing interpreted. */
        private static XWPFRun text(XWPFParagraph p, String text) {
            XWPFRun run = p.createRun();
            String[] lines = plain(text).split("\n", -1);
            for (int l = 0; l < lines.length; l++) {
                if (l > 0) {
                    run.addBreak();
                }
                String[] pieces = lines[l].split("\t", -1);
                for (int t = 0; t < pieces.length; t++) {
                    if (t > 0) {
                        run.addTab();
                    }
                    if (!pieces[t].isEmpty()) {
                        run.setText(pieces[t], run.getCTR().sizeOfTArray());
                    }
                }
            }
            return run;
        }

        /**
         * The caption as a heading 2, then the table: the header row bold on a tint and repeated on every
         * page, counts right-aligned, total rows bold. Column widths follow the texts as in the PDF, in a
         * smaller type where a wide table (a year of months) would not fit otherwise.
         */
        private void table(Table table) {
            styled(HEADING_2, table.caption());
            int columns = Math.max(1, table.header().size());
            boolean[] numeric = new boolean[columns];
            for (int c = 0; c < table.header().size(); c++) {
                numeric[c] = table.isNumericColumn(c);
            }
            float size = 9f;
            float padding = 5f;
            float[] widths = columnWidths(table, columns, numeric, size, padding);
            for (float smaller : new float[] {8f, 7f, 6.5f}) {
                if (sum(widths) * 20 <= TEXT_WIDTH) {
                    break;
                }
                size = smaller;
                padding = 3f;
                widths = columnWidths(table, columns, numeric, size, padding);
            }
            int[] twips = scale(widths);

            XWPFTable word = document.createTable();
            CTTblPr properties = word.getCTTbl().getTblPr();
            CTTblWidth width = properties.isSetTblW() ? properties.getTblW() : properties.addNewTblW();
            width.setType(STTblWidth.DXA);
            width.setW(BigInteger.valueOf(TEXT_WIDTH));
            properties.addNewTblLayout().setType(STTblLayoutType.FIXED);
            CTTblCellMar margins = properties.addNewTblCellMar();
            int side = Math.round(padding * 20);
            cellMargin(margins.addNewLeft(), side);
            cellMargin(margins.addNewRight(), side);
            cellMargin(margins.addNewTop(), 50);
            cellMargin(margins.addNewBottom(), 70);
            word.removeBorders();
            word.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, RULE);
            word.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, RULE);
            CTTblGrid grid = word.getCTTbl().getTblGrid() != null ? word.getCTTbl().getTblGrid() : word.getCTTbl().addNewTblGrid();
            while (grid.sizeOfGridColArray() > 0) {
                grid.removeGridCol(0);
            }
            for (int w : twips) {
                grid.addNewGridCol().setW(BigInteger.valueOf(w));
            }

            XWPFTableRow header = word.getRow(0);
            header.setRepeatHeader(true);
            header.setCantSplitRow(true);
            for (int c = 1; c < columns; c++) {
                header.addNewTableCell();
            }
            for (int c = 0; c < columns; c++) {
                String text = c < table.header().size() ? table.header().get(c) : "";
                XWPFTableCell cell = cell(header.getCell(c), twips[c], text, true, numeric[c], size);
                cell.setColor(HEADER_FILL);
                border(cell, true, ACCENT, 6);
            }
            if (table.rows().isEmpty()) {
                // An empty table still says so, as in the PDF.
                XWPFTableRow none = word.createRow();
                while (none.getTableCells().size() > 1) {
                    none.removeCell(none.getTableCells().size() - 1);
                }
                XWPFTableCell cell = cell(none.getCell(0), TEXT_WIDTH, "—", false, false, size);
                tcPr(cell).addNewGridSpan().setVal(BigInteger.valueOf(columns));
            }
            for (int r = 0; r < table.rows().size(); r++) {
                boolean total = table.isTotalRow(r);
                boolean firstTotal = total && (r == 0 || !table.isTotalRow(r - 1));
                List<Cell> cells = table.rows().get(r);
                XWPFTableRow row = word.createRow();
                row.setCantSplitRow(true);
                for (int c = 0; c < cells.size(); c++) {
                    XWPFTableCell cell = cell(row.getCell(c), twips[c], cells.get(c).text(), total, numeric[c], size);
                    if (total) {
                        cell.setColor(TOTAL_FILL);
                    } else if (r % 2 == 1) {
                        cell.setColor(STRIPE_FILL);
                    }
                    if (firstTotal) {
                        border(cell, false, ACCENT, 6);
                    }
                }
            }
            // Space after the table, before whatever follows.
            document.createParagraph().setSpacingAfter(80);
        }

        private static void cellMargin(CTTblWidth margin, int twips) {
            margin.setType(STTblWidth.DXA);
            margin.setW(BigInteger.valueOf(twips));
        }

        private static XWPFTableCell cell(XWPFTableCell cell, int twips, String text, boolean bold, boolean right,
                                          float size) {
            CTTcPr properties = tcPr(cell);
            CTTblWidth width = properties.isSetTcW() ? properties.getTcW() : properties.addNewTcW();
            width.setType(STTblWidth.DXA);
            width.setW(BigInteger.valueOf(twips));
            properties.addNewVAlign().setVal(STVerticalJc.CENTER);
            XWPFParagraph p = cell.getParagraphs().get(0);
            p.setSpacingAfter(0);
            p.setSpacingBefore(0);
            p.setSpacingBetween(1.0);
            p.setAlignment(right ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
            XWPFRun run = text(p, text);
            if (bold) {
                run.setBold(true);
            }
            run.setFontSize(size);
            return cell;
        }

        private static CTTcPr tcPr(XWPFTableCell cell) {
            CTTc tc = cell.getCTTc();
            return tc.isSetTcPr() ? tc.getTcPr() : tc.addNewTcPr();
        }

        private static void border(XWPFTableCell cell, boolean bottom, String color, int eighths) {
            CTTcPr properties = tcPr(cell);
            CTTcBorders borders = properties.isSetTcBorders() ? properties.getTcBorders() : properties.addNewTcBorders();
            CTBorder border = bottom ? borders.addNewBottom() : borders.addNewTop();
            border.setVal(STBorder.SINGLE);
            border.setSz(BigInteger.valueOf(eighths));
            border.setSpace(BigInteger.ZERO);
            border.setColor(color);
        }

        /** The PDF's rule: each column as wide as its widest text plus padding, text columns 36 to 200 points. */
        private static float[] columnWidths(Table table, int columns, boolean[] numeric, float size, float padding) {
            float[] widths = new float[columns];
            for (int c = 0; c < columns; c++) {
                float widest = 0f;
                if (c < table.header().size()) {
                    for (String word : table.header().get(c).split("\\s+")) {
                        widest = Math.max(widest, width(word, true, size));
                    }
                }
                for (int r = 0; r < table.rows().size(); r++) {
                    widest = Math.max(widest, width(table.rows().get(r).get(c).text(), table.isTotalRow(r), size));
                }
                float width = widest + 2 * padding + 2f;
                widths[c] = numeric[c] ? Math.max(24f, width) : Math.max(36f, Math.min(width, 200f));
            }
            return widths;
        }

        private static float width(String text, boolean bold, float size) {
            Font font = Fonts.awt(bold, size);
            return (float) font.getStringBounds(text, MEASURE).getWidth();
        }

        private static float sum(float[] values) {
            float sum = 0f;
            for (float value : values) {
                sum += value;
            }
            return sum;
        }

        /** Points to twentieths, stretched or shrunk to the text width as the PDF's table is. */
        private static int[] scale(float[] points) {
            float total = sum(points);
            int[] twips = new int[points.length];
            int used = 0;
            for (int c = 0; c < points.length; c++) {
                twips[c] = c == points.length - 1 ? TEXT_WIDTH - used : Math.round(points[c] / total * TEXT_WIDTH);
                used += twips[c];
            }
            return twips;
        }

        /** PNG in memory (ImageIO.write may go through a temporary file in the server's temp directory). */
        private static byte[] png(BufferedImage image) throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
            try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
                writer.setOutput(out);
                writer.write(image);
            } finally {
                writer.dispose();
            }
            return bytes.toByteArray();
        }

        /** The caption as a heading 2, then the chart as a picture at its size in points, centred. */
        private void chart(String caption, org.jfree.chart.JFreeChart chart) throws IOException, InvalidFormatException {
            styled(HEADING_2, caption);
            int width = Math.round(Charts.WIDTH * PIXELS_PER_POINT);
            int height = Math.round(Charts.HEIGHT * PIXELS_PER_POINT);
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g2 = image.createGraphics();
            try {
                g2.scale(PIXELS_PER_POINT, PIXELS_PER_POINT);
                Charts.draw(chart, g2, null);
            } finally {
                g2.dispose();
            }
            byte[] png = png(image);
            XWPFParagraph p = document.createParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun run = p.createRun();
            pictures++;
            var picture = run.addPicture(new ByteArrayInputStream(png), PictureType.PNG, "chart" + pictures + ".png",
                    Units.toEMU(Charts.WIDTH), Units.toEMU(Charts.HEIGHT));
            // The caption is the alternative text; drawing ids from 1, unique in the document, as Word numbers them.
            var inline = run.getCTR().getDrawingArray(0).getInlineArray(0);
            inline.getDocPr().setId(pictures);
            inline.getDocPr().setDescr(plain(caption));
            picture.getCTPicture().getNvPicPr().getCNvPr().setDescr(plain(caption));
        }
    }
}

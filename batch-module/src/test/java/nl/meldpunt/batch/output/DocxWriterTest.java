package nl.meldpunt.batch.output;

import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGridCol;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Word document read back with POI's XWPF (and its XML where XWPF does not tell). */
class DocxWriterTest {

    private static byte[] docx;

    @BeforeAll
    static void write() throws IOException {
        docx = bytes(Samples.dutch());
        Files.createDirectories(PdfWriterTest.SAMPLES);
        Files.write(PdfWriterTest.SAMPLES.resolve("trend-nl.docx"), docx);
    }

    @Test
    void titleThenSectionHeadingsAsHeading1AndCaptionsAsHeading2() throws IOException {
        try (XWPFDocument document = read(docx)) {
            List<XWPFParagraph> paragraphs = document.getParagraphs();
            assertEquals(Samples.TITLE, paragraphs.get(0).getText());
            assertEquals("Title", paragraphs.get(0).getStyle());
            assertEquals(Samples.SUBTITLE, paragraphs.get(1).getText());
            assertEquals("Subtitle", paragraphs.get(1).getStyle());
            assertEquals(List.of("Inleiding", "Meldingen per soort en maand", "Advies van de vertrouwenspersoon"),
                    textsInStyle(document, "Heading1"));
            assertEquals(List.of("Meldingen per maand en soort", "Meldingen per soort en afdeling", "Meldingen per maand"),
                    textsInStyle(document, "Heading2"));
        }
    }

    @Test
    void headingStylesAreDefinedInTheDocumentWithWordsNamesOutlineLevelsAndTheFont() throws IOException {
        try (XWPFDocument document = read(docx)) {
            for (int level = 1; level <= 2; level++) {
                XWPFStyle style = document.getStyles().getStyle("Heading" + level);
                assertNotNull(style, "Heading" + level + " defined");
                assertEquals("heading " + level, style.getName(), "Word's built-in name, so Word and LibreOffice know it");
                assertEquals(BigInteger.valueOf(level - 1), style.getCTStyle().getPPr().getOutlineLvl().getVal(),
                        "outline level: listed in the navigator");
                assertTrue(style.getCTStyle().getPPr().isSetKeepNext(), "kept with what follows");
            }
            assertNotNull(document.getStyles().getStyle("Title"));
            assertNotNull(document.getStyles().getStyle("Normal"));
            var defaults = document.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr();
            CTFonts fonts = defaults.getRFontsList().get(0);
            assertEquals(DocxWriter.FONT, fonts.getAscii());
            assertEquals(DocxWriter.FONT, fonts.getHAnsi());
            assertEquals("nl-NL", defaults.getLangList().get(0).getVal(), "spelling language of the text");
        }
        String fontTable = entry(docx, "word/fontTable.xml");
        assertTrue(fontTable.contains("<w:font w:name=\"Liberation Sans\"><w:altName w:val=\"Arial\"/>"), fontTable);
        assertTrue(fontTable.contains("<w:family w:val=\"swiss\"/>"), "a sans-serif where it is missing");
        assertTrue(entry(docx, "word/_rels/document.xml.rels").contains("Target=\"fontTable.xml\""), "the document names its font table");
        assertTrue(entry(docx, "[Content_Types].xml").contains("wordprocessingml.fontTable+xml"));
        String settings = entry(docx, "word/settings.xml");
        assertTrue(settings.contains("<w:compat><w:compatSetting w:name=\"compatibilityMode\""
                + " w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"), "no compatibility mode: " + settings);
    }

    @Test
    void personsTextIsPlainTextWithItsCharactersParagraphsAndLineBreaks() throws IOException {
        try (XWPFDocument document = read(docx)) {
            List<String> texts = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertTrue(texts.contains("De vertrouwenspersoon ziet een “duidelijke” stijging van meldingen over pesten in de"
                    + " afdeling Financiën.\nAdvies: één keer per kwartaal een gesprek met het management; budget € 2.500"
                    + " voor training."), "a line end is a line break: " + texts);
            assertTrue(texts.contains("<b>Dit is geen opmaak</b> & geen HTML."), "a blank line starts a paragraph; no markup");
            assertTrue(texts.contains("Regel één.\nRegel twee — met een lange gedachtestreep.\nRegel drie: “klaar”."), texts.toString());
            XWPFParagraph advice = document.getParagraphs().stream()
                    .filter(p -> p.getText().startsWith("Regel één.")).findFirst().orElseThrow();
            assertEquals(null, advice.getStyle(), "body text in the Normal style");
        }
        String xml = entry(docx, "word/document.xml");
        assertTrue(xml.contains("&lt;b>Dit is geen opmaak&lt;/b> &amp; geen HTML.")
                || xml.contains("&lt;b&gt;Dit is geen opmaak&lt;/b&gt; &amp; geen HTML."), "escaped, not markup");
    }

    @Test
    void tableHasABoldRepeatedHeaderEveryRowSuppressedCountsAndBoldTotals() throws IOException {
        try (XWPFDocument document = read(docx)) {
            assertEquals(1, document.getTables().size(), "the charts are pictures, not tables");
            XWPFTable word = document.getTables().get(0);
            Table table = Samples.longTable();
            assertEquals(1 + table.rows().size(), word.getNumberOfRows(), "header and every row");
            XWPFTableRow header = word.getRow(0);
            assertEquals(table.header(), texts(header));
            assertTrue(header.isRepeatHeader(), "repeated on every page");
            for (XWPFTableCell cell : header.getTableCells()) {
                assertTrue(allBold(cell), "header bold: " + cell.getText());
            }
            for (int r = 0; r < table.rows().size(); r++) {
                assertEquals(table.rows().get(r).stream().map(Cell::text).toList(), texts(word.getRow(r + 1)), "row " + r);
            }
            assertEquals("< 5", word.getRow(1 + 3).getCell(2).getText(), "a suppressed count as the model holds it");
            XWPFTableRow total = word.getRow(table.rows().size());
            assertEquals(List.of("Totaal", "", "×", "2370"), texts(total));
            assertTrue(allBold(total.getCell(3)), "total bold");
            assertFalse(allBold(word.getRow(1).getCell(3)), "body rows not bold");
            assertEquals(ParagraphAlignment.RIGHT, word.getRow(1).getCell(3).getParagraphs().get(0).getAlignment(),
                    "counts right-aligned");
            assertEquals(ParagraphAlignment.LEFT, word.getRow(1).getCell(1).getParagraphs().get(0).getAlignment());
            assertEquals(DocxWriter.TEXT_WIDTH, gridWidth(word), "the table spans the text width");
        }
    }

    @Test
    void everyChartIsAPictureAtItsSizeInPointsWithItsCaptionAsAltText() throws IOException {
        try (XWPFDocument document = read(docx)) {
            List<XWPFPictureData> pictures = document.getAllPictures();
            assertEquals(2, pictures.size(), "a bar chart and a line chart");
            for (XWPFPictureData picture : pictures) {
                assertEquals("image/png", picture.getPackagePart().getContentType());
                BufferedImage image = ImageIO.read(new ByteArrayInputStream(picture.getData()));
                assertEquals(Math.round(Charts.WIDTH * 2), image.getWidth(), "2 pixels per point");
                assertEquals(Math.round(Charts.HEIGHT * 2), image.getHeight());
                assertTrue(PdfWriterTest.inkShare(image) > 0.01, "a chart is drawn, not a blank picture");
            }
            List<String> captions = new ArrayList<>();
            for (XWPFParagraph p : document.getParagraphs()) {
                for (XWPFRun run : p.getRuns()) {
                    if (run.getCTR().sizeOfDrawingArray() > 0) {
                        CTInline inline = run.getCTR().getDrawingArray(0).getInlineArray(0);
                        assertEquals(Units.toEMU(Charts.WIDTH), inline.getExtent().getCx(), "width in points");
                        assertEquals(Units.toEMU(Charts.HEIGHT), inline.getExtent().getCy(), "height in points");
                        captions.add(inline.getDocPr().getDescr());
                        IBodyElement before = document.getBodyElements().get(document.getBodyElements().indexOf(p) - 1);
                        assertEquals("Heading2", ((XWPFParagraph) before).getStyle(), "the caption right above");
                    }
                }
            }
            assertEquals(List.of("Meldingen per soort en afdeling", "Meldingen per maand"), captions);
        }
    }

    @Test
    void propertiesHaveTitleSubjectAndLanguageAndTheFooterIsOnEveryPage() throws IOException {
        try (XWPFDocument document = read(docx)) {
            var core = document.getProperties().getCoreProperties();
            assertEquals(Samples.TITLE, core.getTitle());
            assertEquals(Samples.SUBTITLE, core.getSubject());
            assertEquals("Meldpunt", core.getCreator());
            assertEquals("nl-NL", core.getUnderlyingProperties().getLanguageProperty().orElse(null));
            var footer = document.getHeaderFooterPolicy().getDefaultFooter();
            assertNotNull(footer, "the footer on every page");
            assertEquals(Samples.FOOTER, footer.getText().strip());
            var page = document.getDocument().getBody().getSectPr().getPgSz();
            assertEquals(BigInteger.valueOf(DocxWriter.PAGE_WIDTH), page.getW(), "A4");
            assertEquals(BigInteger.valueOf(DocxWriter.PAGE_HEIGHT), page.getH());
        }
        try (XWPFDocument english = read(bytes(Samples.english()))) {
            assertEquals("en", english.getProperties().getCoreProperties().getUnderlyingProperties().getLanguageProperty()
                    .orElse(null));
            assertEquals("en", english.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr().getLangList()
                    .get(0).getVal());
            assertEquals(List.of("Bullying", "12"), texts(english.getTables().get(0).getRow(1)));
            assertEquals(List.of("Discrimination", "< 5"), texts(english.getTables().get(0).getRow(2)));
        }
    }

    @Test
    void formulaLikeTextsStayPlainTextAndNoFieldIsWritten() throws IOException {
        String dde = "=cmd|' /C calc'!A0";
        Table table = new Table("Injectie", List.of("Afdeling", "Aantal"), List.of(
                List.of(Cell.text(dde), Cell.count(7)),
                List.of(Cell.text("@SUM(1+1)"), Cell.text("< 5")),
                List.of(Cell.text("{ DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe \"/k calc\" }"), Cell.count(9))), 0);
        byte[] bytes = bytes(new Publication(dde, dde, Locale.ENGLISH,
                List.of(new Section(dde, List.of(new Paragraph(dde), table))), dde));
        try (XWPFDocument document = read(bytes)) {
            assertEquals(dde, document.getParagraphs().get(0).getText(), "title");
            assertEquals(List.of(dde), textsInStyle(document, "Heading1"));
            assertTrue(document.getParagraphs().stream().anyMatch(p -> p.getStyle() == null && p.getText().equals(dde)));
            XWPFTable word = document.getTables().get(0);
            assertEquals(List.of(dde, "7"), texts(word.getRow(1)));
            assertEquals(List.of("@SUM(1+1)", "< 5"), texts(word.getRow(2)));
            assertEquals(dde, document.getProperties().getCoreProperties().getTitle());
        }
        for (String part : List.of("word/document.xml", "word/footer1.xml")) {
            String xml = entry(bytes, part);
            assertTrue(xml.contains("=cmd|' /C calc'!A0") || xml.contains("=cmd|&apos; /C calc&apos;!A0"), part);
            for (String field : List.of("fldSimple", "instrText", "fldChar")) {
                assertFalse(xml.contains(field), "no field in " + part + ": " + field);
            }
        }
    }

    @Test
    void charactersXmlCannotHoldAreLeftOutAndTheDocumentStillOpens() throws IOException {
        byte[] bytes = bytes(new Publication("Titel\u0000", "Onder\u0001titel", Locale.forLanguageTag("nl"), List.of(new Section("Kop\u0007",
                List.of(new Paragraph("een\u0001 twee\u000Bdrie\tvier\uFFFF\uD800 \uD83D\uDE00"),
                        new Table("T", List.of("A\u0002"), List.of(List.of(Cell.text("x\u001Fy"))), 0)))), null));
        try (XWPFDocument document = read(bytes)) {
            assertEquals("Titel", document.getParagraphs().get(0).getText());
            assertEquals("Titel", document.getProperties().getCoreProperties().getTitle(), "the properties part readable");
            assertEquals("Ondertitel", document.getProperties().getCoreProperties().getSubject());
            assertEquals(List.of("Kop"), textsInStyle(document, "Heading1"));
            assertTrue(document.getParagraphs().stream().anyMatch(p -> p.getText().equals("een twee\ndrie\tvier \uD83D\uDE00")),
                    "a vertical tab is a line break, a tab a tab, a lone surrogate left out, an emoji kept");
            assertEquals(List.of("A"), texts(document.getTables().get(0).getRow(0)));
            assertEquals(List.of("xy"), texts(document.getTables().get(0).getRow(1)));
            assertTrue(document.getHeaderFooterPolicy() == null || document.getHeaderFooterPolicy().getDefaultFooter() == null,
                    "no footer where the publication has none");
        }
    }

    @Test
    void wideTablesGetASmallerTypeAndEmptyTablesStillShow() throws IOException {
        byte[] bytes = bytes(Samples.wide());
        Files.write(PdfWriterTest.SAMPLES.resolve("annual-nl.docx"), bytes);
        try (XWPFDocument document = read(bytes)) {
            XWPFTable wide = document.getTables().get(0);
            assertEquals(14, wide.getRow(0).getTableCells().size());
            assertEquals(DocxWriter.TEXT_WIDTH, gridWidth(wide), "fits the page");
            double size = wide.getRow(1).getCell(1).getParagraphs().get(0).getRuns().get(0).getFontSizeAsDouble();
            assertTrue(size < 9, "a year of months in a smaller type: " + size);
            assertEquals(List.of("Totaal", "100", "101"), texts(wide.getRow(wide.getNumberOfRows() - 1)).subList(0, 3));

            XWPFTable empty = document.getTables().get(1);
            assertEquals(List.of("Maatregel", "Aantal"), texts(empty.getRow(0)));
            assertEquals(2, empty.getNumberOfRows(), "the header and a row that says there is nothing");
            assertEquals(List.of("—"), texts(empty.getRow(1)));
            assertEquals(BigInteger.TWO, empty.getRow(1).getCell(0).getCTTc().getTcPr().getGridSpan().getVal());
            assertEquals(1, document.getAllPictures().size());
        }
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
        DocxWriter.write(Samples.english(), out);
        assertFalse(closed[0], "the caller owns the stream");
        assertTrue(out.size() > 0);
    }

    private static byte[] bytes(Publication publication) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocxWriter.write(publication, out);
        return out.toByteArray();
    }

    private static XWPFDocument read(byte[] bytes) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    private static List<String> textsInStyle(XWPFDocument document, String style) {
        return document.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText).toList();
    }

    private static List<String> texts(XWPFTableRow row) {
        return row.getTableCells().stream().map(XWPFTableCell::getText).toList();
    }

    private static boolean allBold(XWPFTableCell cell) {
        List<XWPFRun> runs = cell.getParagraphs().get(0).getRuns();
        return !runs.isEmpty() && runs.stream().allMatch(XWPFRun::isBold);
    }

    private static int gridWidth(XWPFTable table) {
        int sum = 0;
        for (CTTblGridCol column : table.getCTTbl().getTblGrid().getGridColList()) {
            sum += ((BigInteger) column.getW()).intValue();
        }
        return sum;
    }

    private static String entry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (entry.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(name + " not in the document");
    }
}

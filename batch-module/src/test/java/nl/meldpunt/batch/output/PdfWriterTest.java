package nl.meldpunt.batch.output;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The PDF read back with PDFBox (text, fonts, metadata, images) and rendered to PNG with poppler's
 * pdftoppm (PDFBox's renderer where pdftoppm is missing). The PDF and PNGs stay in
 * target/output-samples for a person to look at.
 */
class PdfWriterTest {

    static final Path SAMPLES = Path.of("target", "output-samples");
    private static byte[] pdf;
    private static Path pdfFile;

    @BeforeAll
    static void write() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter.write(Samples.dutch(), out);
        pdf = out.toByteArray();
        Files.createDirectories(SAMPLES);
        pdfFile = SAMPLES.resolve("trend-nl.pdf");
        Files.write(pdfFile, pdf);
    }

    @Test
    void textHasTitleHeadingsEveryRowAndSuppressedCounts() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains(Samples.TITLE), text);
            assertTrue(text.contains(Samples.SUBTITLE), "subtitle");
            for (String heading : List.of("Inleiding", "Meldingen per soort en maand", "Advies van de vertrouwenspersoon",
                    "Meldingen per maand en soort", "Meldingen per soort en afdeling", "Meldingen per maand")) {
                assertTrue(text.contains(heading), heading);
            }
            for (List<Cell> row : Samples.longTable().rows()) {
                String line = row.stream().map(Cell::text).filter(t -> !t.isEmpty()).collect(Collectors.joining(" "));
                assertTrue(text.contains(line), "row " + line);
            }
            assertTrue(text.contains("Totaal × 2370"), "total row");
            assertTrue(text.contains("< 5"), "suppressed count");
        }
    }

    @Test
    void personsTextKeepsItsCharactersAndLineBreaksAndIsNoMarkup() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Advies: één keer per kwartaal een gesprek met het management; budget € 2.500 voor training."), text);
            assertTrue(text.contains("ziet een “duidelijke” stijging"), "typographic quotes");
            assertTrue(text.contains("<b>Dit is geen opmaak</b> & geen HTML."), "no markup interpreted");
            assertTrue(text.contains("Regel één.\nRegel twee — met een lange gedachtestreep.\nRegel drie: “klaar”."),
                    "line breaks kept");
        }
    }

    @Test
    void everyPageHasFooterAndPageXOfY() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertTrue(pages >= 2, "60 rows and two charts need more than one page, got " + pages);
            for (int page = 1; page <= pages; page++) {
                String text = pageText(document, page);
                assertTrue(text.contains("pagina " + page + " van " + pages), "page " + page + ": " + text);
                assertTrue(text.contains(Samples.FOOTER), "footer on page " + page);
            }
        }
    }

    @Test
    void tableHeaderRepeatsOnThePageTheTableRunsOnto() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int continued = -1;
            for (int page = 2; page <= document.getNumberOfPages() && continued < 0; page++) {
                if (pageText(document, page).contains("2025-12")) {
                    continued = page;
                }
            }
            assertTrue(continued > 1, "the table's last rows are on a later page");
            String text = pageText(document, continued);
            assertTrue(text.contains("Maand Soort gedrag Financiën Alle afdelingen"), text);
            assertTrue(text.contains("Meldingen per maand en soort"), "caption repeated");
        }
    }

    @Test
    void fontsAreEmbeddedAndTheShippedOne() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                collectFonts(page.getResources(), fonts);
            }
            assertFalse(fonts.isEmpty());
            for (PDFont font : fonts) {
                assertTrue(font.isEmbedded(), font.getName() + " embedded");
                assertTrue(font.getName().contains("LiberationSans"), font.getName());
            }
        }
    }

    @Test
    void metadataHasTitleAndLanguage() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(Samples.TITLE, document.getDocumentInformation().getTitle());
            assertEquals(Samples.SUBTITLE, document.getDocumentInformation().getSubject());
            assertEquals("nl-NL", document.getDocumentCatalog().getLanguage());
        }
    }

    @Test
    void chartsAreVectorFormsWithoutImages() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int forms = 0;
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    var object = page.getResources().getXObject(name);
                    assertFalse(object instanceof PDImageXObject, "no raster image: charts are vectors");
                    // (the page numbers are small forms too)
                    if (object instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form
                            && form.getBBox().getWidth() == Charts.WIDTH && form.getBBox().getHeight() == Charts.HEIGHT) {
                        forms++;
                    }
                }
            }
            assertEquals(2, forms, "a bar chart and a line chart");
        }
    }

    @Test
    void englishNumbersPagesInEnglishAndLeavesTheStreamOpen() throws IOException {
        boolean[] closed = {false};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        PdfWriter.write(Samples.english(), out);
        assertFalse(closed[0], "the caller owns the stream");
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("page 1 of 1"), text);
            assertTrue(text.contains("Discrimination < 5"), text);
            assertEquals("en", document.getDocumentCatalog().getLanguage());
        }
    }

    @Test
    void wideTablesFitAndEmptyTablesStillShow() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter.write(Samples.wide(), out);
        Files.write(SAMPLES.resolve("annual-nl.pdf"), out.toByteArray());
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Soort gedrag " + String.join(" ", Samples.lineChart().categories()) + " Totaal"),
                    "14 column titles, each on one line: " + text);
            assertTrue(text.contains("Totaal 100 101 102"), text);
            assertTrue(text.contains("Maatregelen\nMaatregel Aantal\n—"), "an empty table shows its header and a dash");
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 110, ImageType.RGB);
            ImageIO.write(page, "png", SAMPLES.resolve("annual-nl-page1.png").toFile());
        }
    }

    @Test
    void pagesRenderToPngsThatAreNotBlank() throws Exception {
        int pages;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            pages = document.getNumberOfPages();
        }
        for (int page = 1; page <= pages; page++) {
            Path png = render(page);
            assertTrue(Files.size(png) > 0, png + " written");
            BufferedImage image = ImageIO.read(png.toFile());
            double ink = inkShare(image);
            assertTrue(ink > 0.005, "page " + page + " has " + ink + " ink");
        }
    }

    /** Page to PNG with pdftoppm (poppler-utils); with PDFBox's renderer where pdftoppm is missing. */
    static Path render(int page) throws Exception {
        Path prefix = SAMPLES.resolve("trend-nl-page" + page);
        Path png = SAMPLES.resolve("trend-nl-page" + page + ".png");
        Files.deleteIfExists(png);
        if (hasPdftoppm()) {
            Process process = new ProcessBuilder("pdftoppm", "-png", "-r", "110", "-f", Integer.toString(page),
                    "-l", Integer.toString(page), "-singlefile", pdfFile.toString(), prefix.toString())
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "pdftoppm finished");
            assertEquals(0, process.exitValue(), output);
            assertTrue(output.isBlank(), "pdftoppm complains: " + output);
        } else {
            try (PDDocument document = Loader.loadPDF(pdf)) {
                BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page - 1, 110, ImageType.RGB);
                ImageIO.write(image, "png", png.toFile());
            }
        }
        return png;
    }

    static boolean hasPdftoppm() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "pdftoppm"))) {
                return true;
            }
        }
        return false;
    }

    static double inkShare(BufferedImage image) {
        long ink = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
                if (r < 240 || g < 240 || b < 240) {
                    ink++;
                }
            }
        }
        return ink / (double) ((long) image.getWidth() * image.getHeight());
    }

    private static String pageText(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    private static void collectFonts(PDResources resources, List<PDFont> fonts) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject xObject = resources.getXObject(name);
            if (xObject instanceof PDFormXObject form) {
                collectFonts(form.getResources(), fonts);
            }
        }
    }
}

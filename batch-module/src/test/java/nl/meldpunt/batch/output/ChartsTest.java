package nl.meldpunt.batch.output;

import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;

import java.awt.Graphics2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A suppressed count draws no bar or point, and its shownAs text stands in its place. What a chart drew
 * is read twice: the entities JFreeChart records for each bar or point it drew, and the text the chart
 * draws, captured by drawing it onto a PDF canvas and extracting that with PDFBox.
 */
class ChartsTest {

    @Test
    void suppressedBarIsNotInTheDatasetAndNotDrawn() {
        BarChart bars = Samples.barChart();
        JFreeChart chart = Charts.create(bars, Locale.forLanguageTag("nl"));
        CategoryDataset dataset = ((CategoryPlot) chart.getPlot()).getDataset();
        assertNull(dataset.getValue(0, 1), "Financiën × Seksuele intimidatie is suppressed");
        assertNull(dataset.getValue(1, 2), "Klantcontact × Agressie en geweld is suppressed");
        assertEquals(12, dataset.getValue(0, 0).intValue());

        Set<String> drawn = drawnItems(chart);
        assertEquals(bars.series().size() * bars.categories().size() - 2, drawn.size(), "one bar per shown count");
        assertTrue(drawn.contains("Financiën/Pesten"));
        assertTrue(!drawn.contains("Financiën/Seksuele intimidatie"), "no bar for a suppressed count");
        assertTrue(!drawn.contains("Klantcontact/Agressie en geweld"), "no bar for a suppressed count");
    }

    @Test
    void suppressedBarShowsItsShownAsAndShownBarsTheirCount() throws IOException {
        BarChart bars = new BarChart("Per soort", List.of("Pesten", "Werkdruk"),
                List.of(new Series("Financiën", java.util.Arrays.asList(12, null), List.of("12", "×")),
                        new Series("Overig", java.util.Arrays.asList(null, 9), List.of("< 5", "9"))),
                "Aantal");
        JFreeChart chart = Charts.create(bars, Locale.forLanguageTag("nl"));
        var renderer = (Charts.SuppressingBarRenderer) ((CategoryPlot) chart.getPlot()).getRenderer();
        assertEquals("×", renderer.suppressedLabel(0, 1));
        assertEquals("< 5", renderer.suppressedLabel(1, 0));
        assertNull(renderer.suppressedLabel(0, 0));

        String text = drawnText(chart);
        assertEquals(1, count(text, "×"), text);
        assertEquals(1, count(text, "< 5"), text);
        assertTrue(text.contains("12") && text.contains("9"), "shown counts labelled: " + text);
    }

    @Test
    void suppressedPointLeavesAGapAndShowsItsShownAs() throws IOException {
        LineChart lines = Samples.lineChart();
        JFreeChart chart = Charts.create(lines, Locale.forLanguageTag("nl"));
        CategoryDataset dataset = ((CategoryPlot) chart.getPlot()).getDataset();
        assertNull(dataset.getValue(0, 2));
        assertNull(dataset.getValue(1, 4));

        Set<String> drawn = drawnItems(chart);
        assertEquals(2 * 12 - 2, drawn.size(), "one point per shown count");
        assertTrue(!drawn.contains("Pesten/2025-06"), "no point for a suppressed count");
        assertTrue(!drawn.contains("Werkdruk/2025-08"), "no point for a suppressed count");
        assertEquals(2, count(drawnText(chart), "< 5"));
    }

    @Test
    void chartTextUsesTheShippedTypeface() {
        JFreeChart chart = Charts.create(Samples.barChart(), Locale.forLanguageTag("nl"));
        CategoryPlot plot = (CategoryPlot) chart.getPlot();
        assertEquals("Liberation Sans", plot.getDomainAxis().getTickLabelFont().getFamily());
        assertEquals("Liberation Sans", plot.getRangeAxis().getLabelFont().getFamily());
        assertEquals("Liberation Sans", chart.getLegend().getItemFont().getFamily());
    }

    /** "series/category" of every bar or point the chart drew. */
    private static Set<String> drawnItems(JFreeChart chart) {
        ChartRenderingInfo info = new ChartRenderingInfo();
        java.awt.image.BufferedImage canvas = new java.awt.image.BufferedImage(
                Math.round(Charts.WIDTH), Math.round(Charts.HEIGHT), java.awt.image.BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = canvas.createGraphics();
        Charts.draw(chart, g2, info);
        g2.dispose();
        Set<String> drawn = new HashSet<>();
        for (Object entity : info.getEntityCollection().getEntities()) {
            if (entity instanceof CategoryItemEntity item) {
                drawn.add(item.getRowKey() + "/" + item.getColumnKey());
            } else {
                assertTrue(entity instanceof ChartEntity);
            }
        }
        return drawn;
    }

    /** The text the chart draws: drawn onto a PDF page as text, read back with PDFBox. */
    private static String drawnText(JFreeChart chart) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(new Rectangle(Charts.WIDTH, Charts.HEIGHT), 0, 0, 0, 0);
        com.lowagie.text.pdf.PdfWriter writer = com.lowagie.text.pdf.PdfWriter.getInstance(document, out);
        document.open();
        Graphics2D g2 = writer.getDirectContent().createGraphics(Charts.WIDTH, Charts.HEIGHT);
        Charts.draw(chart, g2, null);
        g2.dispose();
        document.close();
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    private static int count(String text, String part) {
        Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }
}

package nl.meldpunt.batch.output;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;

/**
 * Turns a {@link BarChart} or {@link LineChart} into a JFreeChart in the reports' typeface and colours.
 * A suppressed count (a null value) is left out of the dataset, so no bar or point is drawn for it, and
 * its shownAs text ("&lt; 5") is drawn where the bar or point would be, so the reader sees it was
 * suppressed rather than zero.
 */
final class Charts {

    /** Size of a chart on the page, in points (the A4 text width is about 515). */
    static final float WIDTH = 500f;
    static final float HEIGHT = 270f;

    static final Paint[] PALETTE = {
            new Color(0x1F, 0x4E, 0x79), new Color(0xE0, 0x7B, 0x39), new Color(0x5B, 0x9B, 0xD5),
            new Color(0x70, 0xAD, 0x47), new Color(0xC0, 0x50, 0x4D), new Color(0x80, 0x64, 0xA2),
            new Color(0xBF, 0x9B, 0x00), new Color(0x7F, 0x7F, 0x7F)};
    private static final Color GRID = new Color(0xD9, 0xD9, 0xD9);
    private static final Color TEXT = new Color(0x26, 0x26, 0x26);
    private static final Color SUPPRESSED = new Color(0x59, 0x59, 0x59);

    private Charts() {
    }

    static JFreeChart create(BarChart chart, Locale locale) {
        CategoryPlot plot = plot(dataset(chart.categories(), chart.series()), chart.categories().size(),
                chart.valueAxisLabel(), locale, new SuppressingBarRenderer(chart.series()));
        return finish(plot);
    }

    static JFreeChart create(LineChart chart, Locale locale) {
        CategoryPlot plot = plot(dataset(chart.categories(), chart.series()), chart.categories().size(),
                chart.valueAxisLabel(), locale, new SuppressingLineRenderer(chart.series()));
        return finish(plot);
    }

    /**
     * Draws the chart at its size onto {@code g2}, recording what was drawn (bars, points, labels) in
     * {@code info} where given. In a PDF it is drawn as vectors with text in the embedded typeface: sharp
     * at any zoom, searchable, and no megabytes of pixels per chart in memory or in the file.
     */
    static void draw(JFreeChart chart, Graphics2D g2, org.jfree.chart.ChartRenderingInfo info) {
        g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        chart.draw(g2, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT), info);
    }

    /** Suppressed values stay out: {@code getValue} is null for them, so the renderers draw nothing there. */
    static DefaultCategoryDataset dataset(List<String> categories, List<Series> series) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (int s = 0; s < series.size(); s++) {
            Series one = series.get(s);
            for (int c = 0; c < categories.size(); c++) {
                dataset.addValue(one.values().get(c), new Key(s, one.name()), new Key(c, categories.get(c)));
            }
        }
        return dataset;
    }

    private static CategoryPlot plot(CategoryDataset dataset, int categories, String valueAxisLabel, Locale locale,
                                     org.jfree.chart.renderer.category.AbstractCategoryItemRenderer renderer) {
        CategoryAxis categoryAxis = new CategoryAxis(null);
        categoryAxis.setMaximumCategoryLabelLines(2);
        categoryAxis.setCategoryMargin(0.2);
        categoryAxis.setLowerMargin(0.02);
        categoryAxis.setUpperMargin(0.02);
        if (categories > 8) {
            categoryAxis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        NumberAxis valueAxis = new NumberAxis(valueAxisLabel);
        valueAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(locale));
        valueAxis.setAutoRangeIncludesZero(true);
        valueAxis.setAutoRangeMinimumSize(5);
        valueAxis.setUpperMargin(0.12);
        CategoryPlot plot = new CategoryPlot(dataset, categoryAxis, valueAxis, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        return plot;
    }

    private static JFreeChart finish(CategoryPlot plot) {
        JFreeChart chart = new JFreeChart(null, Fonts.awt(true, 11f), plot, plot.getDataset().getRowCount() > 1);
        theme().apply(chart);
        // After the theme, which clears series paints.
        for (int s = 0; s < plot.getDataset().getRowCount(); s++) {
            plot.getRenderer().setSeriesPaint(s, PALETTE[s % PALETTE.length]);
        }
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(4, 4, 4, 8));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.setDomainGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.getDomainAxis().setAxisLinePaint(Color.GRAY);
        plot.getRangeAxis().setAxisLineVisible(false);
        plot.getRangeAxis().setTickMarksVisible(false);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setFrame(BlockBorder.NONE);
            legend.setPosition(RectangleEdge.BOTTOM);
        }
        return chart;
    }

    private static StandardChartTheme theme() {
        StandardChartTheme theme = new StandardChartTheme("Meldpunt", false);
        theme.setExtraLargeFont(Fonts.awt(true, 12f));
        theme.setLargeFont(Fonts.awt(false, 9f));
        theme.setRegularFont(Fonts.awt(false, 8.5f));
        theme.setSmallFont(Fonts.awt(false, 7.5f));
        theme.setAxisLabelPaint(TEXT);
        theme.setTickLabelPaint(TEXT);
        theme.setLegendItemPaint(TEXT);
        theme.setItemLabelPaint(TEXT);
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setRangeGridlinePaint(GRID);
        return theme;
    }

    /**
     * A dataset key that keeps two series or categories with the same text apart and sorts by position.
     */
    record Key(int index, String text) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            return Integer.compare(index, other.index);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** What a suppressed value prints as, or null where the value is shown. */
    static String suppressedLabel(List<Series> series, int row, int column) {
        Series one = series.get(row);
        return one.values().get(column) == null ? one.shownAs().get(column) : null;
    }

    private static Font suppressedFont() {
        return Fonts.awt(false, 7.5f);
    }

    /** Bars with their shownAs text on top; a suppressed value has no bar, only its text on the axis line. */
    static final class SuppressingBarRenderer extends BarRenderer {

        private static final long serialVersionUID = 1L;
        private final transient List<Series> series;

        SuppressingBarRenderer(List<Series> series) {
            this.series = series;
            setDrawBarOutline(false);
            setItemMargin(0.05);
            setMaximumBarWidth(0.12);
            setDefaultItemLabelGenerator(new ShownAsLabels(series));
            setDefaultItemLabelsVisible(true);
            setDefaultPositiveItemLabelPosition(
                    new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        }

        String suppressedLabel(int row, int column) {
            return Charts.suppressedLabel(series, row, column);
        }

        @Override
        public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                             CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row,
                             int column, int pass) {
            if (dataset.getValue(row, column) != null) {
                super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
                return;
            }
            String label = suppressedLabel(row, column);
            int visibleRow = state.getVisibleSeriesIndex(row);
            if (label == null || visibleRow < 0 || pass != getPassCount() - 1) {
                return;
            }
            double x = calculateBarW0(plot, plot.getOrientation(), dataArea, domainAxis, state, visibleRow, column)
                    + state.getBarWidth() / 2;
            double y = rangeAxis.valueToJava2D(0, dataArea, plot.getRangeAxisEdge()) - 2;
            g2.setFont(suppressedFont());
            g2.setPaint(SUPPRESSED);
            double textWidth = g2.getFontMetrics().stringWidth(label);
            if (textWidth <= state.getBarWidth() * 1.6) {
                TextUtils.drawAlignedString(label, g2, (float) x, (float) y, TextAnchor.BOTTOM_CENTER);
            } else {
                TextUtils.drawRotatedString(label, g2, (float) x, (float) y, TextAnchor.CENTER_LEFT,
                        -Math.PI / 2, (float) x, (float) y);
            }
        }
    }

    /** Lines with a gap at a suppressed value, whose shownAs text stands above the axis at that point. */
    static final class SuppressingLineRenderer extends LineAndShapeRenderer {

        private static final long serialVersionUID = 1L;
        private final transient List<Series> series;

        SuppressingLineRenderer(List<Series> series) {
            super(true, true);
            this.series = series;
            setDefaultStroke(new BasicStroke(1.6f));
            setAutoPopulateSeriesStroke(false);
            setUseFillPaint(false);
        }

        String suppressedLabel(int row, int column) {
            return Charts.suppressedLabel(series, row, column);
        }

        @Override
        public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                             CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row,
                             int column, int pass) {
            if (dataset.getValue(row, column) != null) {
                super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
                return;
            }
            String label = suppressedLabel(row, column);
            int visibleRow = state.getVisibleSeriesIndex(row);
            if (label == null || visibleRow < 0 || pass != getPassCount() - 1) {
                return;
            }
            double x = domainAxis.getCategoryMiddle(column, dataset.getColumnCount(), dataArea,
                    plot.getDomainAxisEdge());
            g2.setFont(suppressedFont());
            double lineHeight = g2.getFontMetrics().getHeight();
            double y = rangeAxis.valueToJava2D(0, dataArea, plot.getRangeAxisEdge()) - 2 - visibleRow * lineHeight;
            g2.setPaint(lookupSeriesPaint(row));
            TextUtils.drawAlignedString(label, g2, (float) x, (float) y, TextAnchor.BOTTOM_CENTER);
        }
    }

    /** Item labels print the count as the report shows it. */
    private record ShownAsLabels(List<Series> series) implements CategoryItemLabelGenerator {
        @Override
        public String generateRowLabel(CategoryDataset dataset, int row) {
            return series.get(row).name();
        }

        @Override
        public String generateColumnLabel(CategoryDataset dataset, int column) {
            return dataset.getColumnKey(column).toString();
        }

        @Override
        public String generateLabel(CategoryDataset dataset, int row, int column) {
            return series.get(row).shownAs().get(column);
        }
    }
}

package nl.meldpunt.batch.output;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.FontMapper;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes a {@link Publication} as an A4 PDF (OpenPDF): title, subtitle, sections, paragraphs as plain
 * text, tables whose header repeats on every page they run onto, charts (JFreeChart, drawn as
 * vectors), and on every page the footer and "pagina X van Y". One typeface, embedded.
 * Pages go to the stream as they fill; the stream is flushed, not closed.
 */
public final class PdfWriter {

    static final Color INK = new Color(0x26, 0x26, 0x26);
    static final Color ACCENT = new Color(0x1F, 0x3A, 0x5F);
    static final Color MUTED = new Color(0x59, 0x59, 0x59);
    static final Color RULE = new Color(0xBF, 0xC9, 0xD4);
    static final Color HEADER_FILL = new Color(0xDC, 0xE6, 0xF0);
    static final Color STRIPE_FILL = new Color(0xF5, 0xF7, 0xFA);
    static final Color TOTAL_FILL = new Color(0xEA, 0xEF, 0xF5);

    private static final float MARGIN = 50f;
    private static final float MARGIN_TOP = 56f;
    private static final float MARGIN_BOTTOM = 60f;
    /** A heading closer than this to the page's foot starts the next page, so it is not left alone. */
    private static final float KEEP_WITH_HEADING = 110f;

    private PdfWriter() {
    }

    public static void write(Publication publication, OutputStream out) throws IOException {
        new Layout(publication).write(out);
    }

    private static final class Layout {
        private final Publication publication;
        private final OutputTexts texts;
        private final BaseFont regular = Fonts.pdf(false);
        private final BaseFont bold = Fonts.pdf(true);
        /** The charts' text in the same embedded fonts as the rest of the document. */
        private final FontMapper fontMapper = new FontMapper() {
            @Override
            public BaseFont awtToPdf(java.awt.Font font) {
                return Fonts.isBold(font) ? bold : regular;
            }

            @Override
            public java.awt.Font pdfToAwt(BaseFont font, int size) {
                return Fonts.awt(font == bold, size);
            }
        };
        private final Font title = new Font(bold, 20f, Font.NORMAL, ACCENT);
        private final Font subtitle = new Font(regular, 12f, Font.NORMAL, MUTED);
        private final Font heading = new Font(bold, 14f, Font.NORMAL, ACCENT);
        private final Font body = new Font(regular, 10f, Font.NORMAL, INK);
        private final Font caption = new Font(bold, 10f, Font.NORMAL, INK);
        private com.lowagie.text.pdf.PdfWriter writer;

        Layout(Publication publication) {
            this.publication = publication;
            this.texts = new OutputTexts(publication.locale());
        }

        void write(OutputStream out) throws IOException {
            Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN_TOP, MARGIN_BOTTOM);
            try {
                writer = com.lowagie.text.pdf.PdfWriter.getInstance(document, out);
                writer.setCloseStream(false);
                writer.setPageEvent(new PageDecoration());
                writer.setViewerPreferences(com.lowagie.text.pdf.PdfWriter.DisplayDocTitle);
                writer.getExtraCatalog().put(PdfName.LANG, new PdfString(publication.locale().toLanguageTag()));
                document.addTitle(publication.title());
                if (publication.subtitle() != null) {
                    document.addSubject(publication.subtitle());
                }
                document.addCreator("Meldpunt");
                document.open();
                front(document);
                for (Section section : publication.sections()) {
                    section(document, section);
                }
                document.close();
            } catch (DocumentException e) {
                throw new IOException("Cannot write the PDF '" + publication.title() + "'", e);
            }
            out.flush();
        }

        private void front(Document document) {
            com.lowagie.text.Paragraph title = new com.lowagie.text.Paragraph(publication.title(), this.title);
            title.setLeading(24f);
            document.add(title);
            if (publication.subtitle() != null && !publication.subtitle().isBlank()) {
                com.lowagie.text.Paragraph subtitle = new com.lowagie.text.Paragraph(publication.subtitle(), this.subtitle);
                subtitle.setSpacingBefore(4f);
                document.add(subtitle);
            }
            PdfPTable rule = new PdfPTable(1);
            rule.setWidthPercentage(100);
            rule.setSpacingBefore(10f);
            PdfPCell line = new PdfPCell();
            line.setBorder(Rectangle.BOTTOM);
            line.setBorderColor(ACCENT);
            line.setBorderWidth(1.2f);
            line.setFixedHeight(2f);
            rule.addCell(line);
            document.add(rule);
        }

        private void section(Document document, Section section) {
            if (section.heading() != null && !section.heading().isBlank()) {
                if (writer.getVerticalPosition(false) - document.bottom() < KEEP_WITH_HEADING) {
                    document.newPage();
                }
                com.lowagie.text.Paragraph heading = new com.lowagie.text.Paragraph(section.heading(), this.heading);
                heading.setLeading(18f);
                heading.setSpacingBefore(12f);
                heading.setSpacingAfter(4f);
                heading.setKeepTogether(true);
                document.add(heading);
            }
            for (Block block : section.blocks()) {
                if (block instanceof Paragraph p) {
                    document.add(paragraph(p));
                } else if (block instanceof Table t) {
                    document.add(table(t));
                } else if (block instanceof BarChart c) {
                    document.add(chart(c.caption(), Charts.create(c, publication.locale())));
                } else if (block instanceof LineChart c) {
                    document.add(chart(c.caption(), Charts.create(c, publication.locale())));
                }
            }
        }

        /** Plain text: line breaks kept, nothing interpreted (OpenPDF draws a Chunk's text as it is). */
        private com.lowagie.text.Paragraph paragraph(Paragraph paragraph) {
            String text = paragraph.text().replace("\r\n", "\n").replace('\r', '\n');
            com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph(14f, new Chunk(text, body));
            p.setSpacingAfter(8f);
            return p;
        }

        /**
         * The caption and the column titles are the table's header rows: repeated on every page the
         * table runs onto. Counts right-aligned, total rows bold on a tinted background. A wide table
         * (a year of months) gets a smaller type so that no column title or count has to wrap.
         */
        private PdfPTable table(Table table) {
            int columns = Math.max(1, table.header().size());
            boolean[] numeric = new boolean[columns];
            for (int c = 0; c < table.header().size(); c++) {
                numeric[c] = table.isNumericColumn(c);
            }
            float available = PageSize.A4.getWidth() - 2 * MARGIN;
            float size = 9f;
            float padding = 5f;
            float[] widths = columnWidths(table, columns, numeric, size, padding);
            for (float smaller : new float[] {8f, 7f, 6.5f}) {
                if (sum(widths) <= available) {
                    break;
                }
                size = smaller;
                padding = 3f;
                widths = columnWidths(table, columns, numeric, size, padding);
            }
            Font plain = new Font(regular, size, Font.NORMAL, INK);
            Font strong = new Font(bold, size, Font.NORMAL, INK);

            PdfPTable pdf = new PdfPTable(columns);
            pdf.setWidthPercentage(100);
            pdf.setSpacingBefore(6f);
            pdf.setSpacingAfter(12f);
            pdf.setWidths(widths);
            pdf.setHeaderRows(2);

            PdfPCell captionCell = new PdfPCell(new Phrase(table.caption(), caption));
            captionCell.setColspan(columns);
            captionCell.setBorder(Rectangle.NO_BORDER);
            captionCell.setPaddingLeft(0f);
            captionCell.setPaddingBottom(5f);
            pdf.addCell(captionCell);
            for (int c = 0; c < columns; c++) {
                String text = c < table.header().size() ? table.header().get(c) : "";
                PdfPCell header = cell(text, strong, numeric[c], padding);
                header.setBackgroundColor(HEADER_FILL);
                header.setBorder(Rectangle.BOTTOM);
                header.setBorderColor(ACCENT);
                header.setBorderWidth(0.8f);
                pdf.addCell(header);
            }
            if (table.rows().isEmpty()) {
                // A table of header rows only would not be printed at all; an empty one still says so.
                PdfPCell none = cell("—", plain, false, padding);
                none.setColspan(columns);
                none.setBorder(Rectangle.BOTTOM);
                none.setBorderColor(RULE);
                pdf.addCell(none);
            }
            for (int r = 0; r < table.rows().size(); r++) {
                boolean total = table.isTotalRow(r);
                boolean firstTotal = total && (r == 0 || !table.isTotalRow(r - 1));
                List<Cell> row = table.rows().get(r);
                for (int c = 0; c < row.size(); c++) {
                    PdfPCell pdfCell = cell(row.get(c).text(), total ? strong : plain, numeric[c], padding);
                    pdfCell.setBorder(Rectangle.BOTTOM | (firstTotal ? Rectangle.TOP : 0));
                    pdfCell.setBorderColorBottom(RULE);
                    pdfCell.setBorderWidthBottom(0.4f);
                    if (firstTotal) {
                        pdfCell.setBorderColorTop(ACCENT);
                        pdfCell.setBorderWidthTop(0.8f);
                    }
                    if (total) {
                        pdfCell.setBackgroundColor(TOTAL_FILL);
                    } else if (r % 2 == 1) {
                        pdfCell.setBackgroundColor(STRIPE_FILL);
                    }
                    pdf.addCell(pdfCell);
                }
            }
            return pdf;
        }

        private PdfPCell cell(String text, Font font, boolean right, float padding) {
            PdfPCell pdfCell = new PdfPCell(new Phrase(text, font));
            pdfCell.setHorizontalAlignment(right ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
            pdfCell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            pdfCell.setPaddingTop(3f);
            pdfCell.setPaddingBottom(4.5f);
            pdfCell.setPaddingLeft(padding);
            pdfCell.setPaddingRight(padding);
            pdfCell.setUseAscender(true);
            return pdfCell;
        }

        /**
         * Each column as wide as its widest text (bold for titles and totals) plus padding; a text column
         * at most 200 points (longer texts wrap), a count column never narrower than its texts.
         */
        private float[] columnWidths(Table table, int columns, boolean[] numeric, float size, float padding) {
            float[] widths = new float[columns];
            for (int c = 0; c < columns; c++) {
                float widest = c < table.header().size() ? longestWord(table.header().get(c), bold, size) : 0f;
                for (int r = 0; r < table.rows().size(); r++) {
                    String text = table.rows().get(r).get(c).text();
                    widest = Math.max(widest, (table.isTotalRow(r) ? bold : regular).getWidthPoint(text, size));
                }
                float width = widest + 2 * padding + 2f;
                widths[c] = numeric[c] ? Math.max(24f, width) : Math.max(36f, Math.min(width, 200f));
            }
            return widths;
        }

        /** A column title may wrap between words, so its longest word is what must fit. */
        private static float longestWord(String text, BaseFont font, float size) {
            float widest = 0f;
            for (String word : text.split("\\s+")) {
                widest = Math.max(widest, font.getWidthPoint(word, size));
            }
            return widest;
        }

        private static float sum(float[] values) {
            float sum = 0f;
            for (float value : values) {
                sum += value;
            }
            return sum;
        }

        /** Caption and chart kept together on one page; the chart drawn as vectors into a form of its own. */
        private PdfPTable chart(String captionText, org.jfree.chart.JFreeChart chart) {
            PdfTemplate form = writer.getDirectContent().createTemplate(Charts.WIDTH, Charts.HEIGHT);
            java.awt.Graphics2D g2 = form.createGraphics(Charts.WIDTH, Charts.HEIGHT, fontMapper);
            try {
                Charts.draw(chart, g2, null);
            } finally {
                g2.dispose();
            }
            Image image = Image.getInstance(form);
            image.setAlt(captionText);
            PdfPTable frame = new PdfPTable(1);
            frame.setWidthPercentage(100);
            frame.setKeepTogether(true);
            frame.setSpacingBefore(6f);
            frame.setSpacingAfter(12f);
            PdfPCell captionCell = new PdfPCell(new Phrase(captionText, caption));
            captionCell.setBorder(Rectangle.NO_BORDER);
            captionCell.setPaddingLeft(0f);
            captionCell.setPaddingBottom(5f);
            frame.addCell(captionCell);
            PdfPCell imageCell = new PdfPCell(image, false);
            imageCell.setBorder(Rectangle.NO_BORDER);
            imageCell.setHorizontalAlignment(Element.ALIGN_CENTER);
            imageCell.setPadding(0f);
            frame.addCell(imageCell);
            return frame;
        }

        /**
         * Running title (from page 2), footer and "pagina X van Y" on every page. Y is known only at the
         * end, so each page's number is a small template, filled in right-aligned when the document closes.
         */
        private final class PageDecoration extends PdfPageEventHelper {
            private static final float SIZE = 8f;
            private static final float NUMBER_WIDTH = 120f;
            private final List<PdfTemplate> numbers = new java.util.ArrayList<>();

            @Override
            public void onEndPage(com.lowagie.text.pdf.PdfWriter writer, Document document) {
                PdfContentByte canvas = writer.getDirectContent();
                float left = document.left();
                float right = document.right();
                Font small = new Font(regular, SIZE, Font.NORMAL, MUTED);

                if (writer.getPageNumber() > 1) {
                    float top = document.top() + 22f;
                    ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(publication.title(), small),
                            left, top, 0);
                    rule(canvas, left, right, top - 5f);
                }

                float baseline = document.bottom() - 30f;
                rule(canvas, left, right, baseline + 12f);
                PdfTemplate number = canvas.createTemplate(NUMBER_WIDTH, SIZE + 6f);
                numbers.add(number);
                canvas.addTemplate(number, right - NUMBER_WIDTH, baseline - 3f);
                if (publication.footer() != null && !publication.footer().isBlank()) {
                    ColumnText footer = new ColumnText(canvas);
                    footer.setSimpleColumn(new Phrase(publication.footer().replace('\n', ' '), small),
                            left, baseline - 4f, right - NUMBER_WIDTH - 12f, baseline + SIZE + 2f, SIZE + 2f,
                            Element.ALIGN_LEFT);
                    footer.go();
                }
            }

            @Override
            public void onCloseDocument(com.lowagie.text.pdf.PdfWriter writer, Document document) {
                Font small = new Font(regular, SIZE, Font.NORMAL, MUTED);
                for (int page = 1; page <= numbers.size(); page++) {
                    ColumnText.showTextAligned(numbers.get(page - 1), Element.ALIGN_RIGHT,
                            new Phrase(texts.format("page.number", page, numbers.size()), small), NUMBER_WIDTH, 3f, 0);
                }
            }

            private void rule(PdfContentByte canvas, float left, float right, float y) {
                canvas.saveState();
                canvas.setColorStroke(RULE);
                canvas.setLineWidth(0.5f);
                canvas.moveTo(left, y);
                canvas.lineTo(right, y);
                canvas.stroke();
                canvas.restoreState();
            }
        }
    }
}

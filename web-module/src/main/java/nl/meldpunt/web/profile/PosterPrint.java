package nl.meldpunt.web.profile;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import nl.meldpunt.profile.IntroductionMaterial;
import nl.meldpunt.profile.PublicProfile;

/**
 * The printed introduction material of an organisation (issue 14, seed 003 §3 "digital and physical information
 * material"): an A4 poster or an A5 flyer in its colours, with its logo, the entry address as text and as a QR code,
 * and its confidants (photo, name, phone, availability, languages). Liberation Sans is embedded, as in HR's reports.
 * An SVG logo (drawn before uploads were checked) is left out: the PDF shows the name in the colour band instead.
 */
public final class PosterPrint {

    /** The two formats: a poster for a notice board, a flyer to hand out or lay down. */
    public enum Format { POSTER, FLYER }

    private static final byte[] REGULAR = font("liberation/LiberationSans-Regular.ttf");
    private static final byte[] BOLD = font("liberation/LiberationSans-Bold.ttf");

    private PosterPrint() {
    }

    /**
     * @param entryUrl the absolute address of the organisation's entry page, printed and encoded in the QR code
     * @return the PDF
     */
    public static byte[] render(IntroductionMaterial material, String entryUrl, Format format, Locale locale) {
        ResourceBundle texts = ResourceBundle.getBundle("nl.meldpunt.web.Messages", locale);
        boolean poster = format == Format.POSTER;
        float scale = poster ? 1f : 0.72f;
        Color primary = Color.decode(material.primaryColour());
        Color accent = Color.decode(material.accentColour());
        BaseFont regular = baseFont(false);
        BaseFont bold = baseFont(true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Rectangle page = poster ? PageSize.A4 : PageSize.A5;
        Document document = new Document(page, 40 * scale, 40 * scale, 36 * scale, 36 * scale);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
            document.addTitle(MessageFormat.format(texts.getString("material.title"), material.name()));
            writer.getExtraCatalog().put(com.lowagie.text.pdf.PdfName.LANG, new com.lowagie.text.pdf.PdfString(locale.toLanguageTag()));
            document.addCreator("Meldpunt");
            document.open();

            PdfPTable band = new PdfPTable(1);
            band.setWidthPercentage(100);
            PdfPCell bandCell = new PdfPCell();
            bandCell.setBackgroundColor(primary);
            bandCell.setBorder(Rectangle.NO_BORDER);
            bandCell.setPadding(14 * scale);
            Image logo = raster(material.logoContentType(), material.logo());
            if (logo != null) {
                logo.scaleToFit(220 * scale, 70 * scale);
                PdfPTable logoBox = new PdfPTable(1);
                logoBox.setTotalWidth(logo.getScaledWidth() + 12 * scale);
                logoBox.setLockedWidth(true);
                logoBox.setHorizontalAlignment(Element.ALIGN_LEFT);
                PdfPCell white = new PdfPCell(logo, false);
                white.setBackgroundColor(Color.WHITE);
                white.setBorder(Rectangle.NO_BORDER);
                white.setPadding(6 * scale);
                logoBox.addCell(white);
                bandCell.addElement(logoBox);
            }
            Paragraph name = new Paragraph(material.name(), new Font(bold, 20 * scale, Font.NORMAL, Color.WHITE));
            name.setSpacingBefore(logo == null ? 0 : 8 * scale);
            bandCell.addElement(name);
            bandCell.addElement(new Paragraph(texts.getString("material.tagline"), new Font(regular, 12 * scale, Font.NORMAL, Color.WHITE)));
            band.addCell(bandCell);
            PdfPCell stripe = new PdfPCell();
            stripe.setFixedHeight(6 * scale);
            stripe.setBackgroundColor(accent);
            stripe.setBorder(Rectangle.NO_BORDER);
            band.addCell(stripe);
            document.add(band);

            Paragraph headline = new Paragraph(texts.getString("material.headline"), new Font(bold, 26 * scale, Font.NORMAL, primary));
            headline.setSpacingBefore(18 * scale);
            headline.setLeading(30 * scale);
            document.add(headline);
            Paragraph lead = new Paragraph(texts.getString("material.lead"), new Font(regular, 14 * scale));
            lead.setSpacingBefore(8 * scale);
            lead.setLeading(19 * scale);
            document.add(lead);

            PdfPTable reach = new PdfPTable(new float[] {1f, 1.4f});
            reach.setWidthPercentage(100);
            reach.setSpacingBefore(16 * scale);
            Image qr = Image.getInstance(qrCode(entryUrl), null);
            qr.scaleToFit(170 * scale, 170 * scale);
            PdfPCell qrCell = new PdfPCell(qr, false);
            qrCell.setBorder(Rectangle.NO_BORDER);
            qrCell.setPadding(0);
            reach.addCell(qrCell);
            PdfPCell how = new PdfPCell();
            how.setBorder(Rectangle.NO_BORDER);
            how.setVerticalAlignment(Element.ALIGN_MIDDLE);
            how.addElement(new Paragraph(texts.getString("material.scan"), new Font(regular, 13 * scale)));
            Paragraph url = new Paragraph(entryUrl, new Font(bold, 15 * scale, Font.NORMAL, primary));
            url.setSpacingBefore(4 * scale);
            how.addElement(url);
            Paragraph safe = new Paragraph(texts.getString("material.safe"), new Font(regular, 11 * scale));
            safe.setSpacingBefore(10 * scale);
            safe.setLeading(15 * scale);
            how.addElement(safe);
            reach.addCell(how);
            document.add(reach);

            if (!material.confidants().isEmpty()) {
                Paragraph heading = new Paragraph(texts.getString("material.confidants"), new Font(bold, 16 * scale, Font.NORMAL, primary));
                heading.setSpacingBefore(16 * scale);
                heading.setSpacingAfter(6 * scale);
                document.add(heading);
                PdfPTable people = new PdfPTable(new float[] {0.22f, 1f});
                people.setWidthPercentage(100);
                for (IntroductionMaterial.Confidant confidant : material.confidants()) {
                    Image photo = raster(confidant.photoContentType(), confidant.photo());
                    PdfPCell photoCell = photo == null ? new PdfPCell() : new PdfPCell(photo, true);
                    photoCell.setBorder(Rectangle.NO_BORDER);
                    photoCell.setPadding(4 * scale);
                    people.addCell(photoCell);
                    people.addCell(person(confidant.profile(), texts, locale, regular, bold, scale));
                }
                document.add(people);
            }
            Paragraph footer = new Paragraph(texts.getString("material.footer"), new Font(regular, 10 * scale, Font.NORMAL, new Color(0x44, 0x4c, 0x56)));
            footer.setSpacingBefore(14 * scale);
            document.add(footer);
            document.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("The introduction material could not be drawn", e);
        }
        return out.toByteArray();
    }

    private static PdfPCell person(PublicProfile p, ResourceBundle texts, Locale locale, BaseFont regular, BaseFont bold, float scale) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(4 * scale);
        cell.addElement(new Paragraph(p.name(), new Font(bold, 13 * scale)));
        Font text = new Font(regular, 11 * scale);
        Font label = new Font(bold, 11 * scale);
        if (!p.phone().isEmpty()) {
            cell.addElement(fact(texts.getString("entry.confidants.phone"), p.phone(), label, text));
        }
        if (!p.availability().isEmpty()) {
            cell.addElement(fact(texts.getString("entry.confidants.availability"), p.availability(), label, text));
        }
        cell.addElement(fact(texts.getString("entry.confidants.languages"),
                p.languages().stream().map(code -> ProfilePhotos.languageName(code, locale)).collect(Collectors.joining(", ")), label, text));
        return cell;
    }

    private static Paragraph fact(String name, String value, Font label, Font text) {
        Paragraph line = new Paragraph();
        line.add(new Chunk(name + ": ", label));
        line.add(new Chunk(value, text));
        return line;
    }

    /** The QR code of the address, black on white, with the quiet zone the standard asks for, as a PNG. */
    private static java.awt.Image qrCode(String url) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 600, 600,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(matrix.getWidth(), matrix.getHeight(),
                    java.awt.image.BufferedImage.TYPE_BYTE_BINARY);
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
                }
            }
            return image;
        } catch (WriterException e) {
            throw new IllegalStateException("The QR code could not be made", e);
        }
    }

    /** A PNG or JPEG as a PDF image; null for none or an SVG. */
    private static Image raster(String contentType, byte[] bytes) throws IOException {
        if (bytes == null || !("image/png".equals(contentType) || "image/jpeg".equals(contentType))) {
            return null;
        }
        return Image.getInstance(bytes);
    }

    private static BaseFont baseFont(boolean bold) {
        try {
            return BaseFont.createFont(bold ? "LiberationSans-Bold.ttf" : "LiberationSans-Regular.ttf", BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED, false, bold ? BOLD : REGULAR, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] font(String resource) {
        try (InputStream in = PosterPrint.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font " + resource + " is missing from the class path (openpdf-fonts-extra)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

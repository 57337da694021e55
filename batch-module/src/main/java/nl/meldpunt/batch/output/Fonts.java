package nl.meldpunt.batch.output;

import com.lowagie.text.pdf.BaseFont;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The one typeface of every output: Liberation Sans, shipped in the application (openpdf-fonts-extra,
 * SIL Open Font License 1.1), embedded (subset) in each PDF and drawn into the charts, so nothing
 * depends on the server's system fonts or a network.
 */
final class Fonts {

    private static final String REGULAR = "liberation/LiberationSans-Regular.ttf";
    private static final String BOLD = "liberation/LiberationSans-Bold.ttf";

    private static final byte[] REGULAR_TTF = load(REGULAR);
    private static final byte[] BOLD_TTF = load(BOLD);
    private static final Font AWT_REGULAR = awt(REGULAR_TTF);
    private static final Font AWT_BOLD = awt(BOLD_TTF);

    private Fonts() {
    }

    /** A fresh PDF font (each document embeds the subset it used). */
    static BaseFont pdf(boolean bold) {
        try {
            return BaseFont.createFont(bold ? "LiberationSans-Bold.ttf" : "LiberationSans-Regular.ttf",
                    BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bold ? BOLD_TTF : REGULAR_TTF, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same typeface for Java2D (the charts), at a size in points. */
    static Font awt(boolean bold, float size) {
        return (bold ? AWT_BOLD : AWT_REGULAR).deriveFont(size);
    }

    /** Whether a Java2D font is the bold face (a font read from a file says so in its name, not its style). */
    static boolean isBold(Font font) {
        return font.isBold() || font.getFontName().contains("Bold");
    }

    private static byte[] load(String resource) {
        try (InputStream in = Fonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font " + resource + " is missing from the class path (openpdf-fonts-extra)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Font awt(byte[] ttf) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new java.io.ByteArrayInputStream(ttf));
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("Cannot read the shipped font", e);
        }
    }
}

package nl.meldpunt.attachment;

import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import nl.meldpunt.organisation.LogoCheck;
import nl.meldpunt.organisation.Organisation;
import nl.meldpunt.organisation.SettingsRefused;

/**
 * An organisation's logo (issue 13), judged as a reporter's photo is: by its bytes, never by its name or
 * the browser's claim ({@link AttachmentPolicy#detect}), and cleaned by {@link ImageCleaner}, so no
 * metadata (EXIF, text chunks, comments) reaches the entry page. Only PNG and JPEG: an SVG is a document
 * that can carry script and links, and a photo format is all a logo needs. The header's width and height
 * are read before a single pixel is decoded: a small file that claims an enormous picture is refused at
 * once. The logo is scaled down into {@link LogoCheck#MAX_WIDTH} × {@link LogoCheck#MAX_HEIGHT} and stored
 * as PNG (transparency kept); only when that is too large for the database does it become a JPEG.
 */
@ApplicationScoped
public class LogoImages implements LogoCheck {

    /** Neither side may be longer: no logo needs it, and decoding it would cost the server's memory. */
    static final int MAX_SIDE = 10_000;
    /** And at most this many pixels in all. */
    static final long MAX_PIXELS = 40_000_000L;
    /** What the organisation table takes ({@link Organisation#changeLogo}). */
    static final int MAX_STORED_BYTES = 200_000;

    @Override
    public Cleaned clean(byte[] upload) {
        return clean(upload, MAX_UPLOAD_BYTES, MAX_WIDTH, MAX_HEIGHT, "logo", "admin.logo.");
    }

    /**
     * Judges and cleans an uploaded picture (a logo here, a confidant's photo in {@link PortraitPhotos}): {@code field}
     * and {@code keys} (the prefix of the message keys: empty, tooLarge, type, svg, unreadable, dimensions, tooDetailed)
     * name the refusal.
     */
    static Cleaned clean(byte[] upload, int maxUploadBytes, int maxWidth, int maxHeight, String field, String keys) {
        if (upload == null || upload.length == 0) {
            throw refused(field, keys + "empty");
        }
        if (upload.length > maxUploadBytes) {
            throw refused(field, keys + "tooLarge", String.valueOf(maxUploadBytes / (1024 * 1024)));
        }
        String detected = AttachmentPolicy.detect(upload);
        String format = switch (detected) {
            case AttachmentPolicy.PNG -> "png";
            case AttachmentPolicy.JPEG -> "jpeg";
            case "image/svg+xml" -> throw refused(field, keys + "svg");
            default -> throw refused(field, keys + "type");
        };
        BufferedImage pixels;
        try {
            long[] size = ImageCleaner.dimensions(upload, format);
            if (size[0] <= 0 || size[1] <= 0 || size[0] > MAX_SIDE || size[1] > MAX_SIDE || size[0] * size[1] > MAX_PIXELS) {
                throw refused(field, keys + "dimensions", String.valueOf(MAX_SIDE));
            }
            pixels = ImageCleaner.pixels(upload, format);
        } catch (ImageCleaner.Unreadable e) {
            throw refused(field, keys + "unreadable");
        }
        BufferedImage scaled = fit(pixels, maxWidth, maxHeight);
        try {
            byte[] png = ImageCleaner.encode(scaled, "png");
            if (png.length <= MAX_STORED_BYTES) {
                return new Cleaned(AttachmentPolicy.PNG, png, scaled.getWidth(), scaled.getHeight());
            }
            BufferedImage opaque = ImageCleaner.opaque(scaled);
            for (float quality : new float[] {0.9f, 0.75f, 0.6f}) {
                byte[] jpeg = ImageCleaner.encode(opaque, "jpeg", quality);
                if (jpeg.length <= MAX_STORED_BYTES) {
                    return new Cleaned(AttachmentPolicy.JPEG, jpeg, scaled.getWidth(), scaled.getHeight());
                }
            }
        } catch (ImageCleaner.Unreadable e) {
            throw refused(field, keys + "unreadable");
        }
        throw refused(field, keys + "tooDetailed");
    }

    /** The image scaled down (never up) to fit the box, in halving steps so that thin lines stay smooth. */
    static BufferedImage fit(BufferedImage image, int maxWidth, int maxHeight) {
        double factor = Math.min(1.0, Math.min((double) maxWidth / image.getWidth(), (double) maxHeight / image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * factor));
        int height = Math.max(1, (int) Math.round(image.getHeight() * factor));
        int type = image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        BufferedImage current = image;
        int w = image.getWidth();
        int h = image.getHeight();
        do {
            w = Math.max(width, w / 2);
            h = Math.max(height, h / 2);
            if (factor == 1.0) {
                w = width;
                h = height;
            }
            current = draw(current, w, h, type);
        } while (w != width || h != height);
        return current;
    }

    private static BufferedImage draw(BufferedImage source, int width, int height, int type) {
        BufferedImage target = new BufferedImage(width, height, type);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static SettingsRefused refused(String field, String key, String... args) {
        return new SettingsRefused(List.of(new SettingsRefused.Problem(field, key, List.of(args))));
    }
}

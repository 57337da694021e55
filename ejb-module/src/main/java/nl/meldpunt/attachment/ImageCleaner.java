package nl.meldpunt.attachment;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Removes everything from a photo except its pixels: it is decoded and encoded again through
 * {@code javax.imageio}, without metadata, so EXIF (with GPS position, camera serial number, time),
 * XMP, IPTC, comments and PNG text chunks are gone. A phone photo can tell where the reporter lives
 * or works; the reporter is told that this happens.
 *
 * <p>A JPEG's EXIF orientation is applied to the pixels first, so a photo taken upright stays upright
 * once the tag is gone. Very large images are decoded at a reduced resolution (at most
 * {@link #MAX_PIXELS}), which bounds the memory one upload can take; images beyond
 * {@link #MAX_SOURCE_PIXELS} are refused, since decoding them would take the server's time. GIF
 * keeps its first frame only. Everything happens in memory: ImageIO's file cache is not used, so the
 * unsealed picture never reaches the disk.
 */
final class ImageCleaner {

    /** The largest image kept at full resolution: 24 megapixels (about 100 MB while decoding). */
    static final long MAX_PIXELS = 24_000_000L;
    /** Larger than any photo that fits in {@link AttachmentPolicy#MAX_FILE_BYTES}; beyond this, refused. */
    static final long MAX_SOURCE_PIXELS = 150_000_000L;

    private static final float JPEG_QUALITY = 0.9f;

    /** The image cannot be decoded (damaged, not really an image, or an unsupported variant such as CMYK). */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String reason, Throwable cause) {
            super(reason, cause);
        }

        Unreadable(String reason) {
            super(reason);
        }
    }

    private ImageCleaner() {
    }

    /**
     * @param format the ImageIO format name of the detected type: {@code jpeg}, {@code png} or {@code gif}
     * @return the same picture in the same format, without metadata
     */
    static byte[] clean(byte[] bytes, String format) throws Unreadable {
        return encode(pixels(bytes, format), format);
    }

    /** The picture's pixels only, upright (a JPEG's EXIF orientation applied); the metadata stays behind. */
    static BufferedImage pixels(byte[] bytes, String format) throws Unreadable {
        BufferedImage image = decode(bytes, format);
        if (format.equals("jpeg")) {
            image = orient(opaque(image), ExifOrientation.of(bytes));
        }
        return image;
    }

    /**
     * The width and height an image's header claims, read without decoding a single pixel, so that a
     * small file that claims an enormous picture (a decompression bomb) is refused before it costs memory.
     */
    static long[] dimensions(byte[] bytes, String format) throws Unreadable {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            throw new Unreadable("No reader for " + format);
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            return new long[] {reader.getWidth(0), reader.getHeight(0)};
        } catch (IOException | RuntimeException e) {
            throw new Unreadable("Image header cannot be read", e);
        } finally {
            reader.dispose();
        }
    }

    private static BufferedImage decode(byte[] bytes, String format) throws Unreadable {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            throw new Unreadable("No reader for " + format);
        }
        ImageReader reader = readers.next();
        // Memory caches, never ImageIO's default file cache: the unsealed photo must not reach the disk.
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            long width = reader.getWidth(0);
            long height = reader.getHeight(0);
            long pixels = width * height;
            if (width <= 0 || height <= 0 || pixels > MAX_SOURCE_PIXELS) {
                throw new Unreadable("Image dimensions out of range");
            }
            ImageReadParam param = reader.getDefaultReadParam();
            int step = subsampling(pixels);
            if (step > 1) {
                param.setSourceSubsampling(step, step, 0, 0);
            }
            BufferedImage image = reader.read(0, param);
            if (image == null) {
                throw new Unreadable("No image");
            }
            return image;
        } catch (IOException | RuntimeException e) {
            throw new Unreadable("Image cannot be decoded", e);
        } finally {
            reader.dispose();
        }
    }

    /** The smallest whole step that brings the image within {@link #MAX_PIXELS}. */
    static int subsampling(long pixels) {
        int step = 1;
        while (pixels / ((long) step * step) > MAX_PIXELS) {
            step++;
        }
        return step;
    }

    /** JPEG has no transparency, and the writer wants a plain RGB or grey raster. */
    static BufferedImage opaque(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_3BYTE_BGR || image.getType() == BufferedImage.TYPE_INT_RGB
                || image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return image;
        }
        return draw(image, new AffineTransform(), image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    }

    /** Applies EXIF orientation 1–8 (TIFF tag 274) to the pixels. */
    static BufferedImage orient(BufferedImage image, int orientation) {
        double w = image.getWidth();
        double h = image.getHeight();
        AffineTransform t = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
            default -> null;
        };
        if (t == null) {
            return image;
        }
        boolean turned = orientation >= 5;
        int type = image.getType() == BufferedImage.TYPE_BYTE_GRAY ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_INT_RGB;
        return draw(image, t, turned ? image.getHeight() : image.getWidth(), turned ? image.getWidth() : image.getHeight(), type);
    }

    private static BufferedImage draw(BufferedImage source, AffineTransform transform, int width, int height, int type) {
        BufferedImage target = new BufferedImage(width, height, type);
        Graphics2D g = target.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.drawImage(source, transform, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    static byte[] encode(BufferedImage image, String format) throws Unreadable {
        return encode(image, format, JPEG_QUALITY);
    }

    /** @param jpegQuality 0 to 1, for JPEG only */
    static byte[] encode(BufferedImage image, String format, float jpegQuality) throws Unreadable {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(format);
        if (!writers.hasNext()) {
            throw new Unreadable("No writer for " + format);
        }
        ImageWriter writer = writers.next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (format.equals("jpeg")) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(jpegQuality);
            }
            // No metadata passed: the writer adds only what the format needs (a bare JFIF header for JPEG).
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException | RuntimeException e) {
            throw new Unreadable("Image cannot be encoded", e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /**
     * Reads the orientation tag from a JPEG's EXIF block (APP1, IFD0 tag 274) and nothing else. Any
     * damage gives orientation 1 (as stored), which at worst shows a photo turned.
     */
    static final class ExifOrientation {

        private ExifOrientation() {
        }

        static int of(byte[] jpeg) {
            try {
                return read(jpeg);
            } catch (RuntimeException damaged) {
                return 1;
            }
        }

        private static int read(byte[] b) {
            if (b.length < 4 || (b[0] & 0xFF) != 0xFF || (b[1] & 0xFF) != 0xD8) {
                return 1;
            }
            int p = 2;
            while (p + 4 <= b.length) {
                if ((b[p] & 0xFF) != 0xFF) {
                    return 1;
                }
                int marker = b[p + 1] & 0xFF;
                if (marker == 0xFF) {
                    p++;
                    continue;
                }
                if (marker == 0xDA || marker == 0xD9) {
                    return 1;
                }
                int length = (b[p + 2] & 0xFF) << 8 | (b[p + 3] & 0xFF);
                int data = p + 4;
                if (marker == 0xE1 && length >= 8 && data + 6 <= b.length && b[data] == 'E' && b[data + 1] == 'x'
                        && b[data + 2] == 'i' && b[data + 3] == 'f' && b[data + 4] == 0 && b[data + 5] == 0) {
                    return fromTiff(b, data + 6, Math.min(b.length, p + 2 + length));
                }
                p += 2 + length;
            }
            return 1;
        }

        private static int fromTiff(byte[] b, int tiff, int end) {
            if (tiff + 8 > end) {
                return 1;
            }
            boolean little;
            if (b[tiff] == 'I' && b[tiff + 1] == 'I') {
                little = true;
            } else if (b[tiff] == 'M' && b[tiff + 1] == 'M') {
                little = false;
            } else {
                return 1;
            }
            int ifd = tiff + (int) u32(b, tiff + 4, little);
            if (ifd < tiff || ifd + 2 > end) {
                return 1;
            }
            int count = u16(b, ifd, little);
            for (int i = 0; i < count; i++) {
                int entry = ifd + 2 + 12 * i;
                if (entry + 12 > end) {
                    return 1;
                }
                if (u16(b, entry, little) == 0x0112 && u16(b, entry + 2, little) == 3) {
                    int value = u16(b, entry + 8, little);
                    return value >= 1 && value <= 8 ? value : 1;
                }
            }
            return 1;
        }

        private static int u16(byte[] b, int p, boolean little) {
            return little ? (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8 : (b[p] & 0xFF) << 8 | (b[p + 1] & 0xFF);
        }

        private static long u32(byte[] b, int p, boolean little) {
            return little
                    ? (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8 | (b[p + 2] & 0xFF) << 16 | (long) (b[p + 3] & 0xFF) << 24
                    : (long) (b[p] & 0xFF) << 24 | (b[p + 1] & 0xFF) << 16 | (b[p + 2] & 0xFF) << 8 | (b[p + 3] & 0xFF);
        }
    }
}

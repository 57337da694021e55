package nl.meldpunt.attachment;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** Builds the files the attachment tests upload, byte by byte where the metadata matters. */
final class TestFiles {

    static final String SECRET_CAMERA = "SECRET-CAMERA-SERIAL";
    static final String SECRET_COMMENT = "SECRET-COMMENT-Dorpsstraat-12";
    static final String SECRET_XMP = "SECRET-XMP-Creator";
    /** 52 degrees 22 minutes 12.34 seconds: Amsterdam, as EXIF rationals. */
    static final int[] LATITUDE = {52, 1, 22, 1, 1234, 100};

    private TestFiles() {
    }

    /** A picture with a red top-left corner on blue, so orientation and content can be checked. */
    static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLUE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 4, height / 4);
        g.dispose();
        return image;
    }

    static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A JPEG as a phone writes it: after SOI an EXIF APP1 segment (IFD0 with camera make,
     * orientation and a pointer to a GPS IFD with latitude N 52°22'12.34"), an XMP APP1 segment
     * and a COM comment segment, then the image ImageIO made.
     */
    static byte[] jpegWithMetadata(int width, int height, int orientation) {
        byte[] plain = encode(picture(width, height), "jpeg");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2);
        segment(out, 0xE1, exif(orientation));
        segment(out, 0xE1, concat("http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.US_ASCII),
                ("<x:xmpmeta xmlns:x='adobe:ns:meta/'><dc:creator>" + SECRET_XMP + "</dc:creator></x:xmpmeta>")
                        .getBytes(StandardCharsets.UTF_8)));
        segment(out, 0xFE, SECRET_COMMENT.getBytes(StandardCharsets.US_ASCII));
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    /** "Exif\0\0" + a little-endian TIFF structure. */
    static byte[] exif(int orientation) {
        byte[] make = (SECRET_CAMERA + "\0").getBytes(StandardCharsets.US_ASCII);
        int ifd0 = 8;
        int ifd0Entries = 3;
        int ifd0Size = 2 + 12 * ifd0Entries + 4;
        int makeAt = ifd0 + ifd0Size;
        int gps = makeAt + make.length;
        int gpsEntries = 2;
        int gpsSize = 2 + 12 * gpsEntries + 4;
        int latitudeAt = gps + gpsSize;
        ByteBuffer tiff = ByteBuffer.allocate(latitudeAt + 24).order(ByteOrder.LITTLE_ENDIAN);
        tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(ifd0);
        tiff.putShort((short) ifd0Entries);
        entry(tiff, 0x010F, 2, make.length, makeAt);            // Make (ASCII, elsewhere)
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        entry(tiff, 0x8825, 4, 1, gps);                         // GPS IFD pointer
        tiff.putInt(0);
        tiff.put(make);
        tiff.putShort((short) gpsEntries);
        tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
        entry(tiff, 0x0002, 5, 3, latitudeAt);                  // GPSLatitude, 3 rationals
        tiff.putInt(0);
        for (int v : LATITUDE) {
            tiff.putInt(v);
        }
        return concat("Exif\0\0".getBytes(StandardCharsets.US_ASCII), tiff.array());
    }

    /** The EXIF latitude rationals as they sit in the file: the GPS data to look for. */
    static byte[] latitudeBytes() {
        ByteBuffer b = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
        for (int v : LATITUDE) {
            b.putInt(v);
        }
        return b.array();
    }

    private static void entry(ByteBuffer tiff, int tag, int type, int count, int value) {
        tiff.putShort((short) tag).putShort((short) type).putInt(count).putInt(value);
    }

    private static void segment(ByteArrayOutputStream out, int marker, byte[] data) {
        out.write(0xFF);
        out.write(marker);
        int length = data.length + 2;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(data, 0, data.length);
    }

    /** A PNG (with alpha) carrying a tEXt chunk, an iTXt chunk and an eXIf chunk right after IHDR. */
    static byte[] pngWithMetadata(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(255, 0, 0, 128));
        g.fillRect(0, 0, width, height);
        g.dispose();
        byte[] plain = encode(image, "png");
        int afterHeader = 8 + 4 + 4 + 13 + 4;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, afterHeader);
        chunk(out, "tEXt", ("Comment\0" + SECRET_COMMENT).getBytes(StandardCharsets.ISO_8859_1));
        chunk(out, "iTXt", ("XML:com.adobe.xmp\0\0\0\0\0" + SECRET_XMP).getBytes(StandardCharsets.UTF_8));
        chunk(out, "eXIf", java.util.Arrays.copyOfRange(exif(1), 6, exif(1).length));
        out.write(plain, afterHeader, plain.length - afterHeader);
        return out.toByteArray();
    }

    static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** A GIF with a comment extension block before the image. */
    static byte[] gifWithComment(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.GREEN);
        g.fillRect(0, 0, width, height);
        g.dispose();
        byte[] plain = encode(image, "gif");
        int colourTableBytes = (plain[10] & 0x80) != 0 ? 3 * (1 << ((plain[10] & 0x07) + 1)) : 0;
        int afterHeader = 13 + colourTableBytes;
        byte[] comment = SECRET_COMMENT.getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, afterHeader);
        out.write(0x21);
        out.write(0xFE);
        out.write(comment.length);
        out.writeBytes(comment);
        out.write(0);
        out.write(plain, afterHeader, plain.length - afterHeader);
        return out.toByteArray();
    }

    /** A PNG whose header claims an enormous image: a decompression bomb's first step. */
    static byte[] pngClaiming(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0).array());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    static byte[] zip(Map<String, byte[]> entries) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                    ZipEntry entry = new ZipEntry(e.getKey());
                    if (e.getKey().equals("mimetype")) {
                        entry.setMethod(ZipEntry.STORED);
                        entry.setSize(e.getValue().length);
                        CRC32 crc = new CRC32();
                        crc.update(e.getValue());
                        entry.setCrc(crc.getValue());
                    }
                    zip.putNextEntry(entry);
                    zip.write(e.getValue());
                    zip.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, byte[]> officeOpenXml(String mainPart, String mainContentType, String... extra) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", ("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                <Default Extension="xml" ContentType="application/xml"/>
                <Override PartName="/%s" ContentType="%s"/>
                </Types>""".formatted(mainPart, mainContentType)).getBytes(StandardCharsets.UTF_8));
        entries.put("_rels/.rels", "<Relationships/>".getBytes(StandardCharsets.UTF_8));
        entries.put(mainPart, "<document/>".getBytes(StandardCharsets.UTF_8));
        for (String name : extra) {
            entries.put(name, new byte[] {1, 2, 3});
        }
        return entries;
    }

    static byte[] docx(String... extra) {
        return zip(officeOpenXml("word/document.xml",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", extra));
    }

    static byte[] openDocument(String mimetype, String... extra) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("mimetype", mimetype.getBytes(StandardCharsets.US_ASCII));
        entries.put("content.xml", "<office:document-content/>".getBytes(StandardCharsets.UTF_8));
        entries.put("META-INF/manifest.xml", "<manifest:manifest/>".getBytes(StandardCharsets.UTF_8));
        for (String name : extra) {
            entries.put(name, new byte[] {1, 2, 3});
        }
        return zip(entries);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    static boolean contains(byte[] haystack, String ascii) {
        return contains(haystack, ascii.getBytes(StandardCharsets.US_ASCII));
    }

    /** A genuine OLE2 (compound) file, written by POI, with the streams and storages the consumer adds. */
    static byte[] compoundFile(Consumer<DirectoryEntry> content) {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.accept(fs.getRoot());
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void stream(DirectoryEntry directory, String name, byte[] content) {
        try {
            directory.createDocument(name, new ByteArrayInputStream(content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DirectoryEntry directory(DirectoryEntry parent, String name) {
        try {
            return parent.createDirectory(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

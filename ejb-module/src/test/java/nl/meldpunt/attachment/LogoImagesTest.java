package nl.meldpunt.attachment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import nl.meldpunt.organisation.LogoCheck;
import nl.meldpunt.organisation.SettingsRefused;
import org.junit.jupiter.api.Test;

/** Issue 13: the logo is judged by its bytes, cleaned of metadata, scaled into its box; bombs are refused unread. */
class LogoImagesTest {

    private final LogoImages logos = new LogoImages();

    @Test
    void aPngWithMetadataIsStoredAsAPngWithoutItWithinTheBox() throws Exception {
        byte[] upload = withText(png(1200, 300, BufferedImage.TYPE_INT_ARGB));
        LogoCheck.Cleaned cleaned = logos.clean(upload);
        assertEquals("image/png", cleaned.contentType());
        assertEquals(600, cleaned.width());
        assertEquals(150, cleaned.height());
        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(cleaned.image()));
        assertEquals(600, stored.getWidth());
        assertFalse(new String(cleaned.image(), StandardCharsets.ISO_8859_1).contains("Geheim"));
        assertEquals(true, stored.getColorModel().hasAlpha(), "transparency kept");
    }

    @Test
    void aSmallImageIsNotScaledUpAndAJpegIsTaken() throws Exception {
        BufferedImage image = new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        LogoCheck.Cleaned cleaned = logos.clean(out.toByteArray());
        assertEquals(120, cleaned.width());
        assertEquals(40, cleaned.height());
    }

    @Test
    void noiseThatStaysLargeAsPngBecomesAJpegWithinTheCap() throws Exception {
        BufferedImage image = new BufferedImage(600, 200, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(1);
        for (int y = 0; y < 200; y++) {
            for (int x = 0; x < 600; x++) {
                image.setRGB(x, y, random.nextInt());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        LogoCheck.Cleaned cleaned = logos.clean(out.toByteArray());
        assertEquals("image/jpeg", cleaned.contentType());
        assertEquals(true, cleaned.image().length <= LogoImages.MAX_STORED_BYTES);
    }

    @Test
    void refusalsNameTheirReason() throws Exception {
        assertReason("admin.logo.empty", new byte[0]);
        assertReason("admin.logo.tooLarge", new byte[LogoCheck.MAX_UPLOAD_BYTES + 1]);
        assertReason("admin.logo.type", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        assertReason("admin.logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>x</script></svg>".getBytes(StandardCharsets.UTF_8));
        assertReason("admin.logo.dimensions", header(50_000, 50_000));
        assertReason("admin.logo.unreadable", header(100, 100));
    }

    private void assertReason(String key, byte[] upload) {
        SettingsRefused refused = assertThrows(SettingsRefused.class, () -> logos.clean(upload));
        assertEquals("logo", refused.problems().get(0).field());
        assertEquals(key, refused.problems().get(0).key());
    }

    private static byte[] png(int width, int height, int type) throws Exception {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillOval(0, 0, width / 2, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static byte[] withText(byte[] png) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, 33);
        out.writeBytes(chunk("tEXt", "Comment\0Geheim adres".getBytes(StandardCharsets.ISO_8859_1)));
        out.write(png, 33, png.length - 33);
        return out.toByteArray();
    }

    /** A PNG signature and header claiming the size, and no pixel data worth the name. */
    private static byte[] header(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        out.writeBytes(chunk("IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2).array()));
        out.writeBytes(chunk("IEND", new byte[0]));
        return out.toByteArray();
    }

    private static byte[] chunk(String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(name).put(data).putInt((int) crc.getValue()).array();
    }
}

package nl.meldpunt.attachment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import nl.meldpunt.attachment.AttachmentPolicy.Accepted;
import nl.meldpunt.attachment.AttachmentPolicy.Decision;
import nl.meldpunt.attachment.AttachmentPolicy.Refused;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves that photos lose their metadata: the fixtures carry EXIF with GPS, XMP and comments (made
 * by hand in {@link TestFiles}); the test first checks that the originals really contain them, then
 * that the stored bytes do not, and that the picture itself survives.
 */
class ImageCleanerTest {

    private final AttachmentPolicy policy = new AttachmentPolicy();

    @Test
    void jpegLosesExifGpsXmpAndCommentButKeepsThePicture() throws IOException {
        byte[] original = TestFiles.jpegWithMetadata(64, 48, 1);
        assertTrue(TestFiles.contains(original, "Exif"), "fixture has EXIF");
        assertTrue(TestFiles.contains(original, TestFiles.latitudeBytes()), "fixture has the GPS latitude");
        assertTrue(TestFiles.contains(original, TestFiles.SECRET_CAMERA));
        assertTrue(TestFiles.contains(original, TestFiles.SECRET_XMP));
        assertTrue(TestFiles.contains(original, TestFiles.SECRET_COMMENT));
        assertNotNull(ImageIO.read(new ByteArrayInputStream(original)), "fixture is a valid JPEG");

        byte[] cleaned = accepted(original, AttachmentPolicy.JPEG).cleanedBytes();

        assertFalse(TestFiles.contains(cleaned, "Exif"), "no EXIF marker");
        assertFalse(TestFiles.contains(cleaned, TestFiles.latitudeBytes()), "no GPS latitude");
        assertFalse(TestFiles.contains(cleaned, TestFiles.SECRET_CAMERA));
        assertFalse(TestFiles.contains(cleaned, "http://ns.adobe.com/xap"), "no XMP");
        assertFalse(TestFiles.contains(cleaned, TestFiles.SECRET_XMP));
        assertFalse(TestFiles.contains(cleaned, TestFiles.SECRET_COMMENT), "no comment");
        assertEquals(0, markerCount(cleaned, 0xE1), "no APP1 segment at all");
        assertEquals(0, markerCount(cleaned, 0xFE), "no COM segment at all");

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(cleaned));
        assertEquals(64, image.getWidth());
        assertEquals(48, image.getHeight());
        assertClose(Color.RED, image.getRGB(2, 2));
        assertClose(Color.BLUE, image.getRGB(60, 44));
    }

    @Test
    void exifOrientationIsAppliedBeforeTheTagIsDropped() throws IOException {
        // Orientation 6: the camera was turned; the stored pixels must be rotated 90 degrees clockwise.
        byte[] original = TestFiles.jpegWithMetadata(80, 40, 6);
        assertEquals(6, ImageCleaner.ExifOrientation.of(original));

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(accepted(original, AttachmentPolicy.JPEG).cleanedBytes()));

        assertEquals(40, image.getWidth());
        assertEquals(80, image.getHeight());
        assertClose(Color.RED, image.getRGB(37, 2));  // the stored top-left corner is now top-right
        assertClose(Color.BLUE, image.getRGB(2, 2));
    }

    @Test
    void everyOrientationGivesTheRightShape() {
        BufferedImage source = TestFiles.picture(8, 4);
        for (int orientation = 1; orientation <= 8; orientation++) {
            BufferedImage turned = ImageCleaner.orient(source, orientation);
            int expectedWidth = orientation >= 5 ? 4 : 8;
            assertEquals(expectedWidth, turned.getWidth(), "orientation " + orientation);
            assertEquals(32 / expectedWidth, turned.getHeight(), "orientation " + orientation);
        }
    }

    @Test
    void damagedOrMissingExifMeansNoRotation() {
        assertEquals(1, ImageCleaner.ExifOrientation.of(TestFiles.encode(TestFiles.picture(4, 4), "jpeg")));
        byte[] truncated = Arrays.copyOf(TestFiles.jpegWithMetadata(16, 16, 6), 40);
        assertEquals(1, ImageCleaner.ExifOrientation.of(truncated));
        assertEquals(1, ImageCleaner.ExifOrientation.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1, 0, 2}));
    }

    @Test
    void pngLosesTextChunksAndExifButKeepsPictureAndTransparency() throws IOException {
        byte[] original = TestFiles.pngWithMetadata(30, 20);
        assertTrue(TestFiles.contains(original, "tEXt"));
        assertTrue(TestFiles.contains(original, TestFiles.SECRET_COMMENT));
        assertTrue(TestFiles.contains(original, TestFiles.latitudeBytes()));
        assertNotNull(ImageIO.read(new ByteArrayInputStream(original)), "fixture is a valid PNG");

        byte[] cleaned = accepted(original, AttachmentPolicy.PNG).cleanedBytes();

        for (String chunk : new String[] {"tEXt", "iTXt", "zTXt", "eXIf", "tIME"}) {
            assertFalse(TestFiles.contains(cleaned, chunk), chunk);
        }
        assertFalse(TestFiles.contains(cleaned, TestFiles.SECRET_COMMENT));
        assertFalse(TestFiles.contains(cleaned, TestFiles.SECRET_XMP));
        assertFalse(TestFiles.contains(cleaned, TestFiles.latitudeBytes()));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(cleaned));
        assertEquals(30, image.getWidth());
        assertEquals(20, image.getHeight());
        int argb = image.getRGB(5, 5);
        assertEquals(255, (argb >> 16) & 0xFF, "red");
        assertTrue(Math.abs(((argb >>> 24) & 0xFF) - 128) <= 1, "half transparent");
    }

    @Test
    void gifLosesItsComment() throws IOException {
        byte[] original = TestFiles.gifWithComment(10, 12);
        assertTrue(TestFiles.contains(original, TestFiles.SECRET_COMMENT));
        assertNotNull(ImageIO.read(new ByteArrayInputStream(original)), "fixture is a valid GIF");

        byte[] cleaned = accepted(original, AttachmentPolicy.GIF).cleanedBytes();

        assertFalse(TestFiles.contains(cleaned, TestFiles.SECRET_COMMENT));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(cleaned));
        assertEquals(10, image.getWidth());
        assertEquals(12, image.getHeight());
    }

    @Test
    void theUnsealedPictureNeverReachesTheDisk(@TempDir Path cache) throws Exception {
        byte[] jpeg = TestFiles.jpegWithMetadata(64, 48, 6);
        byte[] png = TestFiles.pngWithMetadata(30, 20);
        File previousDirectory = ImageIO.getCacheDirectory();
        boolean previousUse = ImageIO.getUseCache();
        ImageIO.setUseCache(true);
        ImageIO.setCacheDirectory(cache.toFile());
        // ImageIO deletes its cache files on close, so watch for their creation instead of looking afterwards.
        try (WatchService watcher = cache.getFileSystem().newWatchService()) {
            cache.register(watcher, StandardWatchEventKinds.ENTRY_CREATE);
            accepted(jpeg, AttachmentPolicy.JPEG);
            accepted(png, AttachmentPolicy.PNG);
            WatchKey key = watcher.poll(1, TimeUnit.SECONDS);
            assertNull(key == null ? null : key.pollEvents(), "no ImageIO cache file was created");
        } finally {
            ImageIO.setCacheDirectory(previousDirectory);
            ImageIO.setUseCache(previousUse);
        }
    }

    @Test
    void bytesThatClaimToBeAnImageButDoNotDecodeAreRefused() {
        byte[] fakeJpeg = TestFiles.concat(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0},
                "this is not really a photo".repeat(20).getBytes());
        byte[] fakePng = TestFiles.concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}, "garbage".repeat(30).getBytes());
        byte[] truncatedPng = Arrays.copyOf(TestFiles.pngWithMetadata(40, 40), 60);
        byte[] fakeGif = "GIF89a\u0001\u0000\u0001\u0000garbage".getBytes();

        for (byte[] fake : new byte[][] {fakeJpeg, fakePng, truncatedPng, fakeGif}) {
            Decision decision = policy.decide(fake, 0, 0);
            assertEquals(new Refused(AttachmentPolicy.REFUSED_UNREADABLE_IMAGE), decision);
        }
    }

    @Test
    void anImageClaimingBillionsOfPixelsIsRefusedWithoutDecodingIt() {
        long start = System.nanoTime();
        assertEquals(new Refused(AttachmentPolicy.REFUSED_UNREADABLE_IMAGE), policy.decide(TestFiles.pngClaiming(100_000, 100_000), 0, 0));
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "refused quickly");
    }

    @Test
    void largeImagesAreDecodedAtAReducedResolution() {
        assertEquals(1, ImageCleaner.subsampling(12_000_000));
        assertEquals(1, ImageCleaner.subsampling(ImageCleaner.MAX_PIXELS));
        assertEquals(2, ImageCleaner.subsampling(48_000_000));
        assertEquals(3, ImageCleaner.subsampling(108_000_000));
    }

    private Accepted accepted(byte[] bytes, String expectedType) {
        Decision decision = policy.decide(bytes, 0, 0);
        Accepted accepted = assertInstanceOf(Accepted.class, decision, () -> "refused: " + decision);
        assertEquals(expectedType, accepted.contentType());
        return accepted;
    }

    /** Counts JPEG segments with the given marker before the image data starts. */
    private static int markerCount(byte[] jpeg, int marker) {
        int count = 0;
        int p = 2;
        while (p + 4 <= jpeg.length && (jpeg[p] & 0xFF) == 0xFF) {
            int m = jpeg[p + 1] & 0xFF;
            if (m == 0xDA) {
                break;
            }
            if (m == marker) {
                count++;
            }
            p += 2 + ((jpeg[p + 2] & 0xFF) << 8 | (jpeg[p + 3] & 0xFF));
        }
        return count;
    }

    private static void assertClose(Color expected, int rgb) {
        Color actual = new Color(rgb);
        int distance = Math.abs(expected.getRed() - actual.getRed()) + Math.abs(expected.getGreen() - actual.getGreen())
                + Math.abs(expected.getBlue() - actual.getBlue());
        assertTrue(distance < 60, "expected about " + expected + " but was " + actual);
    }
}

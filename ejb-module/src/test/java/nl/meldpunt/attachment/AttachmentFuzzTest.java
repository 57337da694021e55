package nl.meldpunt.attachment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import javax.imageio.ImageIO;
import nl.meldpunt.organisation.LogoCheck;
import nl.meldpunt.organisation.SettingsRefused;
import nl.meldpunt.profile.PhotoCheck;

/**
 * Fuzz tests of everything that reads an uploaded file's bytes (docs/fuzzing.md). A normal build replays the
 * corpus in {@code AttachmentFuzzTestInputs/<method>/}; {@code JAZZER_FUZZ=1} fuzzes one method
 * ({@code src-config/scripts/fuzz.sh}). Each asserts the documented contract, not only "no crash": only the
 * documented refusal may come out, and what is accepted is what the policy promises.
 */
class AttachmentFuzzTest {

    private static final Set<String> ACCEPTED_TYPES = Set.of(AttachmentPolicy.PDF, AttachmentPolicy.JPEG, AttachmentPolicy.PNG,
            AttachmentPolicy.GIF, AttachmentPolicy.TEXT, AttachmentPolicy.DOCX, AttachmentPolicy.XLSX, AttachmentPolicy.PPTX,
            AttachmentPolicy.ODT, AttachmentPolicy.ODS, AttachmentPolicy.ODP, AttachmentPolicy.DOC, AttachmentPolicy.XLS);

    private static final AttachmentPolicy POLICY = new AttachmentPolicy();

    /**
     * The whole decision on an upload: it never throws (a refused file must not cost the rest of a report); an
     * accepted photo is cleaned (decodes again, within {@link ImageCleaner#MAX_PIXELS}); accepted text is UTF-8
     * without control characters; any other accepted file is stored as uploaded.
     */
    @FuzzTest(maxDuration = "60s")
    void decide(byte[] upload) {
        AttachmentPolicy.Decision decision = POLICY.decide(upload, 0, 0);
        assertNotNull(decision);
        if (decision instanceof AttachmentPolicy.Refused refused) {
            assertTrue(refused.reasonKey().startsWith("attachment.refused."), refused.reasonKey());
            return;
        }
        AttachmentPolicy.Accepted accepted = (AttachmentPolicy.Accepted) decision;
        assertTrue(ACCEPTED_TYPES.contains(accepted.contentType()), accepted.contentType());
        assertTrue(accepted.cleanedBytes().length <= AttachmentPolicy.MAX_REPORT_BYTES);
        switch (accepted.contentType()) {
            case AttachmentPolicy.JPEG, AttachmentPolicy.PNG, AttachmentPolicy.GIF -> assertCleanImage(accepted.cleanedBytes());
            case AttachmentPolicy.TEXT -> {
                String text = new String(accepted.cleanedBytes(), StandardCharsets.UTF_8);
                assertTrue(text.chars().noneMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f'));
                assertFalse(text.isBlank());
            }
            default -> assertSame(upload, accepted.cleanedBytes(), "documents are stored as uploaded");
        }
    }

    /** The cleaner on its own, for each format: only {@link ImageCleaner.Unreadable} may come out. */
    @FuzzTest(maxDuration = "60s")
    void cleanImage(FuzzedDataProvider data) {
        String format = data.pickValue(new String[] {"jpeg", "png", "gif"});
        byte[] bytes = data.consumeRemainingAsBytes();
        byte[] cleaned;
        try {
            cleaned = ImageCleaner.clean(bytes, format);
        } catch (ImageCleaner.Unreadable expected) {
            return;
        }
        assertCleanImage(cleaned);
        int orientation = ImageCleaner.ExifOrientation.of(bytes);
        assertTrue(orientation >= 1 && orientation <= 8);
    }

    /** Office Open XML and OpenDocument containers: a decision, never an exception. */
    @FuzzTest(maxDuration = "60s")
    void zipDocument(byte[] zip) {
        AttachmentPolicy.Decision decision = AttachmentPolicy.zipDocument(zip);
        assertNotNull(decision);
        if (decision instanceof AttachmentPolicy.Accepted accepted) {
            assertTrue(Set.of(AttachmentPolicy.DOCX, AttachmentPolicy.XLSX, AttachmentPolicy.PPTX, AttachmentPolicy.ODT,
                    AttachmentPolicy.ODS, AttachmentPolicy.ODP).contains(accepted.contentType()), accepted.contentType());
        }
        try (ZipDirectory directory = ZipDirectory.read(zip)) {
            assertTrue(directory.entries().size() <= ZipDirectory.MAX_ENTRIES);
            for (ZipDirectory.Entry entry : directory.entries()) {
                try {
                    assertTrue(directory.content(entry, 4096).length <= 4096);
                } catch (ZipDirectory.Unreadable expected) {
                    // refused within the limit
                }
            }
        } catch (ZipDirectory.Unreadable expected) {
            // not a ZIP file within the limits
        }
    }

    /** Legacy Word and Excel (OLE2 compound files): a decision, never an exception. */
    @FuzzTest(maxDuration = "60s")
    void legacyOffice(byte[] ole2) {
        AttachmentPolicy.Decision decision = AttachmentPolicy.legacyOffice(ole2);
        assertNotNull(decision);
        if (decision instanceof AttachmentPolicy.Accepted accepted) {
            assertTrue(Set.of(AttachmentPolicy.DOC, AttachmentPolicy.XLS).contains(accepted.contentType()), accepted.contentType());
        }
    }

    /**
     * An organisation's logo and a confidant's photo: {@link SettingsRefused} or a cleaned picture that decodes and
     * fits its box and the database column.
     */
    @FuzzTest(maxDuration = "60s")
    void logoAndPortrait(byte[] upload) {
        try {
            LogoCheck.Cleaned logo = new LogoImages().clean(upload);
            assertFits(logo, LogoCheck.MAX_WIDTH, LogoCheck.MAX_HEIGHT);
        } catch (SettingsRefused expected) {
            assertTrue(expected.problems().get(0).key().startsWith("admin.logo."));
        }
        try {
            LogoCheck.Cleaned photo = new PortraitPhotos().clean(upload);
            assertFits(photo, PhotoCheck.MAX_SIDE, PhotoCheck.MAX_SIDE);
        } catch (SettingsRefused expected) {
            assertTrue(expected.problems().get(0).key().startsWith("profile.photo."));
        }
    }

    /** The stored name: never a path, never a control character, at most 200 characters, with a fitting extension. */
    @FuzzTest(maxDuration = "30s")
    void storedName(FuzzedDataProvider data) {
        String contentType = data.pickValue(ACCEPTED_TYPES.toArray(new String[0]));
        String submitted = data.consumeBoolean() ? null : data.consumeRemainingAsString();
        String name = AttachmentPolicy.storedName(submitted, contentType, "bijlage");
        assertFalse(name.isEmpty());
        assertTrue(name.length() <= 200, name);
        assertFalse(name.contains("/") || name.contains("\\"), name);
        assertFalse(name.startsWith("."), name);
        assertTrue(name.codePoints().noneMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT), name);
        assertFalse(Character.isHighSurrogate(name.charAt(name.length() - 1)), name);
        String again = AttachmentPolicy.storedName(name, contentType, "bijlage");
        assertEquals(name, again, "a stored name is stored as it is");
    }

    private static void assertFits(LogoCheck.Cleaned cleaned, int maxWidth, int maxHeight) {
        assertTrue(Set.of(AttachmentPolicy.PNG, AttachmentPolicy.JPEG).contains(cleaned.contentType()));
        assertTrue(cleaned.image().length <= LogoImages.MAX_STORED_BYTES);
        assertTrue(cleaned.width() >= 1 && cleaned.width() <= maxWidth && cleaned.height() >= 1 && cleaned.height() <= maxHeight);
        BufferedImage back = read(cleaned.image());
        assertEquals(cleaned.width(), back.getWidth());
        assertEquals(cleaned.height(), back.getHeight());
    }

    private static void assertCleanImage(byte[] cleaned) {
        BufferedImage back = read(cleaned);
        assertTrue((long) back.getWidth() * back.getHeight() <= ImageCleaner.MAX_PIXELS, "within the documented bound");
    }

    private static BufferedImage read(byte[] image) {
        try {
            BufferedImage back = ImageIO.read(new ByteArrayInputStream(image));
            assertNotNull(back, "the cleaned image decodes again");
            return back;
        } catch (IOException e) {
            return fail("the cleaned image decodes again", e);
        }
    }
}

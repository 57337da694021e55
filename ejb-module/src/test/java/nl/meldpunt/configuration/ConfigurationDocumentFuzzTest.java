package nl.meldpunt.configuration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz test of the configuration import (docs/fuzzing.md): whatever the file, {@link ConfigurationDocument#read}
 * refuses it with {@link ConfigurationRefused} or gives a configuration that is written and read back unchanged.
 * A normal build replays {@code ConfigurationDocumentFuzzTestInputs/read/}; {@code JAZZER_FUZZ=1} fuzzes.
 */
class ConfigurationDocumentFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void read(byte[] file) {
        Configuration read;
        try {
            read = ConfigurationDocument.read(file);
        } catch (ConfigurationRefused refused) {
            assertFalse(refused.problems().isEmpty(), "a refusal says why");
            refused.problems().forEach(p -> assertFalse(p.key().isEmpty()));
            return;
        }
        String written = ConfigurationDocument.write(read);
        Configuration back = ConfigurationDocument.read(written.getBytes(StandardCharsets.UTF_8));
        assertEquals(withoutLogo(read), withoutLogo(back), "written and read back: the same configuration");
        assertEquals(read.logo() == null, back.logo() == null);
        if (read.logo() != null) {
            assertEquals(read.logo().contentType(), back.logo().contentType());
            assertArrayEquals(read.logo().image(), back.logo().image());
        }
        assertEquals(written, ConfigurationDocument.write(back), "and written again: the same file");
    }

    /** The record compares a logo's bytes by identity: compared apart. */
    private static Configuration withoutLogo(Configuration c) {
        return c.withLogo(null);
    }
}

package nl.meldpunt.demo;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * No default accounts (ASVS 6.3.2): the demo organisations and their accounts with the printed demo password are
 * made only when {@code app.demo.enabled} is true, and the shipped configuration says false.
 */
class NoDemoByDefaultTest {

    @Test
    void theShippedConfigurationLeavesTheDemoOff() throws IOException {
        Properties shipped = new Properties();
        try (InputStream in = DemoData.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
            shipped.load(in);
        }
        assertEquals("false", shipped.getProperty("app.demo.enabled"));
    }

    @Test
    void switchedOffItTouchesNothing() {
        // No database, no hasher, no audit trail: one use of any of them would fail here.
        DemoData demo = new DemoData();
        assertDoesNotThrow(demo::createOnce);
    }
}

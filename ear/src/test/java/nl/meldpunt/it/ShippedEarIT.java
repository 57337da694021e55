package nl.meldpunt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * The EAR that is shipped (target/meldpunt.ear, as Maven built it; the tests deploy a copy with their probes
 * added) holds no test code: no class of the test package, no probe servlet, no movable clock (ASVS 15.2.3).
 * It reads the archive and every module and library inside it; no server needed.
 */
class ShippedEarIT {

    private static final List<String> TEST_ONLY = List.of("nl/meldpunt/it/", "ServiceProbeServlet", "RetentionProbeServlet",
            "ShiftedClockProducer", "LiveSessions");

    @Test
    void theShippedEarHoldsNoTestCode() throws IOException {
        File ear = new File(System.getProperty("meldpunt.ear", "target/meldpunt.ear"));
        assertTrue(ear.isFile(), "built by Maven before the integration tests: " + ear);
        List<String> found = new ArrayList<>();
        int[] entries = {0};
        try (InputStream in = new java.io.FileInputStream(ear)) {
            scan(in, ear.getName(), found, entries);
        }
        assertEquals(List.of(), found, "test code in the shipped EAR");
        assertTrue(entries[0] > 1_000, "the whole archive was read, modules and libraries included: " + entries[0]);
    }

    private static void scan(InputStream archive, String where, List<String> found, int[] entries) throws IOException {
        ZipInputStream zip = new ZipInputStream(archive);
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            entries[0]++;
            String name = entry.getName();
            for (String testOnly : TEST_ONLY) {
                if (name.contains(testOnly)) {
                    found.add(where + "!" + name);
                }
            }
            if (name.endsWith(".war") || name.endsWith(".jar")) {
                scan(new ByteArrayInputStream(zip.readAllBytes()), where + "!" + name, found, entries);
            }
        }
    }
}

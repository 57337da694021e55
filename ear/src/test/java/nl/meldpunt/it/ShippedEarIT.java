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
 * added) holds no test code: no class of the test package, no probe servlet, no movable clock (ASVS 15.2.3), and no
 * source-control metadata, backup files or sources of ours (13.4.1).
 * It reads the archive and every module and library inside it; no server needed.
 */
class ShippedEarIT {

    private static final List<String> TEST_ONLY = List.of("nl/meldpunt/it/", "ServiceProbeServlet", "RetentionProbeServlet",
            "ShiftedClockProducer", "LiveSessions");

    /** Source-control metadata, editor and backup files, and our own sources: never deployed (ASVS 13.4.1). */
    private static final java.util.regex.Pattern NOT_TO_SHIP = java.util.regex.Pattern.compile(
            "(^|/)(\\.git|\\.svn|\\.hg|\\.idea|\\.vscode)(/|$)|(^|/)\\.DS_Store$|~$|\\.(orig|rej|bak|swp)$|^nl/meldpunt/.*\\.java$");

    @Test
    void theShippedEarHoldsNoTestCodeNoSourcesAndNoSourceControlFiles() throws IOException {
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

    /**
     * ASVS 15.1.2: the build writes CycloneDX bills of materials (ear/target/meldpunt-sbom.json and
     * web-module/target/meldpunt-web-sbom.json) that name every library the EAR ships, with its version, so that an
     * advisory can be matched against them.
     */
    @Test
    void theBillOfMaterialsNamesEveryShippedLibrary() throws IOException {
        File ear = new File(System.getProperty("meldpunt.ear", "target/meldpunt.ear"));
        // Maven does not follow a WAR's dependencies from the EAR, so the WAR's libraries have a bill of their own.
        List<String[]> listed = new ArrayList<>(); // name and version
        for (File sbom : List.of(new File(ear.getParentFile(), "meldpunt-sbom.json"),
                new File(ear.getParentFile(), "../../web-module/target/meldpunt-web-sbom.json"))) {
            assertTrue(sbom.isFile(), "written by the build: " + sbom);
            try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.FileReader(sbom, java.nio.charset.StandardCharsets.UTF_8))) {
                for (jakarta.json.JsonValue component : reader.readObject().getJsonArray("components")) {
                    jakarta.json.JsonObject c = component.asJsonObject();
                    assertTrue(c.getString("purl", "").startsWith("pkg:maven/"), "a package URL: " + c);
                    listed.add(new String[] {c.getString("name"), c.getString("version")});
                }
            }
        }
        List<String> jars = new ArrayList<>();
        try (ZipInputStream outer = new ZipInputStream(new java.io.FileInputStream(ear))) {
            for (ZipEntry entry = outer.getNextEntry(); entry != null; entry = outer.getNextEntry()) {
                if (entry.getName().endsWith(".jar")) {
                    jars.add(entry.getName());
                } else if (entry.getName().endsWith(".war")) {
                    ZipInputStream war = new ZipInputStream(new ByteArrayInputStream(outer.readAllBytes()));
                    for (ZipEntry inner = war.getNextEntry(); inner != null; inner = war.getNextEntry()) {
                        if (inner.getName().endsWith(".jar")) {
                            jars.add(entry.getName() + "!" + inner.getName());
                        }
                    }
                }
            }
        }
        assertTrue(jars.size() > 20, "the libraries were found: " + jars);
        List<String> unlisted = new ArrayList<>();
        for (String jar : jars) {
            String file = jar.substring(jar.lastIndexOf('/') + 1);
            // The EAR names its jars by artifact id alone (lib/tika-core.jar), the WAR by id and version.
            if (listed.stream().noneMatch(c -> file.startsWith(c[0] + "-" + c[1]) || file.equals(c[0] + ".jar"))) {
                unlisted.add(jar);
            }
        }
        assertEquals(List.of(), unlisted, "shipped but not in the bill of materials");
    }

    /** ASVS 13.4.2: the shipped web module runs JSF in its production stage (no development messages, no debugging). */
    @Test
    void theShippedWebModuleRunsInTheProductionStage() throws IOException {
        File ear = new File(System.getProperty("meldpunt.ear", "target/meldpunt.ear"));
        String webXml = null;
        try (ZipInputStream outer = new ZipInputStream(new java.io.FileInputStream(ear))) {
            for (ZipEntry entry = outer.getNextEntry(); entry != null && webXml == null; entry = outer.getNextEntry()) {
                if (entry.getName().endsWith(".war")) {
                    ZipInputStream war = new ZipInputStream(new ByteArrayInputStream(outer.readAllBytes()));
                    for (ZipEntry inner = war.getNextEntry(); inner != null; inner = war.getNextEntry()) {
                        if (inner.getName().equals("WEB-INF/web.xml")) {
                            webXml = new String(war.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                        }
                    }
                }
            }
        }
        assertTrue(webXml != null, "the web module and its web.xml are in " + ear);
        String compact = webXml.replaceAll("\\s+", "");
        assertTrue(compact.contains("<param-name>jakarta.faces.PROJECT_STAGE</param-name><param-value>Production</param-value>"),
                "PROJECT_STAGE Production in the shipped web.xml");
        assertTrue(!compact.contains("Development") && !compact.contains("<param-value>UnitTest"), "no development stage anywhere");
    }

    private static void scan(InputStream archive, String where, List<String> found, int[] entries) throws IOException {
        ZipInputStream zip = new ZipInputStream(archive);
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            entries[0]++;
            String name = entry.getName();
            if (NOT_TO_SHIP.matcher(name).find()) {
                found.add(where + "!" + name);
            }
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

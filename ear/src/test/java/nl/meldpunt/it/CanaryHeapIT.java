package nl.meldpunt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import nl.meldpunt.demo.DemoData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import shark.CloseableHeapGraph;
import shark.HeapObject;
import shark.HprofHeapGraph;
import shark.HprofIndex;

/**
 * The canary scan of issue 17 in the server's memory: a marker in a narrative and in a message, read by the
 * confidant and the reporter, is in no {@code java.lang.String} of the server's heap once both have logged out (a
 * heap dump of the live objects, read with Shark). The narratives come through the test probe and through every step
 * of the real wizard, the messages through a service call and through the case page's form. The database and the log
 * are scanned by {@code CaseKeysIT}. On both databases.
 *
 * <p>Its first run found both markers, held by Payara's HTTP layer: a reused Grizzly request keeps the last
 * decoded parameter value as a cached String. {@code ForgetRequestValuesFilter} empties that after every
 * request; this scan fails again if a Payara upgrade moves it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CanaryHeapIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MeldpuntDeployment.ear();
    }

    @Test
    void aNarrativeAndAMessageLeaveNoStringInTheServersHeapAfterLogout() throws Exception {
        String storyMarker = marker();
        String wizardMarker = marker();
        String messageMarker = marker();
        String formMessageMarker = marker();
        // One report through the test probe, with the story as the request's last parameter (what Grizzly's decoder
        // kept), and one through every step of the real wizard, as a browser without a script sends it.
        String[] report = StaffClient.anonymous().get("/it-probe/new-report?org=demo&what="
                + URLEncoder.encode("Mijn leidinggevende " + storyMarker + " schreeuwt.", StandardCharsets.UTF_8)).body().split(" ");
        long reportId = TestDatabase.reportId(report[0]);
        String[] wizardReport = new Visitor().sendReport("demo", "Op de afdeling " + wizardMarker + " wordt gepest.");
        long wizardReportId = TestDatabase.reportId(wizardReport[0]);

        StaffClient confidant = StaffClient.loggedInAs("vertrouwenspersoon", DemoData.DEMO_PASSWORD);
        assertTrue(confidant.get("/console/case.xhtml?id=" + reportId).body().contains(storyMarker), "the confidant read it");
        assertTrue(confidant.get("/console/case.xhtml?id=" + wizardReportId).body().contains(wizardMarker), "and the other one");
        assertEquals("ALLOWED null", confidant.callService("CaseFileService", "writeMessage", String.valueOf(reportId),
                "Een bericht " + messageMarker + " voor de melder"));
        confidant.submit("/console/case.xhtml?id=" + wizardReportId, "write",
                Map.of("write:message", "Een antwoord " + formMessageMarker + " via het formulier"), "write:send");
        StaffClient reporter = StaffClient.anonymous();
        assertEquals(302, reporter.loginAsReporter(report[0], report[1]).statusCode());
        assertTrue(reporter.get("/melder/index.xhtml").body().contains(messageMarker), "the reporter read the message");
        StaffClient wizardReporter = StaffClient.anonymous();
        assertEquals(302, wizardReporter.loginAsReporter(wizardReport[0], wizardReport[1]).statusCode());
        assertTrue(wizardReporter.get("/melder/index.xhtml").body().contains(formMessageMarker), "and the other reporter theirs");

        confidant.submit("/console/index.xhtml", "staffbar", Map.of(), "staffbar:logout");
        reporter.submit("/melder/index.xhtml", "session", Map.of(), "session:logout");
        wizardReporter.submit("/melder/index.xhtml", "session", Map.of(), "session:logout");
        List<String> markers = List.of(storyMarker, wizardMarker, messageMarker, formMessageMarker);

        Path dump = Files.createTempDirectory("meldpunt-canary").resolve("server.hprof");
        try {
            heapDump(dump);
            List<String> found = stringsHolding(dump, markers);
            assertEquals(List.of(), found, "strings in the server's heap after logout that hold the markers");
        } finally {
            Files.deleteIfExists(dump);
            Files.deleteIfExists(dump.getParent());
        }
    }

    private static String marker() {
        return "Kanarie" + UUID.randomUUID().toString().replace("-", "");
    }

    /** A dump of the live objects of the test's Payara (a full collection first), with the JDK's jcmd. */
    private static void heapDump(Path file) throws Exception {
        List<ProcessHandle> servers = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains(TestServer.domain().toString()) && c.contains("ASMain"))
                        .orElse(false))
                .toList();
        assertEquals(1, servers.size(), "one Payara process for the domain");
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process process = new ProcessBuilder(jcmd.toString(), String.valueOf(servers.get(0).pid()), "GC.heap_dump", file.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "jcmd finished");
        assertTrue(Files.size(file) > 0, "a heap dump was written: " + output);
    }

    private static List<String> stringsHolding(Path dump, List<String> markers) throws Exception {
        List<String> found = new ArrayList<>();
        try (CloseableHeapGraph graph = HprofHeapGraph.Companion.openHeapGraph(dump.toFile(), null,
                HprofIndex.Companion.defaultIndexedGcRootTags())) {
            HeapObject.HeapClass strings = graph.findClassByName("java.lang.String");
            int seen = 0;
            for (Iterator<HeapObject.HeapInstance> it = strings.getInstances().iterator(); it.hasNext();) {
                String value = it.next().readAsJavaString();
                seen++;
                if (value != null && markers.stream().anyMatch(value::contains)) {
                    int at = markers.stream().mapToInt(value::indexOf).filter(i -> i >= 0).min().orElse(0);
                    found.add(value.substring(Math.max(0, at - 60), Math.min(value.length(), at + 80)));
                }
            }
            assertTrue(seen > 10_000, "the dump holds the server's strings: " + seen);
        }
        return found;
    }
}

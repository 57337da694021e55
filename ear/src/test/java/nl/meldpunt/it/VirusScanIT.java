package nl.meldpunt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * ASVS 5.4.3: the files reporters add are checked by a real ClamAV daemon, which {@code test.sh} starts on loopback
 * with a signature of its own for the EICAR test file (the file every virus scanner knows as harmless malware). A
 * known virus is refused with its own kind explanation, also when it hides inside a Word document; while the scanner
 * is down, a file is refused with "try again later" rather than stored unchecked, and accepted once it is back. The
 * log names the signature and never the case.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VirusScanIT {

    /** The EICAR test file, put together here so that no file of ours is itself flagged by a scanner. */
    private static final byte[] EICAR = ("X5O!P%@AP[4\\PZX54(P^)7CC)7}$" + "EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*")
            .getBytes(StandardCharsets.US_ASCII);
    private static final String VIRUS = "Onze virusscanner vond in dit bestand iets dat schade kan doen";
    private static final String NOT_CHECKED = "We konden dit bestand nu niet op virussen controleren";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MeldpuntDeployment.ear();
    }

    @Test
    void aKnownVirusIsRefusedKindlyEvenInsideAWordDocument() throws Exception {
        Path serverLog = Path.of(System.getProperty("payara.home"), "glassfish/domains/domain1/logs/server.log");
        long logBefore = Files.size(serverLog);
        StaffClient reporter = StaffClient.reporterWithNewReport("demo");
        long report = TestDatabase.reportId(reporter.caseCode());

        assertTrue(upload(reporter, "test.txt", "text/plain", EICAR).contains(VIRUS), "the test file itself");
        assertTrue(upload(reporter, "verslag.docx", DOCX, documentHolding(EICAR)).contains(VIRUS),
                "inside a part of a Word document, which the scanner unpacks");
        assertEquals(0, TestDatabase.attachmentCount(report), "nothing of either is stored");

        String clean = upload(reporter, "verslag.docx", DOCX, documentHolding("Wat er gebeurde".getBytes(StandardCharsets.UTF_8)));
        assertTrue(clean.contains("verslag.docx") && !clean.contains(VIRUS), "a clean document is added");
        assertEquals(1, TestDatabase.attachmentCount(report));
        assertEquals(2, TestDatabase.countAudit("reporter:" + reporter.caseCode(), "REPORT_ATTACHMENT_REFUSED", "report:" + report));

        String written = Files.readString(serverLog, StandardCharsets.ISO_8859_1).substring((int) logBefore);
        assertTrue(written.contains("the virus scanner recognised Meldpunt.Test.EICAR"), "the log names the signature");
        assertFalse(written.contains(reporter.caseCode()), "and never the case");
    }

    @Test
    void whileTheScannerIsDownAFileWaitsAndNothingIsStoredUnchecked() throws Exception {
        StaffClient reporter = StaffClient.reporterWithNewReport("demo");
        long report = TestDatabase.reportId(reporter.caseCode());
        byte[] note = "Aantekening van het gesprek\n".getBytes(StandardCharsets.UTF_8);
        stopScanner();
        try {
            String answer = upload(reporter, "aantekening.txt", "text/plain", note);
            assertTrue(answer.contains(NOT_CHECKED), "try again later");
            assertTrue(answer.contains("De rest van uw melding is bewaard"), "and nothing else is lost");
            assertEquals(0, TestDatabase.attachmentCount(report), "not stored unchecked");
        } finally {
            startScanner();
        }
        String again = upload(reporter, "aantekening.txt", "text/plain", note);
        assertTrue(again.contains("aantekening.txt") && !again.contains(NOT_CHECKED), "accepted once the scanner is back");
        assertEquals(1, TestDatabase.attachmentCount(report));
    }

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static String upload(StaffClient reporter, String name, String type, byte[] content) {
        HttpResponse<String> page = reporter.get("/melder/index.xhtml");
        HttpResponse<String> answer = reporter.submitFileOn(page, "upload", "upload:file", name, type, content, "upload:add");
        assertEquals(200, answer.statusCode(), name);
        return answer.body();
    }

    /** A plain Word document whose main part holds {@code text}, deflated as Word packs it. */
    private static byte[] documentHolding(byte[] text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<Types><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(text);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }


    // The daemon test.sh started: its configuration says where its pid file is.

    private static Path clamdConfig() {
        String config = System.getenv("MELDPUNT_TEST_CLAMD_CONFIG");
        assertTrue(config != null && Files.isRegularFile(Path.of(config)),
                "MELDPUNT_TEST_CLAMD_CONFIG names the clamd started by src-config/scripts/test.sh");
        return Path.of(config);
    }

    private static void stopScanner() throws Exception {
        String pidFile = Files.readAllLines(clamdConfig()).stream().filter(line -> line.startsWith("PidFile "))
                .findFirst().orElseThrow().substring("PidFile ".length()).strip();
        ProcessHandle clamd = ProcessHandle.of(Long.parseLong(Files.readString(Path.of(pidFile)).strip())).orElseThrow();
        clamd.destroy();
        clamd.onExit().get(30, TimeUnit.SECONDS);
        assertFalse(answersPing(), "the scanner is down");
    }

    private static void startScanner() throws Exception {
        // Its own output goes nowhere: the daemon it leaves behind must hold no pipe of this test's JVM open.
        Process start = new ProcessBuilder("/usr/sbin/clamd", "--config-file=" + clamdConfig())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertEquals(0, start.waitFor(), "clamd started again");
        for (int i = 0; i < 300 && !answersPing(); i++) {
            Thread.sleep(100);
        }
        assertTrue(answersPing(), "the scanner answers again");
    }

    private static boolean answersPing() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", Integer.parseInt(System.getenv("MELDPUNT_TEST_CLAMD_PORT"))), 1000);
            socket.setSoTimeout(2000);
            socket.getOutputStream().write("zPING\0".getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readNBytes(5), StandardCharsets.US_ASCII).equals("PONG\0");
        } catch (IOException e) {
            return false;
        }
    }
}

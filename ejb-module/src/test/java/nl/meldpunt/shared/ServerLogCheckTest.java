package nl.meldpunt.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.meldpunt.intake.CaseCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11: a case code is the reporter's login name and never belongs in the server log. The test
 * command runs {@code src-config/scripts/check-server-log.sh} over the log after the suites; this test
 * runs that script over small logs and proves that it fails on a case code, names only the line, and
 * passes a clean log holding what a Payara log legitimately holds.
 */
class ServerLogCheckTest {

    private static final String HEADER = "[2026-12-03T09:41:05.123+0000] [Payara 6.2025.9] [INFO] [] [nl.meldpunt.report]"
            + " [tid: _ThreadID=101 _ThreadName=http-thread-pool::http-listener-1(3)] [timeMillis: 1796290865123]"
            + " [levelValue: 800] [[";

    /** Lines of a real run's log, and near misses of the case-code shape that must not count. */
    private static final List<String> CLEAN = List.of(
            "[2026-12-03T09:06:32.543+0000] [Payara 6.2025.9] [INFO] [NCLS-LOGGING-00009] [jakarta.enterprise.logging]"
                    + " [tid: _ThreadID=22 _ThreadName=RunLevelControllerThread-1796288792385] [timeMillis: 1796288792543]"
                    + " [levelValue: 800] [[",
            "  Running Payara Version: 6.2025.9]]",
            "",
            HEADER,
            "  Outbox mail 17 not sent (mail server unreachable)]]",
            "",
            HEADER,
            "  Member uuid 1B4E28BA-2FA1-11D2-883F-0016D3CCA427, cluster 6F9619FF-8B86-D011-B42D-00C04FC964FF]]",
            "",
            HEADER,
            "  Near misses: ABCD-EFGH-JKMN-PQRS WXYZ-ABCD-EFGH2 XABCD-EFGH-JKMN ABCD-EFGH-JKM ABCD-EFGH-JKM0"
                    + " ABCD-EFGH-JKMI ABCDEFGHJKMN KM7Q_4MZP_X9W3 modulus: 230491972247101135907725440354]]",
            "");

    @TempDir
    Path logs;

    private final SecureRandom random = new SecureRandom();

    @Test
    void passesALogWithoutCaseCodes() throws Exception {
        write("server.log", CLEAN);
        Result result = check();
        assertEquals(0, result.exit(), result.output());
        assertTrue(result.output().contains("no case code"), result.output());
    }

    @Test
    void failsOnACaseCodeAndNamesOnlyTheLine() throws Exception {
        String code = CaseCode.generate(random).value();
        List<String> lines = new ArrayList<>(CLEAN);
        lines.add(HEADER);
        lines.add("  Case content for report:" + code + ":answer:what_happened cannot be decrypted]]");
        write("server.log", lines);

        Result result = check();
        assertEquals(1, result.exit(), result.output());
        assertTrue(result.output().contains("server.log:" + lines.size()), result.output());
        assertFalse(result.output().contains(code), "the check must not repeat the code: " + result.output());
    }

    @Test
    void findsEveryGeneratedCodeWhereverItStands() throws Exception {
        List<String> lines = new ArrayList<>(CLEAN);
        List<Integer> expected = new ArrayList<>();
        String[] surroundings = {"%s", "  login %s]]", "reporter:%s", "'%s'", "(%s)", "code=%s;", "\t%s\t", "\"%s\""};
        for (int i = 0; i < 200; i++) {
            lines.add(String.format(surroundings[i % surroundings.length], CaseCode.generate(random).value()));
            expected.add(lines.size());
            lines.addAll(CLEAN);
        }
        write("server.log", lines);

        Result result = check();
        assertEquals(1, result.exit(), result.output());
        assertTrue(result.output().contains("on 200 line(s)"), result.output());
        for (int line : expected.subList(0, 50)) {
            assertTrue(result.output().contains("server.log:" + line + "\n"), "line " + line + ": " + result.output());
        }
    }

    @Test
    void readsRotatedLogsAndMasksCodesInTheStackTracesItPrints() throws Exception {
        write("server.log", CLEAN);
        String code = CaseCode.generate(random).value();
        write("server.log_2026-12-03T09-50-00", List.of(HEADER,
                "  Something failed for " + code,
                "nl.meldpunt.security.CaseContentUnreadable: no case for " + code,
                "\tat nl.meldpunt.security.CaseCipher.open(CaseCipher.java:180)]]",
                ""));

        Result result = check();
        assertEquals(1, result.exit(), result.output());
        assertTrue(result.output().contains("server.log_2026-12-03T09-50-00:2"), result.output());
        assertTrue(result.output().contains("server.log_2026-12-03T09-50-00:3"), result.output());
        assertTrue(result.output().contains("stack traces from our code"), result.output());
        assertTrue(result.output().contains("no case for <case code>"), result.output());
        assertFalse(result.output().contains(code), result.output());
    }

    @Test
    void aStackTraceCausedByADatabaseOutageIsReviewedButAnyOtherStillFails() throws Exception {
        reviewedWhileAnyOtherStillFails("EclipseLink-4002",
                "jakarta.ejb.EJBException: Exception [EclipseLink-4002]",
                "Internal Exception: java.sql.SQLException: Error in allocating a connection. Cause: Connection could not be"
                        + " allocated because: Connection to 127.0.0.1:55432 refused.",
                "\tat nl.meldpunt.organisation.OrganisationService.findPublic(OrganisationService.java:48)]]");
    }

    /** Undeployment closes the pool under a busy timer: Payara logs the failed rollback with the timer's stack. */
    @Test
    void aConnectionClosedUnderARunningCallIsReviewedButAnyOtherStillFails() throws Exception {
        reviewedWhileAnyOtherStillFails("RAR5031",
                "  RAR5031:System Exception",
                "jakarta.resource.ResourceException: This Managed Connection is not valid as the physical connection is not usable",
                "\tat nl.meldpunt.notification.OutboxSender.everyTenSeconds(OutboxSender.java:88)",
                "Caused by: org.postgresql.util.PSQLException: This connection has been closed.]]");
    }

    /**
     * A log with this record alone passes; with a trace of ours of another kind beside it, it fails and names that
     * trace, not this record (identified by {@code marker}).
     */
    private void reviewedWhileAnyOtherStillFails(String marker, String... record) throws Exception {
        List<String> log = new ArrayList<>(CLEAN);
        log.add(HEADER);
        log.addAll(List.of(record));
        log.add("");
        write("server.log", log);
        Result reviewed = check();
        assertEquals(0, reviewed.exit(), reviewed.output());

        log.addAll(List.of(HEADER,
                "java.lang.NullPointerException: Cannot invoke \"String.length()\" because \"text\" is null",
                "\tat nl.meldpunt.casefile.CaseFileService.open(CaseFileService.java:90)]]",
                ""));
        write("server.log", log);
        Result failed = check();
        assertEquals(1, failed.exit(), failed.output());
        assertTrue(failed.output().contains("NullPointerException"), failed.output());
        assertFalse(failed.output().contains(marker), "the record stays reviewed: " + failed.output());
    }

    private void write(String name, List<String> lines) throws IOException {
        Files.write(logs.resolve(name), lines, StandardCharsets.UTF_8);
    }

    private Result check() throws IOException, InterruptedException {
        Process process = new ProcessBuilder("bash", script().toString(), logs.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the check did not finish");
        return new Result(process.exitValue(), output);
    }

    /** The script in the source tree, found from the module directory Maven runs the tests in. */
    private static Path script() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("src-config/scripts/check-server-log.sh");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("src-config/scripts/check-server-log.sh not found above " + Path.of("").toAbsolutePath());
    }

    private record Result(int exit, String output) {
    }
}

package nl.meldpunt.it;

import static nl.meldpunt.it.PublicationRuns.count;
import static nl.meldpunt.it.PublicationRuns.executionsOf;
import static nl.meldpunt.it.PublicationRuns.status;
import static nl.meldpunt.it.PublicationRuns.text;
import static nl.meldpunt.it.PublicationRuns.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The server is killed (kill -9) in the middle of a report run and started again: the scheduler finds
 * the run silent and its execution left STARTED, marks that execution failed and restarts it from its
 * last checkpoint; the run ends with exactly one set of files and one mail to its HR recipient.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicationCrashIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MeldpuntDeployment.ear();
    }

    @Test
    void aServerKilledInTheMiddleOfARunContinuesItFromItsCheckpointAndPublishesOnce() throws Exception {
        long demo = TestDatabase.organisationId("demo");
        long schedule = PublicationRuns.scheduleOf(demo, "TREND");
        long run = PublicationRuns.insertRunning(demo, "TREND", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 4, 1), schedule);
        long execution = Long.parseLong(StaffClient.anonymous()
                .get("/it-probe/start-publication?run=" + run + "&pauseMillis=4000").body().strip());
        // Three months a chunk, and the test's pause comes before the chunk commits: at six months counted the
        // second chunk is pausing and the first is committed.
        waitUntil(() -> itemsDone(run) >= 6, "six months counted", Duration.ofSeconds(60));

        TestServer.kill(); // SIGKILL: no shutdown hook, no clean stop of the job
        assertEquals("STARTED", text("select batchstatus from batch.executioninstancedata where jobexecid = ?", execution), "the killed execution is left STARTED in the job repository");
        TestServer.start(java.util.Map.of());

        StaffClient.anonymous().get("/it-probe/clock?shift=" + Duration.ofMinutes(11)); // the run is silent too long now
        try {
            waitUntil(() -> "DONE".equals(status(run)), "the run restarted and done", Duration.ofSeconds(150));
        } catch (AssertionError notDone) {
            throw new AssertionError(notDone.getMessage() + "; run: " + text("select status || ' ' || attempts || ' '"
                    + " || coalesce(failure_reason, '-') || ' ' || heartbeat_at from publication_run where id = ?", run)
                    + "; executions: " + executionsOf(execution).stream().map(e -> e[0] + "/" + e[1]).toList()
                    + "; threads in " + threadDump(), notDone);
        }

        assertEquals(2, count("select count(*) from publication_file where run_id = ?", run), "one PDF and one XLSX");
        assertEquals(1, count("select count(*) from outbox_mail where publication_run_id = ?", run), "one mail for HR");
        // The run is DONE when its files are published, inside the last chunk; the job repository says
        // COMPLETED a moment later, when the step and the job have ended.
        waitUntil(() -> {
            try {
                List<String[]> now = executionsOf(execution);
                return now.size() >= 2 && !"STARTED".equals(now.get(now.size() - 1)[0]);
            } catch (java.sql.SQLException e) {
                return false;
            }
        }, "the restarted execution ended", Duration.ofSeconds(30));
        List<String[]> executions = executionsOf(execution);
        assertEquals(2, executions.size(), "the killed execution and its restart");
        assertEquals("FAILED", executions.get(0)[0], "the dead execution was marked failed, deliberately");
        assertEquals("COMPLETED", executions.get(1)[0]);
        int readAfterRestart = Integer.parseInt(executions.get(1)[1]);
        assertTrue(readAfterRestart < 10 && readAfterRestart >= 1,
                "the restart read only what was not committed before the kill: " + readAfterRestart);
        waitUntil(() -> Arrays.stream(SMTP.getReceivedMessages()).filter(m -> mentions(m, "2025-K1")).count() == 1,
                "the mail to HR", Duration.ofSeconds(60));
        StaffClient.anonymous().get("/it-probe/clock"); // real time again (the mail was due by the moved clock)
    }

    private static boolean mentions(jakarta.mail.internet.MimeMessage mail, String text) {
        try {
            Object content = mail.getContent();
            return (content instanceof jakarta.mail.Multipart multipart
                    ? String.valueOf(multipart.getBodyPart(0).getContent()) : String.valueOf(content)).contains(text);
        } catch (Exception e) {
            return false;
        }
    }

    /** The server's threads, written to target/ for a failed wait (what is the restarted job waiting for?). */
    private static Path threadDump() {
        try {
            String domain = TestServer.domain().toString();
            long pid = ProcessHandle.allProcesses()
                    .filter(p -> p.info().commandLine().map(c -> c.contains(domain) && c.contains("ASMain")).orElse(false))
                    .findFirst().orElseThrow().pid();
            Path file = Path.of("target", "crash-threads.txt");
            new ProcessBuilder("jcmd", String.valueOf(pid), "Thread.print").redirectOutput(file.toFile()).start().waitFor();
            return file.toAbsolutePath();
        } catch (Exception e) {
            return Path.of("no thread dump: " + e);
        }
    }

    private static int itemsDone(long run) {
        return (int) count("select items_done from publication_run where id = ?", run);
    }
}

package nl.meldpunt.it;

import static nl.meldpunt.it.PublicationRuns.executionsOf;
import static nl.meldpunt.it.PublicationRuns.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The server is killed (kill -9) in the middle of the nightly retention run and started again (issue 15, item 5):
 * the scheduler finds the run silent with its execution left STARTED, marks that execution failed and restarts it
 * from its last checkpoint. Every due case ends anonymised once, and the organisation's counts (audit trail and the
 * admin page's row) are written once and add up: nothing counted twice, nothing skipped. In the PostgreSQL run, as
 * the report job's crash test.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RetentionCrashIT {

    private static final Pattern COUNTS = Pattern.compile("retention:due=(\\d+):anonymised=(\\d+):skipped=(\\d+)");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MeldpuntDeployment.ear();
    }

    @Test
    void aServerKilledInTheMiddleOfTheRetentionRunContinuesItFromItsCheckpointAndCountsEachCaseOnce() throws Exception {
        long demo = TestDatabase.organisationId("demo");
        List<Long> due = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            long id = TestDatabase.reportId(StaffClient.anonymous().get("/it-probe/new-report?org=demo").body().split(" ")[0]);
            closedMonthsAgo(id, 25);
            due.add(id);
        }
        long demoDue = Long.parseLong(StaffClient.anonymous().get("/it-probe/retention?count=" + demo).body().strip());
        long auditBefore = count("select count(*) from audit_entry where action = 'RETENTION_RUN' and organisation_id = ?", demo);

        // As the timer starts it, one case a chunk and a pause before each: a run long enough to kill halfway.
        String[] started = StaffClient.anonymous().get("/it-probe/retention?startScheduledRun&itemCount=1&pauseMillis=4000")
                .body().strip().split(" ");
        long execution = Long.parseLong(started[0]);
        LocalDate day = LocalDate.parse(started[1]);
        waitUntil(() -> anonymised(due) >= 2, "two cases anonymised", Duration.ofSeconds(60));
        // Into the next chunk's pause: that chunk is then wholly the restart's (a case is anonymised in a
        // transaction of its own, and the chunk's checkpoint commits right after it).
        Thread.sleep(500);
        TestServer.kill();
        long beforeRestart = anonymised(due);
        assertTrue(beforeRestart >= 2 && beforeRestart < due.size(), "killed halfway: " + beforeRestart);
        assertEquals("STARTED", PublicationRuns.text("select batchstatus from batch.executioninstancedata where jobexecid = ?",
                execution), "the killed execution is left STARTED in the job repository");
        TestServer.start(Map.of());
        try {
            StaffClient.anonymous().get("/it-probe/clock?shift=" + Duration.ofMinutes(11)); // the run is silent too long now
            waitUntil(() -> "COMPLETED".equals(runStatus(day)), "the run restarted and completed", Duration.ofSeconds(150));
        } finally {
            StaffClient.anonymous().get("/it-probe/clock");
        }

        for (long id : due) {
            assertNotNull(PublicationRuns.text("select anonymised_at from report where id = ?", id), "case " + id + " anonymised");
            assertNull(PublicationRuns.text("select data_key from report where id = ?", id), "its data key is gone");
        }
        assertEquals(auditBefore + 1, count("select count(*) from audit_entry where action = 'RETENTION_RUN' and organisation_id = ?",
                demo), "the organisation's counts written once");
        String subject = PublicationRuns.text("""
                select subject from audit_entry where organisation_id = ? and action = 'RETENTION_RUN'
                order by sequence_no desc limit 1""", demo);
        Matcher counts = COUNTS.matcher(subject);
        assertTrue(counts.matches(), subject);
        assertEquals(String.valueOf(demoDue), counts.group(1), "every due case counted: " + subject);
        assertEquals(counts.group(1), counts.group(2), "every due case anonymised: " + subject);
        assertEquals("0", counts.group(3), "none handled twice: " + subject);
        assertEquals(counts.group(2), rowValue("select anonymised from retention_run_result where run_day = ? and organisation_id = ?",
                day, demo), "the admin page's row says the same");

        waitUntil(() -> {
            try {
                List<String[]> now = executionsOf(execution);
                return now.size() >= 2 && !"STARTED".equals(now.get(now.size() - 1)[0]);
            } catch (SQLException e) {
                return false;
            }
        }, "the restarted execution ended", Duration.ofSeconds(30));
        List<String[]> executions = executionsOf(execution);
        assertEquals(2, executions.size(), "the killed execution and its restart");
        assertEquals("FAILED", executions.get(0)[0], "the dead execution was marked failed, deliberately");
        assertEquals("COMPLETED", executions.get(1)[0]);
    }

    private static long anonymised(List<Long> ids) {
        return ids.stream().filter(id -> PublicationRuns.text("select anonymised_at from report where id = ?", id) != null).count();
    }

    private static void closedMonthsAgo(long reportId, int months) throws SQLException {
        try (Connection db = TestDatabase.connect(); var st = db.prepareStatement("""
                update report set status = 'CLOSED', acknowledged_at = ?, closed_at = ?, next_status_mail_at = null,
                next_tip_mail_at = null where id = ?""")) {
            java.time.OffsetDateTime closed = java.time.OffsetDateTime.now().minusMonths(months);
            st.setObject(1, closed.minusDays(10));
            st.setObject(2, closed);
            st.setLong(3, reportId);
            assertEquals(1, st.executeUpdate());
        }
    }

    private static String runStatus(LocalDate day) {
        try {
            return rowValue("select status from retention_run where run_day = ? and 0 = ?", day, 0L);
        } catch (SQLException e) {
            return null;
        }
    }

    private static String rowValue(String sql, LocalDate day, long id) throws SQLException {
        try (Connection db = TestDatabase.connect(); PreparedStatement st = db.prepareStatement(sql)) {
            st.setObject(1, day);
            st.setLong(2, id);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? String.valueOf(rs.getObject(1)) : null;
            }
        }
    }

    private static long count(String sql, long id) throws SQLException {
        try (Connection db = TestDatabase.connect(); PreparedStatement st = db.prepareStatement(sql)) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}

package nl.meldpunt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.meldpunt.demo.DemoData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The retention batch job: the nightly timer starts it once per Dutch day (at or after 02:00), it
 * anonymises the due cases of every organisation — which also proves that the SYSTEM identity reaches
 * the job's threads, since the service refuses every other caller — and records counts only; a job
 * that fails after its first chunk is restarted from its checkpoint and handles each case once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RetentionJobIT {

    private static final ZoneId DUTCH = ZoneId.of("Europe/Amsterdam");
    private static final Pattern COUNTS_ONLY = Pattern.compile("retention:due=(\\d+):anonymised=(\\d+):skipped=(\\d+)");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MeldpuntDeployment.ear();
    }

    @AfterEach
    void realTimeAgain() {
        StaffClient.anonymous().get("/it-probe/clock");
    }

    @Test
    void theNightlyTimerRunsTheJobOnceADayAndItAnonymisesTheDueCasesOfEveryOrganisation() throws Exception {
        long demo = TestDatabase.organisationId("demo");
        long noord = TestDatabase.organisationId("noord");
        List<Long> demoCases = dueCases("demo", 3);
        List<Long> noordCases = dueCases("noord", 2);
        long young = newCase("demo");
        ended(young, 20);
        long retentionJobsBefore = count("select count(*) from batch.jobinstancedata where name = 'retention'");
        long auditBefore = count("select count(*) from audit_entry where action = 'RETENTION_RUN'");

        // Tomorrow, 02:30 Dutch time: the night's window.
        Instant target = LocalDate.now(DUTCH).plusDays(1).atTime(2, 30).atZone(DUTCH).toInstant();
        LocalDate day = LocalDate.now(DUTCH).plusDays(1);
        assertTrue(StaffClient.anonymous().get("/it-probe/clock?shift=" + Duration.between(Instant.now(), target)).body()
                .startsWith("shifted"));
        waitUntil(() -> "COMPLETED".equals(runStatus(day)), "the night's run completed", Duration.ofSeconds(120));

        for (long id : concat(demoCases, noordCases)) {
            assertAnonymised(id);
        }
        assertNull(value("select anonymised_at from report where id = ?", young), "a case within its period stays whole");
        assertEquals(retentionJobsBefore + 1, count("select count(*) from batch.jobinstancedata where name = 'retention'"));

        // Counts only, per organisation: in the audit trail and on the run's row.
        for (long organisation : List.of(demo, noord)) {
            String subject = value("""
                    select subject from audit_entry where organisation_id = ? and action = 'RETENTION_RUN'
                    order by sequence_no desc""", organisation);
            Matcher counts = COUNTS_ONLY.matcher(subject);
            assertTrue(counts.matches(), subject);
            assertEquals(counts.group(1), counts.group(2), "every due case anonymised: " + subject);
            assertEquals("0", counts.group(3), subject);
            assertTrue(Long.parseLong(counts.group(2)) >= (organisation == demo ? 3 : 2), subject);
            assertEquals(counts.group(2), value("select anonymised from retention_run_result where run_day = '" + day
                    + "' and organisation_id = ?", organisation));
            assertEquals("system", value("""
                    select actor from audit_entry where organisation_id = ? and action = 'RETENTION_RUN'
                    order by sequence_no desc""", organisation));
        }
        assertTrue(count("select count(*) from audit_entry where action = 'RETENTION_RUN'") >= auditBefore + 2);

        // Another tick the same day starts nothing.
        Thread.sleep(25_000);
        assertEquals(retentionJobsBefore + 1, count("select count(*) from batch.jobinstancedata where name = 'retention'"),
                "one run a day");
        assertEquals(1, count("select count(*) from retention_run where run_day = '" + day + "' and attempts = ?", 0));

        // The organisation admin sees the run and its count for the own organisation (logged in in real
        // time: the second factor's codes go by the clock).
        StaffClient.anonymous().get("/it-probe/clock");
        StaffClient admin = StaffClient.loggedInAs("beheerder", DemoData.DEMO_PASSWORD);
        String lastRun = Jsoup.parse(admin.get("/admin/index.xhtml").body()).getElementById("retentionLastRun").text();
        String demoCount = value("select anonymised from retention_run_result where run_day = '" + day
                + "' and organisation_id = ?", demo);
        assertTrue(lastRun.startsWith("Laatste nachtelijke run: ") && lastRun.contains("voltooid")
                && lastRun.endsWith("Geanonimiseerd: " + demoCount + " dossier(s) van uw organisatie."), lastRun);
        try (Browser browser = new Browser()) {
            browser.open("/staff/login.xhtml");
            browser.loginStaff("beheerder", DemoData.DEMO_PASSWORD);
            browser.open("/admin/index.xhtml");
            assertTrue(browser.text("retentionLastRun").contains("voltooid"));
            ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("arguments[0].scrollIntoView({block: 'center'})", browser.find("retentionLastRun"));
            browser.assertHealthy();
            browser.screenshot("retention-admin-last-run");
        }
    }

    @Test
    void aJobThatFailsAfterItsFirstChunkRestartsFromItsCheckpointAndHandlesEachCaseOnce() throws Exception {
        List<Long> mine = dueCases("demo", 5);
        long totalDue = 0;
        long organisationsWithDue = 0;
        for (long organisation : organisations()) {
            long due = Long.parseLong(StaffClient.anonymous().get("/it-probe/retention?count=" + organisation).body());
            totalDue += due;
            organisationsWithDue += due > 0 ? 1 : 0;
        }
        assertTrue(totalDue >= 5);

        // Two items a chunk; the first execution fails when about to write its second chunk.
        long first = Long.parseLong(StaffClient.anonymous().get("/it-probe/retention?startJob&itemCount=2&failAfterUnits=1")
                .body().strip());
        waitUntil(() -> "FAILED".equals(batchStatus(first)), "the first execution failed", Duration.ofSeconds(60));
        assertTrue(exitStatus(first).contains("failAfterUnits"), exitStatus(first));
        long anonymisedAfterFirst = mine.stream().filter(id -> anonymisedAt(id) != null).count();
        assertTrue(anonymisedAfterFirst <= 2, "at most the first chunk's cases: " + anonymisedAfterFirst);

        long second = Long.parseLong(StaffClient.anonymous().get("/it-probe/retention?restartJob=" + first + "&itemCount=2")
                .body().strip());
        waitUntil(() -> "COMPLETED".equals(batchStatus(second)), "the restart completed", Duration.ofSeconds(60));
        for (long id : mine) {
            assertAnonymised(id);
        }
        List<Integer> reads = readCounts(first);
        assertEquals(2, reads.size(), "the failed execution and its restart: " + reads);
        // Every due case and one "organisation done" per organisation with due cases; the restart
        // read all but the first committed chunk's two.
        assertEquals(totalDue + organisationsWithDue - 2, (long) reads.get(1), "read after the restart: " + reads);

        String subject = value("""
                select subject from audit_entry where organisation_id = ? and action = 'RETENTION_RUN'
                order by sequence_no desc""", TestDatabase.organisationId("demo"));
        Matcher counts = COUNTS_ONLY.matcher(subject);
        assertTrue(counts.matches(), subject);
        assertEquals("0", counts.group(3), "no case handled twice: " + subject);
        assertEquals(counts.group(1), counts.group(2), subject);
    }

    /** New reports of the organisation, closed 25 months ago: due. */
    private static List<Long> dueCases(String slug, int n) throws SQLException {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long id = newCase(slug);
            ended(id, 25);
            ids.add(id);
        }
        return ids;
    }

    private static long newCase(String slug) throws SQLException {
        return TestDatabase.reportId(StaffClient.anonymous().get("/it-probe/new-report?org=" + slug).body().split(" ")[0]);
    }

    private static void ended(long reportId, int monthsAgo) throws SQLException {
        try (Connection db = TestDatabase.connect(); var st = db.prepareStatement("""
                update report set status = 'CLOSED', acknowledged_at = ?, closed_at = ?, next_status_mail_at = null,
                next_tip_mail_at = null where id = ?""")) {
            OffsetDateTime closed = OffsetDateTime.now().minusMonths(monthsAgo);
            st.setObject(1, closed.minusDays(10));
            st.setObject(2, closed);
            st.setLong(3, reportId);
            assertEquals(1, st.executeUpdate());
        }
    }

    private static void assertAnonymised(long id) throws SQLException {
        assertNotNull(anonymisedAt(id), "case " + id + " anonymised");
        assertNull(value("select data_key from report where id = ?", id), "its data key is gone");
        assertEquals(0, count("select count(*) from report_answer where report_id = ?", id), "its story is gone");
    }

    private static String anonymisedAt(long id) {
        try {
            return value("select anonymised_at from report where id = ?", id);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Long> organisations() throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection db = TestDatabase.connect(); ResultSet rs = db.createStatement().executeQuery("select id from organisation")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private static String runStatus(LocalDate day) {
        try (Connection db = TestDatabase.connect(); PreparedStatement st = db.prepareStatement(
                "select status from retention_run where run_day = ?")) {
            st.setObject(1, day);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String batchStatus(long execution) {
        try {
            return value("select batchstatus from batch.executioninstancedata where jobexecid = ?", execution);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String exitStatus(long execution) throws SQLException {
        return value("select exitstatus from batch.executioninstancedata where jobexecid = ?", execution);
    }

    /** Items read by each execution of the job instance that {@code firstExecution} started, in order. */
    private static List<Integer> readCounts(long firstExecution) throws SQLException {
        List<Integer> reads = new ArrayList<>();
        try (Connection c = TestDatabase.connect(); PreparedStatement st = c.prepareStatement("""
                select s.readcount from batch.stepexecutioninstancedata s
                join batch.executioninstancedata e on e.jobexecid = s.jobexecid
                where e.jobinstanceid = (select jobinstanceid from batch.executioninstancedata where jobexecid = ?)
                order by e.jobexecid""")) {
            st.setLong(1, firstExecution);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    reads.add(rs.getInt(1));
                }
            }
        }
        return reads;
    }

    private static String value(String sql, long id) throws SQLException {
        try (Connection db = TestDatabase.connect(); var st = db.prepareStatement(sql)) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                assertTrue(rs.next(), sql);
                Object value = rs.getObject(1);
                return value == null ? null : value.toString();
            }
        }
    }

    private static long count(String sql, Object... parameters) throws SQLException {
        try (Connection db = TestDatabase.connect(); var st = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                st.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static List<Long> concat(List<Long> a, List<Long> b) {
        List<Long> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static void waitUntil(BooleanSupplier condition, String what, Duration timeout) throws InterruptedException {
        Instant end = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            assertTrue(Instant.now().isBefore(end), "timed out waiting for: " + what);
            Thread.sleep(500);
        }
    }
}

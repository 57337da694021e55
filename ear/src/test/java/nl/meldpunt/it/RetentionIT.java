package nl.meldpunt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.meldpunt.demo.DemoData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Retention end to end, checked in the database: of three worked cases of one organisation — one
 * closed longer ago than the retention period, one closed more recently, one still open — and one
 * withdrawn long ago, a run anonymises the first and the withdrawn one. It loses its story, messages, attachments, notes, data key, password hash
 * and vault entry and keeps what the register counts; the others are untouched; the audit trail gets
 * one entry with counts only; a second go changes nothing; the confidant's case page shows a notice,
 * the reporter's login says the case no longer exists, the admin's page shows the dry run.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RetentionIT {

    private static final String KEPT = """
            select organisation_id, case_code, category, subcategory, relation, ongoing, needs, channel, language, track,
            status, sharing_consent, submitted_at, acknowledged_at, closed_at, withdrawn_at from report where id = ?""";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MeldpuntDeployment.ear();
    }

    @AfterEach
    void realTimeAgain() {
        StaffClient.anonymous().get("/it-probe/clock");
    }

    @Test
    void onlyACaseEndedLongerAgoThanTheRetentionPeriodIsAnonymisedAndWhatTheRegisterCountsStays() throws Exception {
        long demo = TestDatabase.organisationId("demo");
        StaffClient job = StaffClient.anonymous();
        StaffClient confidant = StaffClient.loggedInAs("vertrouwenspersoon", DemoData.DEMO_PASSWORD);
        long dueBefore = Long.parseLong(job.get("/it-probe/retention?count=" + demo).body());

        Case old = Case.submitted("oud-" + System.nanoTime() + "@melder.test");
        Case young = Case.submitted(null);
        Case open = Case.submitted("open-" + System.nanoTime() + "@melder.test");
        Case withdrawn = Case.submitted(null);
        for (Case c : List.of(old, young, open)) {
            worked(confidant, c);
        }
        ended(old.id, 25);
        ended(young.id, 23);
        withdrawn(withdrawn.id, 25);

        // The dry run, by the server's clock: two months on, the younger one is due too. A withdrawn case
        // ended when it was withdrawn.
        assertEquals(dueBefore + 2, count(job, demo));
        job.get("/it-probe/clock?shift=P62D");
        assertEquals(dueBefore + 3, count(job, demo), "the service counts by the injected clock");
        job.get("/it-probe/clock");
        assertEquals(dueBefore + 2, count(job, demo));

        StaffClient admin = StaffClient.loggedInAs("beheerder", DemoData.DEMO_PASSWORD);
        Document adminPage = Jsoup.parse(admin.get("/admin/index.xhtml").body());
        assertTrue(adminPage.getElementById("retentionDue").text().contains(String.valueOf(dueBefore + 2)),
                adminPage.getElementById("retentionDue").text());
        long noord = TestDatabase.organisationId("noord");
        long deniedBefore = TestDatabase.countAudit("staff:" + TestDatabase.staffId("beheerder"), "ACCESS_DENIED", "retention:" + noord);
        assertEquals("DENIED", admin.callService("RetentionService", "countDue", String.valueOf(noord)),
                "an organisation admin asks the dry run of the own organisation only");
        assertEquals(deniedBefore + 1,
                TestDatabase.countAudit("staff:" + TestDatabase.staffId("beheerder"), "ACCESS_DENIED", "retention:" + noord));

        Map<String, String> oldKept = row(KEPT, old.id);
        Map<String, String> oldRegistration = row("select * from case_registration where report_id = ?", old.id);
        Map<String, Long> oldRecords = records(old.id);
        Map<String, String> youngWhole = whole(young.id);
        Map<String, String> openWhole = whole(open.id);
        long addresses = vaultAddresses();

        String[] run = job.get("/it-probe/retention?run=" + demo + "&size=2").body().split(" ");
        assertEquals(List.of(String.valueOf(dueBefore + 2), String.valueOf(dueBefore + 2), "0"), Arrays.asList(run),
                "due, anonymised, skipped");
        assertNull(row("select data_key from report where id = ?", withdrawn.id).get("data_key"), "the withdrawn case too");
        assertEquals(0, count("select count(*) from report_answer where report_id = ?", withdrawn.id));

        // The old case: nothing personal or free is left ...
        Map<String, String> secrets = row("select data_key, password_hash, anonymised_at from report where id = ?", old.id);
        assertNull(secrets.get("data_key"), "the wrapped data key is gone");
        assertEquals(0, count("select count(*) from case_key where case_code = (select case_code from report where id = ?)", old.id),
                "every person's copy of the case key is gone too (issue 17)");
        assertNull(secrets.get("password_hash"), "nobody can log in any more");
        assertNotNull(secrets.get("anonymised_at"));
        for (String table : List.of("report_answer", "report_message", "report_attachment")) {
            assertEquals(0, count("select count(*) from " + table + " where report_id = ?", old.id), table);
        }
        assertEquals(0, count("select count(*) from case_step where report_id = ? and sealed_note is not null", old.id));
        assertEquals(0, count("select count(*) from case_referral where report_id = ? and sealed_note is not null", old.id));
        assertEquals(0, count("select count(*) from peer_consultation where report_id = ? and sealed_note is not null", old.id));
        assertEquals(0, count("""
                select count(*) from confidentiality_breach where report_id = ?
                and (sealed_informed is not null or sealed_explanation is not null)""", old.id));
        assertEquals(addresses - 1, vaultAddresses(), "the old case's address left the vault, no other");
        // ... and what the register and the annual report count is kept.
        assertEquals(oldKept, row(KEPT, old.id));
        assertEquals(oldRegistration, row("select * from case_registration where report_id = ?", old.id));
        assertEquals(oldRecords, records(old.id), "steps, referrals, consultations, breaches and consents keep their kinds and dates");

        // The others are untouched, down to their keys and texts.
        assertEquals(youngWhole, whole(young.id));
        assertEquals(openWhole, whole(open.id));

        // One audit entry for the run, with counts only.
        Map<String, String> entry = row("""
                select actor, subject from audit_entry where organisation_id = ? and action = 'RETENTION_RUN'
                order by sequence_no desc""", demo);
        assertEquals("system", entry.get("actor"));
        assertEquals("retention:due=" + (dueBefore + 2) + ":anonymised=" + (dueBefore + 2) + ":skipped=0", entry.get("subject"));

        // Idempotent: a second go does nothing.
        assertEquals("false", job.get("/it-probe/retention?anonymise=" + old.id).body());
        assertEquals("0 0 0", job.get("/it-probe/retention?run=" + demo + "&size=2").body());
        assertEquals("0", job.get("/it-probe/retention?count=" + demo).body());
        assertEquals(oldKept, row(KEPT, old.id));
        assertEquals("DENIED", confidant.callService("CaseFileService", "writeMessage", String.valueOf(old.id), "Nog iets"),
                "nothing of an anonymised case is left to work on");
        assertEquals(0, count("select count(*) from report_message where report_id = ?", old.id));

        // The confidant's case page says what happened, instead of failing.
        HttpResponse<String> casePage = confidant.get("/console/case.xhtml?id=" + old.id);
        assertEquals(200, casePage.statusCode());
        Document page = Jsoup.parse(casePage.body());
        assertNotNull(page.getElementById("anonymisedNotice"), casePage.body());
        assertTrue(page.getElementById("anonymisedNotice").text().startsWith("Dit dossier is na de bewaartermijn geanonimiseerd"));
        assertFalse(casePage.body().contains(old.marker), "no text of the case is left to show");
        assertNull(page.getElementById("messageList"), "nothing to work on");
        Document youngPage = Jsoup.parse(confidant.get("/console/case.xhtml?id=" + young.id).body());
        assertNull(youngPage.getElementById("anonymisedNotice"));
        assertTrue(youngPage.body().text().contains("Bericht " + young.marker), "a whole case opens as before");

        // The reporter hears that the case no longer exists (and gets no stack trace).
        HttpResponse<String> login = StaffClient.anonymous().loginAsReporter(old.caseCode, old.password);
        assertEquals(200, login.statusCode());
        assertTrue(login.body().contains("het dossier bestaat niet meer"), login.body());
        HttpResponse<String> wrong = StaffClient.anonymous().loginAsReporter(young.caseCode, "wrong-password-123");
        assertFalse(wrong.body().contains("het dossier bestaat niet meer"), "a wrong password keeps the one answer");

        // Nothing due any more: the admin's page says so.
        adminPage = Jsoup.parse(admin.get("/admin/index.xhtml").body());
        assertEquals("Bij de volgende run worden 0 dossiers geanonimiseerd.", adminPage.getElementById("retentionDue").text());

        // As the confidant sees it in the browser.
        try (Browser browser = new Browser()) {
            browser.open("/staff/login.xhtml");
            browser.loginStaff("vertrouwenspersoon", DemoData.DEMO_PASSWORD);
            browser.open("/console/case.xhtml?id=" + old.id);
            assertTrue(browser.text("anonymisedNotice").startsWith("Dit dossier is na de bewaartermijn geanonimiseerd"));
            browser.assertHealthy();
            browser.screenshot("retention-case-anonymised");
        }
    }

    @Test
    void theAdminSetsTheRetentionPeriodButNeverBelowTwelveMonths() throws Exception {
        long demo = TestDatabase.organisationId("demo");
        StaffClient admin = StaffClient.loggedInAs("beheerder", DemoData.DEMO_PASSWORD);
        try {
            HttpResponse<String> refused = admin.submit("/admin/index.xhtml", "orgSettings", Map.of("orgSettings:months", "11"),
                    "orgSettings:save");
            Document page = Jsoup.parse(refused.body());
            assertTrue(page.getElementById("orgSettings:monthsError").text().startsWith("Een bewaartermijn is minstens 12"),
                    refused.body());
            assertEquals("24", row("select retention_months from organisation where id = ?", demo).get("retention_months"));
            try (Browser browser = new Browser()) {
                browser.open("/staff/login.xhtml");
                browser.loginStaff("beheerder", DemoData.DEMO_PASSWORD);
                browser.open("/admin/index.xhtml");
                browser.type(org.openqa.selenium.By.id("orgSettings:months"), "6");
                browser.clickAndWaitForPage("orgSettings:save");
                assertTrue(browser.text("orgSettings:monthsError").startsWith("Een bewaartermijn is minstens 12"));
                browser.assertHealthy();
                browser.screenshot("retention-admin-too-short");
            }

            HttpResponse<String> saved = admin.submit("/admin/index.xhtml", "orgSettings", Map.of("orgSettings:months", "36"),
                    "orgSettings:save");
            assertTrue(saved.body().contains("De instellingen zijn opgeslagen"), saved.body());
            assertEquals("36", row("select retention_months from organisation where id = ?", demo).get("retention_months"));
            assertEquals(1, count("""
                    select count(*) from audit_entry where organisation_id = ? and action = 'ORGANISATION_RETENTION_CHANGED'
                    and subject = 'organisation:""" + demo + ":36'", demo));
        } finally {
            admin.callService("OrganisationService", "changeRetentionMonths", "24");
        }
    }

    /** A confidant's work on the case: a message, a step, a referral, a consultation and a breach, with notes; a file. */
    private static void worked(StaffClient confidant, Case c) throws SQLException {
        String today = LocalDate.now().toString();
        String id = String.valueOf(c.id);
        for (String answer : List.of(
                confidant.callService("CaseFileService", "writeMessage", id, "Bericht " + c.marker),
                confidant.callService("CaseFileService", "addStep", id, "RECEPTION", today, "Notitie " + c.marker, "true"),
                confidant.callService("CaseFileService", "recordReferral", id, "PSYCHOLOGIST", today, "false", "Verwijzing " + c.marker),
                confidant.callService("CaseFileService", "recordPeerConsultation", id, today, "Intervisie " + c.marker),
                confidant.callService("CaseFileService", "recordBreach", id, "SAFETY_AT_STAKE", "Directeur " + c.marker, today,
                        "Uitleg " + c.marker, "true"))) {
            assertEquals("ALLOWED null", answer);
        }
        try (Connection db = TestDatabase.connect()) {
            try (var st = db.prepareStatement("""
                    insert into report_attachment (id, report_id, sealed_name, content_type, size_bytes, sealed_content, added_by, added_at)
                    values ((select coalesce(max(id), 0) + 1 from report_attachment), ?, ?, 'text/plain', 4, ?, 'REPORTER', current_timestamp)""")) {
                st.setLong(1, c.id);
                st.setBytes(2, ("naam " + c.marker).getBytes(StandardCharsets.UTF_8));
                st.setBytes(3, ("inhoud " + c.marker).getBytes(StandardCharsets.UTF_8));
                st.executeUpdate();
            }
            try (var st = db.prepareStatement("""
                    update case_registration set department = 'Sociaal Domein', advice_given = 'LISTENED,INFORMATION',
                    outcome = 'NO_FURTHER_ACTION', sanction_considered = true where report_id = ?""")) {
                st.setLong(1, c.id);
                assertEquals(1, st.executeUpdate(), "the referral started the registration form");
            }
        }
    }

    /** Closes the case, this many months ago. */
    private static void ended(long reportId, int monthsAgo) throws SQLException {
        try (Connection db = TestDatabase.connect(); var st = db.prepareStatement(
                """
                update report set status = 'CLOSED', acknowledged_at = ?, closed_at = ?, next_status_mail_at = null,
                next_tip_mail_at = null where id = ?""")) {
            OffsetDateTime closed = OffsetDateTime.now().minusMonths(monthsAgo);
            st.setObject(1, closed.minusDays(10));
            st.setObject(2, closed);
            st.setLong(3, reportId);
            assertEquals(1, st.executeUpdate());
        }
    }

    /** Withdrawn by the reporter, this many months ago. */
    private static void withdrawn(long reportId, int monthsAgo) throws SQLException {
        try (Connection db = TestDatabase.connect(); var st = db.prepareStatement("""
                update report set status = 'WITHDRAWN', withdrawn_at = ?, next_status_mail_at = null, next_tip_mail_at = null
                where id = ?""")) {
            st.setObject(1, OffsetDateTime.now().minusMonths(monthsAgo));
            st.setLong(2, reportId);
            assertEquals(1, st.executeUpdate());
        }
    }

    private static long count(StaffClient job, long organisationId) {
        return Long.parseLong(job.get("/it-probe/retention?count=" + organisationId).body());
    }

    /** The kinds and dates the register keeps of the records around a case, as counts per kind and date. */
    private static Map<String, Long> records(long reportId) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String sql : List.of(
                "select step_key, happened_on, visible_to_reporter, count(*) from case_step where report_id = ? group by step_key, happened_on, visible_to_reporter",
                "select kind, referred_on, details_shared, count(*) from case_referral where report_id = ? group by kind, referred_on, details_shared",
                "select consulted_on, count(*) from peer_consultation where report_id = ? group by consulted_on",
                "select reason, informed_on, count(*) from confidentiality_breach where report_id = ? group by reason, informed_on",
                "select scope, given_by, count(*) from report_consent where report_id = ? group by scope, given_by")) {
            try (Connection db = TestDatabase.connect(); var st = db.prepareStatement(sql)) {
                st.setLong(1, reportId);
                try (ResultSet rs = st.executeQuery()) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        List<String> key = new ArrayList<>();
                        for (int i = 1; i < columns; i++) {
                            key.add(rs.getString(i));
                        }
                        counts.put(sql.substring(sql.indexOf(" from ") + 6, sql.indexOf(" where")) + key, rs.getLong(columns));
                    }
                }
            }
        }
        assertTrue(counts.size() >= 4, "the case had steps, referrals, consultations and breaches: " + counts);
        return counts;
    }

    /** Everything of a case, texts and keys included (as Base64), to compare before and after. */
    private static Map<String, String> whole(long reportId) throws SQLException {
        Map<String, String> all = new LinkedHashMap<>(row("select * from report where id = ?", reportId));
        for (String table : List.of("report_answer", "report_message", "report_attachment", "case_step", "case_referral",
                "peer_consultation", "confidentiality_breach", "case_registration", "report_consent")) {
            try (Connection db = TestDatabase.connect();
                 var st = db.prepareStatement("select * from " + table + " where report_id = ? order by 2, 1")) {
                st.setLong(1, reportId);
                try (ResultSet rs = st.executeQuery()) {
                    int n = 0;
                    while (rs.next()) {
                        all.put(table + "#" + n++, values(rs).toString());
                    }
                }
            }
        }
        try (Connection db = TestDatabase.connect(); var st = db.prepareStatement(
                "select holder, wrapped from case_key where case_code = (select case_code from report where id = ?) order by holder")) {
            st.setLong(1, reportId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    all.put("case_key#" + rs.getString(1), Base64.getEncoder().encodeToString(rs.getBytes(2)));
                }
            }
        }
        assertNotNull(all.get("case_key#reporter"), "the reporter's copy of the case key (issue 17)");
        assertNotEquals(null, all.get("report_message#0"));
        return all;
    }

    private static Map<String, String> row(String sql, long id) throws SQLException {
        try (Connection db = TestDatabase.connect(); var st = db.prepareStatement(sql)) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                assertTrue(rs.next(), sql);
                return values(rs);
            }
        }
    }

    private static Map<String, String> values(ResultSet rs) throws SQLException {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
            Object value = rs.getObject(i);
            values.put(rs.getMetaData().getColumnLabel(i).toLowerCase(java.util.Locale.ROOT),
                    value == null ? null : value instanceof byte[] bytes ? Base64.getEncoder().encodeToString(bytes) : value.toString());
        }
        return values;
    }

    private static long count(String sql, long id) throws SQLException {
        try (Connection db = TestDatabase.connect(); var st = db.prepareStatement(sql)) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long vaultAddresses() throws SQLException {
        try (Connection vault = TestDatabase.connectAsVault();
             ResultSet rs = vault.createStatement().executeQuery("select count(*) from vault.mail_address")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A fresh report of the demo organisation; its texts carry a marker of its own. */
    private record Case(long id, String caseCode, String password, String marker) {
        static Case submitted(String address) throws SQLException {
            String[] credentials = StaffClient.anonymous().get("/it-probe/new-report?org=demo"
                    + (address == null ? "" : "&email=" + URLEncoder.encode(address, StandardCharsets.UTF_8))).body().split(" ");
            return new Case(TestDatabase.reportId(credentials[0]), credentials[0], credentials[1], "merkteken-" + System.nanoTime());
        }
    }
}

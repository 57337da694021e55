package nl.meldpunt.it;

import static nl.meldpunt.it.PublicationRuns.status;
import static nl.meldpunt.it.PublicationRuns.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.meldpunt.demo.DemoData;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The confidant's activity log (issue 14, item 5): recorded, changed and removed through the service as the
 * demo's confidant, every change audited without personal data; refused with its reason when invalid (nothing
 * stored); refused and audited for a confidant of another organisation; and counted per kind in the annual report,
 * the same figures as an independent count in the database.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PracticeActivityIT {

    private static final ZoneId DUTCH = ZoneId.of("Europe/Amsterdam");
    private static final Pattern VIEW = Pattern.compile("ActivityView\\[id=(\\d+), .*version=(\\d+)\\]");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MeldpuntDeployment.ear();
    }

    @Test
    void theConfidantRecordsChangesAndRemovesAnActivityAndEachStepIsAudited() throws Exception {
        long demo = TestDatabase.organisationId("demo");
        String actor = "staff:" + TestDatabase.staffId("vertrouwenspersoon");
        StaffClient confidant = StaffClient.loggedInAs("vertrouwenspersoon", DemoData.DEMO_PASSWORD);
        LocalDate today = LocalDate.now(DUTCH);

        String recorded = confidant.callService("PracticeActivityService", "record", String.valueOf(demo), "INFORMATION_SESSION",
                today.toString(), "EMPLOYEES", "23", "ROLE_OF_CONFIDANT");
        Matcher m = view(recorded);
        long id = Long.parseLong(m.group(1));
        assertEquals("INFORMATION_SESSION EMPLOYEES 23 ROLE_OF_CONFIDANT " + today, row(id), "stored as given, today allowed");
        assertEquals(1, TestDatabase.countAudit(actor, "PRACTICE_ACTIVITY_RECORDED", "activity:" + id + ":INFORMATION_SESSION"));

        String changed = confidant.callService("PracticeActivityService", "change", String.valueOf(id), "ADVICE_UNSOLICITED",
                today.minusDays(3).toString(), "EMPLOYEES", "23", "WORK_CLIMATE", m.group(2));
        Matcher after = view(changed);
        assertEquals("ADVICE_UNSOLICITED null null WORK_CLIMATE " + today.minusDays(3), row(id),
                "advice keeps no audience and no participants");
        assertEquals(1, TestDatabase.countAudit(actor, "PRACTICE_ACTIVITY_CHANGED", "activity:" + id + ":ADVICE_UNSOLICITED"));
        assertTrue(confidant.callService("PracticeActivityService", "change", String.valueOf(id), "POLICY_EVALUATION",
                today.toString(), "MIXED", "0", "PSA_POLICY", m.group(2)).contains("CHANGED_ELSEWHERE"),
                "a change based on an older version is refused, not overwritten");
        assertTrue(confidant.callService("PracticeActivityService", "activitiesOf", String.valueOf(demo),
                String.valueOf(today.minusDays(3).getYear())).contains("id=" + id + ","), "listed in its year");

        assertEquals("ALLOWED null", confidant.callService("PracticeActivityService", "remove", after.group(1)));
        assertEquals(null, row(id), "gone");
        assertEquals(1, TestDatabase.countAudit(actor, "PRACTICE_ACTIVITY_REMOVED", "activity:" + id + ":ADVICE_UNSOLICITED"));
        assertTrue(confidant.callService("PracticeActivityService", "remove", String.valueOf(id)).contains("NOT_FOUND"));
    }

    @Test
    void anInvalidActivityIsRefusedWithItsReasonAndNothingIsStored() throws Exception {
        long demo = TestDatabase.organisationId("demo");
        StaffClient confidant = StaffClient.loggedInAs("vertrouwenspersoon", DemoData.DEMO_PASSWORD);
        LocalDate today = LocalDate.now(DUTCH);
        String org = String.valueOf(demo);
        long before = count(demo);
        Map<String, String[]> refusals = new LinkedHashMap<>();
        refusals.put("DATE_IN_FUTURE", new String[] {org, "TRAINING", today.plusDays(1).toString(), "MANAGERS", "12"});
        refusals.put("DATE_TOO_EARLY", new String[] {org, "TRAINING", "1999-12-31", "MANAGERS", "12"});
        refusals.put("PARTICIPANTS_OUT_OF_RANGE", new String[] {org, "TRAINING", today.toString(), "MANAGERS", "0"});
        refusals.put("PARTICIPANTS_OUT_OF_RANGE ", new String[] {org, "INFORMATION_SESSION", today.toString(), "EMPLOYEES", "10001"});
        refusals.put("TOPIC_MISSING", new String[] {org, "ADVICE_SOLICITED", today.toString(), "BOARD", "0"});
        refusals.put("KIND_MISSING", new String[] {org});
        refusals.forEach((reason, args) -> {
            String answer = confidant.callService("PracticeActivityService", "record", args);
            assertTrue(answer.startsWith("REFUSED") && answer.contains(reason.strip()), reason + ": " + answer);
        });
        assertEquals(before, count(demo), "nothing stored");
        Matcher largest = view(confidant.callService("PracticeActivityService", "record", org, "INFORMATION_SESSION",
                today.toString(), "MIXED", "10000"));
        assertEquals(before + 1, count(demo), "10,000 participants is the most, and allowed");
        confidant.callService("PracticeActivityService", "remove", largest.group(1));
    }

    @Test
    void aConfidantOfAnotherOrganisationIsRefusedAndAudited() throws Exception {
        long demo = TestDatabase.organisationId("demo");
        StaffClient own = StaffClient.loggedInAs("vertrouwenspersoon", DemoData.DEMO_PASSWORD);
        long id = Long.parseLong(view(own.callService("PracticeActivityService", "record", String.valueOf(demo), "POLICY_EVALUATION",
                LocalDate.now(DUTCH).toString(), "MIXED", "0", "REPORTING_PROCEDURE")).group(1));

        StaffClient noord = StaffClient.loggedInAs("vertrouwenspersoon.noord", DemoData.DEMO_PASSWORD);
        String actor = "staff:" + TestDatabase.staffId("vertrouwenspersoon.noord");
        long listBefore = TestDatabase.countAudit(actor, "ACCESS_DENIED", "activities:" + demo);
        long oneBefore = TestDatabase.countAudit(actor, "ACCESS_DENIED", "activity:" + id);
        assertEquals("DENIED", noord.callService("PracticeActivityService", "activitiesOf", String.valueOf(demo),
                String.valueOf(LocalDate.now(DUTCH).getYear())));
        assertEquals("DENIED", noord.callService("PracticeActivityService", "countsFor", String.valueOf(demo),
                String.valueOf(LocalDate.now(DUTCH).getYear())));
        assertEquals("DENIED", noord.callService("PracticeActivityService", "record", String.valueOf(demo), "TRAINING",
                LocalDate.now(DUTCH).toString(), "MANAGERS", "8"));
        assertEquals("DENIED", noord.callService("PracticeActivityService", "change", String.valueOf(id), "TRAINING",
                LocalDate.now(DUTCH).toString(), "MANAGERS", "8", "OTHER", "1"));
        assertEquals("DENIED", noord.callService("PracticeActivityService", "remove", String.valueOf(id)));
        assertEquals(listBefore + 3, TestDatabase.countAudit(actor, "ACCESS_DENIED", "activities:" + demo), "every refusal audited");
        assertEquals(oneBefore + 2, TestDatabase.countAudit(actor, "ACCESS_DENIED", "activity:" + id));
        assertTrue(row(id).startsWith("POLICY_EVALUATION"), "untouched");

        HttpResponse<String> page = noord.get("/console/activities.xhtml?org=" + demo);
        assertEquals(403, page.statusCode(), "the page of another organisation");
        own.callService("PracticeActivityService", "remove", String.valueOf(id));
    }

    @Test
    void theAnnualReportCountsTheYearsActivitiesPerKind() throws Exception {
        long demo = TestDatabase.organisationId("demo");
        int lastYear = LocalDate.now(DUTCH).getYear() - 1;
        StaffClient confidant = StaffClient.loggedInAs("vertrouwenspersoon", DemoData.DEMO_PASSWORD);
        String org = String.valueOf(demo);
        record(confidant, org, "INFORMATION_SESSION", LocalDate.of(lastYear, 2, 14), "EMPLOYEES", "31", "ROLE_OF_CONFIDANT");
        record(confidant, org, "INFORMATION_SESSION", LocalDate.of(lastYear, 12, 31), "WORKS_COUNCIL", "4", "");
        record(confidant, org, "TRAINING", LocalDate.of(lastYear, 5, 1), "MANAGERS", "9", "BULLYING");
        record(confidant, org, "ADVICE_SOLICITED", LocalDate.of(lastYear, 1, 1), "", "0", "AGGRESSION");
        record(confidant, org, "ADVICE_UNSOLICITED", LocalDate.of(lastYear, 7, 7), "", "0", "WORK_CLIMATE");
        record(confidant, org, "POLICY_EVALUATION", LocalDate.of(lastYear, 10, 3), "", "0", "PSA_POLICY");
        // Outside the year: not counted.
        record(confidant, org, "TRAINING", LocalDate.of(lastYear - 1, 12, 31), "HR", "500", "");
        record(confidant, org, "ADVICE_SOLICITED", LocalDate.of(lastYear + 1, 1, 1), "", "0", "OTHER");

        List<String> expected = independentCount(demo, lastYear);
        String console = confidant.callService("PracticeActivityService", "countsFor", org, String.valueOf(lastYear));
        assertEquals("ALLOWED ActivityYear[year=" + lastYear + ", informationSessions=" + expected.get(0).split("=")[1]
                + ", trainings=" + expected.get(1).split("=")[1] + ", participants=" + expected.get(2).split("=")[1]
                + ", adviceSolicited=" + expected.get(3).split("=")[1] + ", adviceUnsolicited=" + expected.get(4).split("=")[1]
                + ", policyEvaluations=" + expected.get(5).split("=")[1] + "]", console, "the console counts as the database does");

        StaffClient admin = StaffClient.loggedInAs("beheerder", DemoData.DEMO_PASSWORD);
        long run = Long.parseLong(admin.callService("PublicationService", "requestNow", "ANNUAL", "YEAR").substring(8));
        waitUntil(() -> status(run).equals("DONE"), "the annual report done", Duration.ofSeconds(120));
        byte[] docx = docxOf(admin, run);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertTrue(document.getParagraphs().stream().anyMatch(p -> p.getText().equals("Activiteiten van de vertrouwenspersoon")
                    && "Heading1".equals(p.getStyle())), "a section of its own");
            XWPFTable table = document.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals("Activiteit"))
                    .findFirst().orElseThrow();
            List<String> printed = table.getRows().stream().skip(1)
                    .map(r -> r.getCell(0).getText() + "=" + r.getCell(1).getText()).toList();
            assertEquals(List.of("Voorlichtingsbijeenkomsten=" + expected.get(0).split("=")[1],
                    "Trainingen=" + expected.get(1).split("=")[1],
                    "Deelnemers aan voorlichting en training samen=" + expected.get(2).split("=")[1],
                    "Gevraagd advies aan de leiding=" + expected.get(3).split("=")[1],
                    "Ongevraagd advies aan de leiding=" + expected.get(4).split("=")[1],
                    "Beleidsevaluaties en overleg over het beleid=" + expected.get(5).split("=")[1]), printed,
                    "every count exactly, small ones too (activities are not about people)");
        }
    }

    // --- helpers ---

    private static void record(StaffClient confidant, String org, String kind, LocalDate day, String audience, String participants,
                               String topic) {
        List<String> args = new java.util.ArrayList<>(List.of(org, kind, day.toString()));
        // The probe turns a missing argument into null; an empty one would be no enum name at all.
        if (!audience.isEmpty() || !topic.isEmpty()) {
            args.add(audience.isEmpty() ? "MIXED" : audience);
            args.add(participants);
        }
        if (!topic.isEmpty()) {
            args.add(topic);
        }
        String answer = confidant.callService("PracticeActivityService", "record", args.toArray(String[]::new));
        assertTrue(answer.startsWith("ALLOWED"), kind + " " + day + ": " + answer);
    }

    private static Matcher view(String answer) {
        Matcher m = VIEW.matcher(answer);
        assertTrue(answer.startsWith("ALLOWED") && m.find(), answer);
        return m;
    }

    /** "KIND AUDIENCE PARTICIPANTS TOPIC DAY" of the stored row, or null when there is none. */
    private static String row(long id) throws SQLException {
        try (Connection c = TestDatabase.connect(); PreparedStatement st = c.prepareStatement(
                "select kind, audience, participants, topic, held_on from practice_activity where id = ?")) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) + " " + rs.getString(2) + " " + rs.getObject(3) + " " + rs.getString(4) + " "
                        + rs.getObject(5, LocalDate.class) : null;
            }
        }
    }

    private static long count(long organisation) throws SQLException {
        try (Connection c = TestDatabase.connect(); PreparedStatement st = c.prepareStatement(
                "select count(*) from practice_activity where organisation_id = ?")) {
            st.setLong(1, organisation);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The year's counts straight from the table: sessions, trainings, participants, advice asked, unasked, evaluations. */
    private static List<String> independentCount(long organisation, int year) throws SQLException {
        try (Connection c = TestDatabase.connect(); PreparedStatement st = c.prepareStatement("""
                select sum(case when kind = 'INFORMATION_SESSION' then 1 else 0 end),
                       sum(case when kind = 'TRAINING' then 1 else 0 end),
                       sum(case when kind in ('INFORMATION_SESSION', 'TRAINING') then participants else 0 end),
                       sum(case when kind = 'ADVICE_SOLICITED' then 1 else 0 end),
                       sum(case when kind = 'ADVICE_UNSOLICITED' then 1 else 0 end),
                       sum(case when kind = 'POLICY_EVALUATION' then 1 else 0 end)
                from practice_activity where organisation_id = ? and held_on >= ? and held_on < ?""")) {
            st.setLong(1, organisation);
            st.setObject(2, LocalDate.of(year, 1, 1));
            st.setObject(3, LocalDate.of(year + 1, 1, 1));
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                String[] names = {"sessions", "trainings", "participants", "adviceSolicited", "adviceUnsolicited", "evaluations"};
                List<String> counts = new java.util.ArrayList<>();
                for (int i = 0; i < names.length; i++) {
                    counts.add(names[i] + "=" + rs.getLong(i + 1));
                }
                assertTrue(rs.getLong(1) >= 2 && rs.getLong(3) >= 44, "at least this test's own activities: " + counts);
                return counts;
            }
        }
    }

    private static byte[] docxOf(StaffClient admin, long run) throws SQLException {
        try (Connection c = TestDatabase.connect(); PreparedStatement st = c.prepareStatement(
                "select id from publication_file where run_id = ? and format = 'DOCX'")) {
            st.setLong(1, run);
            try (ResultSet rs = st.executeQuery()) {
                assertTrue(rs.next(), "a Word file");
                HttpResponse<byte[]> download = admin.getBytes("/admin/report-file?id=" + rs.getLong(1));
                assertEquals(200, download.statusCode());
                return download.body();
            }
        }
    }
}

package nl.meldpunt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.meldpunt.demo.DemoData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 14, item 6: the reporter's survey at the end of the help. Asked only once the case is in aftercare or closed,
 * answered at most once, incomplete answers refused with nothing stored; the answers are kept without the report;
 * the confidant sees the year's totals on the annual page only from the small-count threshold on, and only for an
 * organisation served.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReporterFeedbackIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MeldpuntDeployment.ear();
    }

    @Test
    void theSurveyComesWhenTheHelpHasEndedOnceAndItsTotalsOnlyFromTheThreshold() throws Exception {
        long noord = TestDatabase.organisationId("noord");
        int threshold = (int) count("select small_count_threshold from organisation where id = " + noord);
        long before = count("select count(*) from reporter_feedback where organisation_id = " + noord);

        StaffClient reporter = StaffClient.reporterWithNewReport("noord");
        assertNull(Jsoup.parse(reporter.get("/melder/index.xhtml").body()).getElementById("feedback"), "not while the case is open");
        assertEquals("ALLOWED false", reporter.callService("FeedbackService", "isAsked"));
        close(reporter.caseCode());

        HttpResponse<String> page = reporter.get("/melder/index.xhtml");
        assertTrue(Jsoup.parse(page.body()).getElementById("feedback").text().contains("Hoe heeft u de hulp ervaren?"));
        HttpResponse<String> incomplete = reporter.submitChoices(page, "feedbackForm",
                Map.of("feedbackForm:heard", List.of("MOSTLY")), "feedbackForm:send");
        assertTrue(incomplete.body().contains("Beantwoord alle drie de vragen"), incomplete.body());
        assertEquals(before, count("select count(*) from reporter_feedback where organisation_id = " + noord), "nothing stored");

        answer(reporter, "COMPLETELY", "YES", "YES");
        assertEquals(before + 1, count("select count(*) from reporter_feedback where organisation_id = " + noord));
        assertEquals(1, count("select count(*) from reporter_feedback_given where report_id = " + TestDatabase.reportId(reporter.caseCode())));
        HttpResponse<String> again = reporter.submitChoices(page, "feedbackForm", Map.of("feedbackForm:heard", List.of("NOT_AT_ALL"),
                "feedbackForm:clarity", List.of("NO"), "feedbackForm:recommend", List.of("NO")), "feedbackForm:send");
        assertTrue(again.body().contains("U heeft deze vragen al beantwoord"), "at most once, also from a page left open");
        assertEquals(before + 1, count("select count(*) from reporter_feedback where organisation_id = " + noord));
        assertEquals("ALLOWED false", reporter.callService("FeedbackService", "isAsked"));
        assertNull(Jsoup.parse(reporter.get("/melder/index.xhtml").body()).getElementById("feedback"), "not asked again");
        assertFalse(columns("reporter_feedback").stream().anyMatch(c -> c.contains("report") || c.endsWith("_at")),
                "the answers are stored without the report or a time: " + columns("reporter_feedback"));

        StaffClient confidant = StaffClient.loggedInAs("vertrouwenspersoon.noord", DemoData.DEMO_PASSWORD);
        int year = (int) count("select max(given_year) from reporter_feedback where organisation_id = " + noord);
        String annual = "/console/annual.xhtml?org=" + noord + "&year=" + year;
        while (count("select count(*) from reporter_feedback where organisation_id = " + noord + " and given_year = " + year) < threshold - 1) {
            StaffClient another = StaffClient.reporterWithNewReport("noord");
            close(another.caseCode());
            answer(another, "COMPLETELY", "PARTLY", "MAYBE");
        }
        Document below = Jsoup.parse(confidant.get(annual).body());
        assertTrue(below.getElementById("feedbackHidden").text().contains("Minder dan " + threshold + " antwoorden"), below.text());
        assertTrue(below.getElementById("feedbackSummary").select("table").isEmpty(), "no totals below the threshold");

        StaffClient last = StaffClient.reporterWithNewReport("noord");
        close(last.caseCode());
        answer(last, "A_LITTLE", "NO", "NO");
        Document shown = Jsoup.parse(confidant.get(annual).body());
        assertNull(shown.getElementById("feedbackHidden"));
        String totals = shown.getElementById("feedbackSummary").text();
        assertTrue(totals.contains("Voelde u zich gehoord") && totals.contains("Een beetje 1"), totals);
        long yearTotal = count("select count(*) from reporter_feedback where organisation_id = " + noord + " and given_year = " + year);
        assertTrue(totals.contains(": " + yearTotal + "."), totals);

        // A confidant of another organisation gets nothing, and the refusal is audited.
        StaffClient demoConfidant = StaffClient.loggedInAs("vertrouwenspersoon", DemoData.DEMO_PASSWORD);
        String actor = "staff:" + TestDatabase.staffId("vertrouwenspersoon");
        long refusals = TestDatabase.countAudit(actor, "ACCESS_DENIED", "feedback");
        assertEquals("DENIED", demoConfidant.callService("FeedbackService", "summary", String.valueOf(noord), String.valueOf(year)));
        assertEquals(refusals + 1, TestDatabase.countAudit(actor, "ACCESS_DENIED", "feedback"));
    }

    private static void answer(StaffClient reporter, String heard, String clarity, String recommend) {
        HttpResponse<String> page = reporter.get("/melder/index.xhtml");
        HttpResponse<String> sent = reporter.submitChoices(page, "feedbackForm", Map.of("feedbackForm:heard", List.of(heard),
                "feedbackForm:clarity", List.of(clarity), "feedbackForm:recommend", List.of(recommend)), "feedbackForm:send");
        assertTrue(sent.body().contains("Dank u wel voor uw antwoorden."), sent.body());
    }

    private static void close(String caseCode) throws SQLException {
        try (var c = TestDatabase.connect(); var st = c.prepareStatement(
                "update report set status = 'CLOSED', closed_at = current_timestamp where case_code = ?")) {
            st.setString(1, caseCode);
            assertEquals(1, st.executeUpdate());
        }
    }

    private static List<String> columns(String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (var c = TestDatabase.connect(); var rs = c.getMetaData().getColumns(null, null, table, null)) {
            while (rs.next()) {
                columns.add(rs.getString("COLUMN_NAME").toLowerCase(java.util.Locale.ROOT));
            }
        }
        assertFalse(columns.isEmpty(), table);
        return columns;
    }

    private static long count(String sql) throws SQLException {
        try (var c = TestDatabase.connect(); var st = c.prepareStatement(sql); var rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

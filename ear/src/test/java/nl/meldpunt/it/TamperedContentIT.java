package nl.meldpunt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import nl.meldpunt.demo.DemoData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Faults in the stored ciphertext (issue 15, item 5): a sealed answer changed in the database, and a case key
 * whose stored copies no longer unwrap (as if wrapped to someone else), each make only that case
 * file unreadable: the confidant and the reporter get a page that says so, nothing is changed, and the other
 * cases, the queue and new reports go on working. On both databases.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TamperedContentIT {

    private static final String UNREADABLE = "Deze inhoud kan niet worden gelezen";
    private static final String STORY = "Declaraties die niet kloppen.";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MeldpuntDeployment.ear();
    }

    @Test
    void aChangedAnswerMakesOnlyThatCaseFileUnreadableAndSaysSo() throws Exception {
        String[] damaged = newReport();
        String[] intact = newReport();
        long damagedId = TestDatabase.reportId(damaged[0]);
        flipLastByte("select sealed_value from report_answer where report_id = ? and question_key = 'what_happened'",
                "update report_answer set sealed_value = ? where report_id = ? and question_key = 'what_happened'", damagedId);

        StaffClient confidant = StaffClient.loggedInAs("vertrouwenspersoon", DemoData.DEMO_PASSWORD);
        HttpResponse<String> page = confidant.get("/console/case.xhtml?id=" + damagedId);
        assertEquals(500, page.statusCode());
        assertTrue(page.body().contains(UNREADABLE), page.body());
        assertFalse(page.body().contains(STORY), "no part of the story is shown");
        assertTrue(page.body().contains("Er is niets gewijzigd"), page.body());

        assertOtherThingsStillWork(confidant, intact);

        // The reporter of the damaged case still logs in (the password is not sealed); the personal page holds
        // nothing of the damaged answer, so it opens as always.
        StaffClient reporter = StaffClient.anonymous();
        assertEquals(302, reporter.loginAsReporter(damaged[0], damaged[1]).statusCode());
        assertEquals(200, reporter.get("/melder/index.xhtml").statusCode());
    }

    @Test
    void aCaseKeyThatNoLongerUnwrapsIsReportedAsUnreadableAndNothingElseBreaks() throws Exception {
        String[] damaged = newReport();
        String[] intact = newReport();
        long damagedId = TestDatabase.reportId(damaged[0]);
        StaffClient confidant = StaffClient.loggedInAs("vertrouwenspersoon", DemoData.DEMO_PASSWORD);
        assertEquals("ALLOWED null", confidant.callService("CaseFileService", "writeMessage", String.valueOf(damagedId),
                "Een bericht voor de melder"));
        // Every stored copy of the case key (issue 17: the confidant's, the reporter's, and a server copy if it is
        // still there): the last byte is part of the authentication tag, so each is as good as a key wrapped to
        // someone else, as far as the server can tell.
        assertTrue(flipEveryCopyOfTheCaseKey(damaged[0]) >= 2, "the confidant and the reporter each hold a copy");

        HttpResponse<String> page = confidant.get("/console/case.xhtml?id=" + damagedId);
        assertEquals(500, page.statusCode());
        assertTrue(page.body().contains(UNREADABLE), page.body());

        assertOtherThingsStillWork(confidant, intact);

        // The reporter's page opens the confidant's message with the case key: the reporter is told kindly.
        StaffClient reporter = StaffClient.anonymous();
        assertEquals(302, reporter.loginAsReporter(damaged[0], damaged[1]).statusCode());
        HttpResponse<String> own = reporter.get("/melder/index.xhtml");
        assertEquals(500, own.statusCode());
        assertTrue(own.body().contains(UNREADABLE), own.body());
        assertTrue(own.body().contains("Uw melding is niet weg"), own.body());
        assertFalse(own.body().contains("Een bericht voor de melder"));
    }

    @Test
    void aCaseAddressWithoutACaseNumberIsNotFound() {
        // As the scanners send it: no number, or something else where the number belongs.
        StaffClient confidant = StaffClient.loggedInAs("vertrouwenspersoon", DemoData.DEMO_PASSWORD);
        for (String address : new String[] {"/console/case.xhtml", "/console/case.xhtml?id=abc",
                "/console/case.xhtml?id=%27%22%28"}) {
            HttpResponse<String> answer = confidant.get(address);
            assertEquals(404, answer.statusCode(), address);
            assertTrue(answer.body().contains("Pagina niet gevonden"), address + ": " + answer.body());
        }
    }

    private static void assertOtherThingsStillWork(StaffClient confidant, String[] intact) throws SQLException {
        HttpResponse<String> other = confidant.get("/console/case.xhtml?id=" + TestDatabase.reportId(intact[0]));
        assertEquals(200, other.statusCode());
        assertTrue(other.body().contains(STORY), "another case file opens as before");
        HttpResponse<String> queue = confidant.get("/console/index.xhtml");
        assertEquals(200, queue.statusCode(), "the work queue uses no sealed content");
        String[] fresh = newReport();
        assertEquals(2, fresh.length, "a new report is taken in");
        StaffClient reporter = StaffClient.anonymous();
        assertEquals(302, reporter.loginAsReporter(intact[0], intact[1]).statusCode());
        assertEquals(200, reporter.get("/melder/index.xhtml").statusCode(), "the reporter of another case goes on as before");
    }

    private static int flipEveryCopyOfTheCaseKey(String caseCode) throws SQLException {
        int flipped = 0;
        try (Connection c = TestDatabase.connect()) {
            java.util.Map<String, byte[]> copies = new java.util.HashMap<>();
            try (var st = c.prepareStatement("select holder, wrapped from case_key where case_code = ?")) {
                st.setString(1, caseCode);
                try (var rs = st.executeQuery()) {
                    while (rs.next()) {
                        copies.put(rs.getString(1), rs.getBytes(2));
                    }
                }
            }
            for (var copy : copies.entrySet()) {
                byte[] value = copy.getValue();
                value[value.length - 1] ^= 0x01;
                try (var st = c.prepareStatement("update case_key set wrapped = ? where case_code = ? and holder = ?")) {
                    st.setBytes(1, value);
                    st.setString(2, caseCode);
                    st.setString(3, copy.getKey());
                    flipped += st.executeUpdate();
                }
            }
            try (var st = c.prepareStatement("select data_key from report where case_code = ?")) {
                st.setString(1, caseCode);
                try (var rs = st.executeQuery()) {
                    assertTrue(rs.next());
                    if (rs.getBytes(1) != null) {
                        flipLastByte("select data_key from report where id = ?", "update report set data_key = ? where id = ?",
                                TestDatabase.reportId(caseCode));
                    }
                }
            }
        }
        return flipped;
    }

    private static void flipLastByte(String select, String update, long reportId) throws SQLException {
        try (Connection c = TestDatabase.connect()) {
            byte[] value;
            try (var st = c.prepareStatement(select)) {
                st.setLong(1, reportId);
                try (var rs = st.executeQuery()) {
                    assertTrue(rs.next(), "the sealed value is there");
                    value = rs.getBytes(1);
                }
            }
            value[value.length - 1] ^= 0x01;
            try (var st = c.prepareStatement(update)) {
                st.setBytes(1, value);
                st.setLong(2, reportId);
                assertEquals(1, st.executeUpdate());
            }
        }
    }

    private static String[] newReport() {
        return StaffClient.anonymous().get("/it-probe/new-report?org=demo").body().split(" ");
    }
}

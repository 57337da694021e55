package nl.meldpunt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 500 reports submitted at the same time (issue 15, item 5) give 500 distinct case codes and 500 complete
 * reports: every one with all its sealed answers, none half-stored, each opening with its own password. The
 * submissions go through the intake service (the wizard's last step) from 25 clients at once; the wizard's
 * postbacks before it keep their state in the page, not on the server, so they share nothing.
 * On both databases.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConcurrentSubmissionsIT {

    private static final int REPORTS = 500;
    private static final int CLIENTS = 25;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MeldpuntDeployment.ear();
    }

    @Test
    void fiveHundredConcurrentSubmissionsGiveFiveHundredDistinctCodesAndCompleteReports() throws Exception {
        String[] reference = submit("Referentie vooraf");
        int answersPerReport = answersOf(List.of(reference[0])).get(reference[0]);

        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<String[]>> submissions = new ArrayList<>();
        List<String[]> credentials = new ArrayList<>();
        try {
            for (int i = 0; i < REPORTS; i++) {
                String story = "Gelijktijdig verhaal " + i;
                submissions.add(clients.submit(() -> submit(story)));
            }
            for (Future<String[]> submission : submissions) {
                credentials.add(submission.get(5, TimeUnit.MINUTES));
            }
            Set<String> codes = new HashSet<>();
            credentials.forEach(c -> codes.add(c[0]));
            assertEquals(REPORTS, codes.size(), "every submission its own case code");

            Map<String, Integer> answers = answersOf(codes);
            assertEquals(REPORTS, answers.size(), "every case code shown belongs to a stored report");
            answers.forEach((code, count) -> assertEquals(answersPerReport, count, "all answers of " + code + " stored"));

            // A few of them, picked across the run, open with their own password, and the confidant reads each one's own story.
            StaffClient confidant = StaffClient.loggedInAs("vertrouwenspersoon", nl.meldpunt.demo.DemoData.DEMO_PASSWORD);
            for (int i : new int[] {0, REPORTS / 2, REPORTS - 1}) {
                StaffClient reporter = StaffClient.anonymous();
                assertEquals(302, reporter.loginAsReporter(credentials.get(i)[0], credentials.get(i)[1]).statusCode());
                String page = org.jsoup.Jsoup.parse(confidant.get("/console/case.xhtml?id="
                        + TestDatabase.reportId(credentials.get(i)[0])).body()).text();
                // (0, 250 and 499 are no prefix of any other number below 500)
                assertTrue(page.contains("Gelijktijdig verhaal " + i), "report " + i + " holds its own story");
            }
        } finally {
            clients.shutdownNow();
            withdrawn(credentials);
        }
    }

    /**
     * The 500 reports are withdrawn afterwards, as their reporters could do: open cases have deadlines, and when
     * later tests move the server's clock, 500 open cases would put a thousand deadline reminders in the outbox
     * before those tests' own mails (a full run showed exactly that).
     */
    private static void withdrawn(List<String[]> credentials) throws Exception {
        try (Connection c = TestDatabase.connect(); var st = c.prepareStatement(
                "update report set status = 'WITHDRAWN', withdrawn_at = current_timestamp where case_code = ?")) {
            for (String[] report : credentials) {
                st.setString(1, report[0]);
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    private static String[] submit(String story) {
        HttpResponse<String> answer = StaffClient.anonymous().get("/it-probe/new-report?org=demo&what="
                + java.net.URLEncoder.encode(story, java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(200, answer.statusCode(), answer.body());
        String[] credentials = answer.body().split(" ");
        assertEquals(2, credentials.length, answer.body());
        return credentials;
    }

    /** Case code → number of sealed answers stored, for those of the given codes that exist. */
    private static Map<String, Integer> answersOf(java.util.Collection<String> codes) throws Exception {
        Map<String, Integer> found = new HashMap<>();
        try (Connection c = TestDatabase.connect(); var st = c.prepareStatement(
                "select (select count(*) from report_answer a where a.report_id = r.id) from report r where r.case_code = ?")) {
            for (String code : codes) {
                st.setString(1, code);
                try (var rs = st.executeQuery()) {
                    if (rs.next()) {
                        found.put(code, rs.getInt(1));
                    }
                }
            }
        }
        return found;
    }
}

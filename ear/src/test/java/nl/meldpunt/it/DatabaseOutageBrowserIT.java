package nl.meldpunt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * PostgreSQL stopped in the middle of a report (issue 15, item 5): the reporter, on the last step in Chromium,
 * sends while the database is down. Nothing is stored, no case code is shown, every answer is still on the
 * page with a kind explanation; when the database is back, the same page sends the report (the connection pool
 * recovers by itself) and exactly one report is stored. PostgreSQL only: the embedded database lives inside
 * the server and cannot go down on its own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DatabaseOutageBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MeldpuntDeployment.ear();
    }

    @Test
    void aReportSentWhileTheDatabaseIsDownIsKeptOnThePageAndSentWhenItIsBack() throws Exception {
        // Not in the embedded run's list; a focused run (-Dit.test) runs it there too, where it has nothing to stop.
        org.junit.jupiter.api.Assumptions.assumeFalse(TestDatabase.embedded(), "the embedded database cannot go down on its own");
        assertTrue(TestPostgres.available(), "run by src-config/scripts/test.sh, on its PostgreSQL");
        String story = "Tijdens de storing geschreven " + UUID.randomUUID();
        long before = reports();
        try (Browser browser = new Browser()) {
            WizardSteps.toSummary(browser, story);

            TestPostgres.stop();
            try {
                long start = System.nanoTime();
                // The pool waits at most 3 s per try for a connection (fish.payara.max-wait-time-in-millis), then the page answers.
                browser.clickAndWaitForPage("wizard:submit", java.time.Duration.ofSeconds(30));
                System.out.printf("the answer during the outage took %d ms%n", (System.nanoTime() - start) / 1_000_000);
                assertTrue(browser.text("wizard:messages").contains("Er is niets verloren"), browser.text("wizard:messages"));
                assertTrue(browser.driver().findElements(By.id("caseCode")).isEmpty(), "no case code for a report not stored");
                assertTrue(browser.text("wizard:summary").contains(story), "the answers are still on the page");
                browser.screenshot("reporter-database-down");
            } finally {
                TestPostgres.start();
            }
            assertEquals(before, reports(), "nothing stored while the database was down");

            browser.clickAndWaitForPage("wizard:submit", java.time.Duration.ofSeconds(30));
            String caseCode = browser.text("caseCode");
            assertTrue(caseCode.matches("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}"), caseCode);
            assertEquals(before + 1, reports(), "exactly one report once the database is back");
            assertTrue(TestDatabase.reportId(caseCode) > 0);
        }
    }

    private static long reports() throws SQLException {
        try (Connection c = TestDatabase.connect(); var st = c.createStatement();
             var rs = st.executeQuery("select count(*) from report")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

package nl.meldpunt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.meldpunt.demo.DemoData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * HR and the organisation admin in Chromium: HR sees the demo's reports (made by the schedule at
 * start-up) and downloads a PDF; the admin has a report made now and watches it finish without
 * reloading the page, and saves the schedules.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicationBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MeldpuntDeployment.ear();
    }

    @Test
    void hrSeesTheReportsAndDownloadsAPdf() {
        try (Browser browser = new Browser()) {
            browser.open("/staff/login.xhtml");
            browser.loginStaff("hr", DemoData.DEMO_PASSWORD);
            assertTrue(browser.driver().getCurrentUrl().contains("/hr/index.xhtml"), browser.driver().getCurrentUrl());
            // The demo's quarterly schedules made last quarter's reports at start-up.
            new WebDriverWait(browser.driver(), Duration.ofSeconds(120)).pollingEvery(Duration.ofSeconds(3)).until(d -> {
                d.navigate().refresh();
                return d.findElements(By.cssSelector("a.mp-file")).size() >= 2;
            });
            String table = browser.text("reports:runTable");
            assertTrue(table.contains("Incidentenregister") && table.contains("Trendrapportage") && table.contains("Klaar"), table);
            WebElement pdf = browser.driver().findElements(By.cssSelector("a.mp-file")).stream()
                    .filter(a -> a.getText().equals("PDF")).findFirst().orElseThrow();
            @SuppressWarnings("unchecked")
            Map<String, Object> download = (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                    var done = arguments[arguments.length - 1];
                    fetch(arguments[0]).then(function (r) {
                      return r.arrayBuffer().then(function (b) {
                        done({status: r.status, type: r.headers.get('Content-Type'),
                              disposition: r.headers.get('Content-Disposition'), size: b.byteLength,
                              start: String.fromCharCode.apply(null, new Uint8Array(b.slice(0, 4)))});
                      });
                    }).catch(function (e) { done({error: String(e)}); });
                    """, pdf.getAttribute("href"));
            assertEquals(200L, ((Number) download.get("status")).longValue(), download.toString());
            assertEquals("%PDF", download.get("start"), download.toString());
            // Served as a download under an RFC 6266 / 5987 encoded name, with its own type (ASVS 5.4.2, 4.1.1).
            assertTrue(String.valueOf(download.get("disposition")).matches("attachment; filename\\*=UTF-8''[A-Za-z0-9%._-]+\\.pdf"),
                    download.toString());
            assertEquals("application/pdf", download.get("type"), download.toString());
            browser.assertHealthy();
            browser.assertAccessible();
            browser.screenshot("hr-page");
        }
    }

    @Test
    void theAdminHasAReportMadeNowAndSeesItFinish() throws Exception {
        try (Browser browser = new Browser()) {
            browser.open("/staff/login.xhtml");
            browser.loginStaff("beheerder", DemoData.DEMO_PASSWORD);
            browser.open("/admin/index.xhtml");
            browser.assertAccessible();
            int before = rows(browser).size();
            browser.clickAndWaitForPage("now:make");
            assertTrue(browser.driver().getPageSource().contains("Het overzicht wordt gemaakt"), "feedback on the request");
            List<WebElement> rows = rows(browser);
            assertEquals(before + 1, rows.size(), "the new run is listed at once");
            long run = PublicationRuns.count("select max(id) from publication_run where organisation_id = ?",
                    TestDatabase.organisationId("demo"));
            assertEquals("TREND", PublicationRuns.text("select kind from publication_run where id = ?", run), "the run asked for");
            // The page refreshes the list by itself while a run is waiting or being made. (Its row is found by its
            // files: runs that other tests made with a moved clock may be listed above it.)
            String[] seen = {""};
            new WebDriverWait(browser.driver(), Duration.ofSeconds(90)).pollingEvery(Duration.ofSeconds(2))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .withMessage(() -> "the run's row, done, with its PDF and XLSX; last seen: " + seen[0])
                    .until(d -> {
                        WebElement row = "DONE".equals(PublicationRuns.status(run)) ? rowOf(browser, run) : null;
                        seen[0] = row == null ? "(not listed yet)" : row.getText();
                        return row != null && seen[0].contains("Trendrapportage") && seen[0].contains("Klaar")
                                && row.findElements(By.cssSelector("a.mp-file")).size() == 2;
                    });
            browser.screenshot("admin-reports");

            browser.clickAndWaitForPage("schedules:saveSchedules");
            assertTrue(browser.driver().getPageSource().contains("De vaste overzichten zijn opgeslagen"));
            browser.assertHealthy();
        }
    }

    /** The listed row with a download of one of the run's files, or null. */
    private static WebElement rowOf(Browser browser, long run) {
        String file = PublicationRuns.text("select min(id) from publication_file where run_id = ?", run);
        if (file == null) {
            return null;
        }
        return rows(browser).stream()
                .filter(r -> !r.findElements(By.cssSelector("a.mp-file[href$='report-file?id=" + file + "']")).isEmpty())
                .findFirst().orElse(null);
    }

    private static List<WebElement> rows(Browser browser) {
        return browser.driver().findElements(By.cssSelector("[id='reports:runTable_data'] > tr[data-ri]"));
    }
}

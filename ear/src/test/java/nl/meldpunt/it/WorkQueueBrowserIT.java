package nl.meldpunt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.meldpunt.demo.DemoData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The work queue of a confidant who serves two organisations: filtered to one organisation, paged
 * and sorted by the database (PrimeFaces lazy table), and the other console pages pass WCAG 2.1 AA.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WorkQueueBrowserIT {

    private static final int NEW_REPORTS = 27;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MeldpuntDeployment.ear();
    }

    @Test
    void theQueueFiltersByOrganisationPagesAndSortsWithoutLosingARow() throws Exception {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < NEW_REPORTS; i++) {
            created.add(StaffClient.anonymous().get("/it-probe/new-report?org=noord").body().split(" ")[0]);
        }
        String newest = created.get(created.size() - 1);
        try (Browser browser = new Browser()) {
            browser.open("/staff/login.xhtml");
            browser.loginStaff("kader", DemoData.DEMO_PASSWORD);
            new Select(browser.find("filters:organisation_input")).selectByValue(String.valueOf(TestDatabase.organisationId("noord")));
            browser.clickAndWaitForPage("filters:apply");
            browser.assertAccessible();

            List<List<String>> firstPage = rows(browser);
            assertEquals(25, firstPage.size(), "a full first page");
            assertEquals(newest, firstPage.get(0).get(0), "newest first by default");

            Set<String> seen = new LinkedHashSet<>();
            List<List<String>> page = firstPage;
            while (true) {
                for (List<String> row : page) {
                    assertEquals("Zorggroep Noord", row.get(1), "only the chosen organisation: " + row);
                    assertTrue(seen.add(row.get(0)), "no row twice across pages: " + row.get(0));
                }
                WebElement next = browser.driver().findElement(By.cssSelector("#queueForm\\:queue .ui-paginator-next"));
                if (next.getAttribute("class").contains("ui-state-disabled")) {
                    break;
                }
                String firstCode = page.get(0).get(0);
                next.click();
                new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                        .until(d -> !rows(browser).isEmpty() && !rows(browser).get(0).get(0).equals(firstCode));
                page = rows(browser);
            }
            assertTrue(seen.containsAll(created), "every new report on some page");

            // Sorting by the submission time the other way round starts with the oldest.
            // The sortable columns are status and submitted, in that order.
            WebElement submittedHeader = browser.driver().findElements(By.cssSelector("#queueForm\\:queue th.ui-sortable-column")).get(1);
            submittedHeader.click();
            browser.waitForAjax();
            new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                    .until(d -> !rows(browser).get(0).get(0).equals(newest));
            List<String> ascending = rows(browser).stream().map(r -> r.get(0)).toList();
            assertFalse(ascending.contains(newest), "the newest report is not on the first page of oldest-first");
            browser.assertHealthy();
        }
    }

    @Test
    void thePlatformAndTrendsPagesPassWcag() throws Exception {
        try (Browser browser = new Browser()) {
            browser.open("/staff/login.xhtml");
            browser.loginStaff("platform", DemoData.DEMO_PASSWORD);
            browser.open("/platform/index.xhtml");
            browser.find("staffForm:staff");
            browser.assertAccessible();
            browser.assertHealthy();
            browser.screenshot("platform-page");
        }
        try (Browser browser = new Browser()) {
            browser.open("/staff/login.xhtml");
            browser.loginStaff("vertrouwenspersoon", DemoData.DEMO_PASSWORD);
            browser.open("/console/trends.xhtml?org=" + TestDatabase.organisationId("demo"));
            browser.find("content");
            browser.assertAccessible();
            browser.assertHealthy();
            browser.screenshot("console-trends");
        }
        // HR logs in without a second factor and sees the organisation's figures, never a report.
        try (Browser browser = new Browser()) {
            browser.open("/staff/login.xhtml");
            browser.type(By.id("login:username"), "hr");
            browser.type(By.id("login:password"), DemoData.DEMO_PASSWORD);
            browser.clickAndWaitForPage("login:submit");
            new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                    .until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("/hr/"));
            browser.find("content");
            browser.assertAccessible();
            browser.assertHealthy();
            browser.screenshot("hr-page");
        }
    }

    /** The queue's rows as text per cell (case code first, organisation second). */
    private static List<List<String>> rows(Browser browser) {
        List<List<String>> rows = new ArrayList<>();
        for (WebElement tr : browser.driver().findElements(By.cssSelector("#queueForm\\:queue_data > tr[data-ri]"))) {
            rows.add(tr.findElements(By.tagName("td")).stream().map(WebElement::getText).map(String::strip).toList());
        }
        return rows;
    }
}

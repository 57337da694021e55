package nl.meldpunt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ThreadLocalRandom;
import nl.meldpunt.demo.DemoData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Issue 13 in Chromium: the platform admin sees the system's health, creates an organisation and
 * suspends it with a "where to go instead" text; its entry page then says kindly that reporting is
 * closed and shows that text. The platform page and the closed entry page pass axe-core (WCAG 2.1 AA).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrganisationLifecycleBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MeldpuntDeployment.ear();
    }

    @Test
    void thePlatformAdminCreatesAndSuspendsAnOrganisation() {
        String slug = "browser-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        try (Browser browser = new Browser()) {
            browser.open("/staff/login.xhtml");
            browser.loginStaff("platform", DemoData.DEMO_PASSWORD);
            browser.open("/platform/index.xhtml");
            assertTrue(browser.text("healthDatabase").contains("Bereikbaar"), browser.text("healthDatabase"));
            browser.assertAccessible();
            browser.screenshot("platform-page");

            browser.type(By.id("create:name"), "Stichting Browsertest");
            browser.type(By.id("create:slug"), slug);
            browser.clickAjax("create:submit");
            assertTrue(browser.text("create:created").contains("/m/" + slug), browser.text("create:created"));
            assertTrue(browser.text("organisations:organisationList").contains("Stichting Browsertest"));

            browser.driver().findElement(By.cssSelector("button[title='Opschorten: " + slug + "']")).click();
            browser.waitForAjax();
            assertTrue(browser.text("organisations:closeConfirmation").contains("Stichting Browsertest"));
            browser.type(By.id("organisations:notice"), "Bel 0800-1234 voor de vertrouwenspersoon van de regio.");
            browser.screenshot("platform-suspend-confirmation");
            browser.clickAjax("organisations:confirmClose");
            assertTrue(browser.text("organisations:organisationMessages").contains("Melden is opgeschort"),
                    browser.text("organisations:organisationMessages"));
            browser.assertHealthy();
            browser.assertAccessible(); // with the page's message shown

            browser.open("/m/" + slug);
            assertEquals("Melden is hier op dit moment niet mogelijk", browser.text("closed-heading"));
            assertEquals("Bel 0800-1234 voor de vertrouwenspersoon van de regio.", browser.text("closedNotice"));
            assertTrue(browser.driver().findElements(By.id("start")).isEmpty(), "no way to start a report");
            browser.assertHealthy();
            browser.assertAccessible();
            browser.screenshot("entry-page-closed");
        }
    }
}

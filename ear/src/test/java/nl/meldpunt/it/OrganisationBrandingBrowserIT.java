package nl.meldpunt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.meldpunt.demo.DemoData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Issue 13: the demo organisation's admin picks a house colour, sees the preview follow it and the
 * contrast check refuse a colour that is too light, saves a good one, and the entry page shows it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrganisationBrandingBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MeldpuntDeployment.ear();
    }

    @Test
    void theAdminPicksAColourSeesThePreviewAndTheRefusalSavesAndTheEntryPageShowsIt() {
        try (Browser browser = new Browser()) {
            browser.open("/staff/login.xhtml");
            browser.loginStaff("beheerder", DemoData.DEMO_PASSWORD);
            browser.open("/admin/index.xhtml");
            browser.assertAccessible();
            assertEquals("rgb(0, 85, 127)", background(browser, "previewHeader"), "the preview starts in the saved colour");

            pick(browser, "branding:primary", "#1d5c2e");
            assertEquals("rgb(29, 92, 46)", background(browser, "previewHeader"), "the preview follows the colour field");
            assertTrue(browser.text("branding:contrast").contains("Hoofdkleur #1D5C2E met wit (#FFFFFF): voldoet, 8.00:1"),
                    browser.text("branding:contrast"));

            pick(browser, "branding:primary", "#ffd700");
            assertEquals("rgb(255, 215, 0)", background(browser, "previewHeader"));
            assertTrue(browser.text("branding:contrast").contains("te weinig contrast, 1.40:1 (minstens 4.5:1)"),
                    browser.text("branding:contrast"));
            browser.screenshot("admin-branding-contrast");
            browser.clickAndWaitForPage("branding:save");
            assertTrue(browser.text("branding:primaryError")
                    .startsWith("De hoofdkleur #FFD700 heeft met #FFFFFF een contrast van 1.40:1; nodig is minstens 4.5:1"),
                    browser.text("branding:primaryError"));

            pick(browser, "branding:primary", "#1d5c2e");
            browser.clickAndWaitForPage("branding:save");
            assertTrue(browser.driver().getPageSource().contains("Naam en huisstijl zijn opgeslagen."));
            String snippet = browser.find("snippet").getAttribute("value");
            assertTrue(snippet.contains("background:#1D5C2E"), snippet);
            browser.assertHealthy();
            browser.screenshot("admin-branding");

            browser.open("/m/demo");
            assertEquals("rgb(29, 92, 46)", ((JavascriptExecutor) browser.driver()).executeScript(
                    "return getComputedStyle(document.querySelector('.mp-header')).backgroundColor;"));
            browser.assertHealthy();
        } finally {
            StaffClient.loggedInAs("beheerder", DemoData.DEMO_PASSWORD)
                    .callService("OrganisationService", "changeBranding", "Gemeente Voorbeeldstad", "#00557F", "#E17000");
        }
    }

    /** Picks a colour as the browser's colour picker does: the field's value changes and it fires "change". */
    private static void pick(Browser browser, String id, String colour) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "var f = arguments[0]; f.value = arguments[1];"
                        + " f.dispatchEvent(new Event('input', {bubbles: true})); f.dispatchEvent(new Event('change', {bubbles: true}));",
                browser.find(id), colour);
        browser.waitForAjax();
    }

    private static String background(Browser browser, String id) {
        return (String) ((JavascriptExecutor) browser.driver()).executeScript(
                "return getComputedStyle(document.getElementById(arguments[0])).backgroundColor;", id);
    }
}

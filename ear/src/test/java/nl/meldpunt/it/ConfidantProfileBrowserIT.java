package nl.meldpunt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.meldpunt.demo.DemoData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Issue 14: the demo's confidant finds the own profile from the console, changes the availability and adds a photo;
 * the entry page shows both at once. The profile page and the entry page with the profiles stay WCAG 2.1 AA.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConfidantProfileBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MeldpuntDeployment.ear();
    }

    @Test
    void theConfidantChangesTheProfileAndTheEntryPageShowsIt() throws Exception {
        Path file = Files.createTempFile("vera", ".png");
        Files.write(file, OrganisationLogoAndSlugIT.png(600, 600, new Color(0x8A4F9E)));
        String availability = "Maandag, dinsdag en donderdag van 9.00 tot 16.00 uur";
        try (Browser browser = new Browser()) {
            browser.open("/staff/login.xhtml");
            browser.loginStaff("vertrouwenspersoon", DemoData.DEMO_PASSWORD);
            browser.clickAndWaitForPage("profile");
            assertTrue(browser.text("profileName").contains("Vera Vertrouwen"));
            browser.assertAccessible();

            browser.type(By.id("profile:availabilityNl"), availability);
            browser.clickAndWaitForPage("profile:save");
            assertTrue(browser.driver().getPageSource().contains("Uw profiel is opgeslagen."));
            browser.assertAccessible();
            browser.driver().findElement(By.id("photoForm:photo")).sendKeys(file.toAbsolutePath().toString());
            browser.clickAndWaitForPage("photoForm:upload");
            assertTrue(browser.driver().getPageSource().contains("Uw foto is opgeslagen."));
            assertEquals(400L, naturalWidth(browser, "#photoImage"), "scaled to 400 × 400");
            browser.assertAccessible();
            browser.screenshot("confidant-profile");

            browser.open("/m/demo");
            String vera = "#confidant-" + TestDatabase.staffId("vertrouwenspersoon");
            String card = browser.driver().findElement(By.cssSelector(vera)).getText();
            assertTrue(card.contains("Vera Vertrouwen") && card.contains(availability) && card.contains("Ik ben Vera"), card);
            assertEquals(400L, naturalWidth(browser, vera + " img.mp-portrait"), "the photo loaded");
            browser.assertAccessible();
            ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('confidants').scrollIntoView();");
            browser.screenshot("entry-confidants");

            // Put the demo back as it was: no photo (the other tests' pages stay the same).
            browser.open("/console/profile.xhtml");
            browser.clickAndWaitForPage("photoForm:remove");
            assertTrue(browser.driver().getPageSource().contains("Uw foto is verwijderd."));
        }
    }

    private static long naturalWidth(Browser browser, String css) {
        return ((Number) ((JavascriptExecutor) browser.driver()).executeScript(
                "var img = document.querySelector(arguments[0]); return img && img.complete ? img.naturalWidth : 0;", css)).longValue();
    }
}

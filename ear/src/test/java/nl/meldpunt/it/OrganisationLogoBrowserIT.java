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
 * Issue 13: the demo organisation's admin chooses a logo file in the page (the same file control as the
 * reporter's attachments, no script of its own), saves it, and the preview on the page and the entry page
 * show it; the admin page stays WCAG 2.1 AA.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrganisationLogoBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MeldpuntDeployment.ear();
    }

    @Test
    void theAdminUploadsALogoAndThePreviewAndTheEntryPageShowIt() throws Exception {
        long demo = TestDatabase.organisationId("demo");
        OrganisationLogoAndSlugIT.StoredLogo original = OrganisationLogoAndSlugIT.StoredLogo.of(demo);
        Path file = Files.createTempFile("logo", ".png");
        Files.write(file, OrganisationLogoAndSlugIT.withMetadata(OrganisationLogoAndSlugIT.png(900, 300, new Color(0x1D5C2E))));
        try (Browser browser = new Browser()) {
            browser.open("/staff/login.xhtml");
            browser.loginStaff("beheerder", DemoData.DEMO_PASSWORD);
            browser.open("/admin/index.xhtml");
            browser.assertAccessible();

            browser.driver().findElement(By.id("logoForm:logo")).sendKeys(file.toAbsolutePath().toString());
            assertTrue(browser.text("logoChosen").contains(file.getFileName().toString()), "the chosen file is named in the page");
            browser.clickAndWaitForPage("logoForm:upload");
            assertTrue(browser.driver().getPageSource().contains("Het logo is opgeslagen."));
            assertEquals(600L, naturalWidth(browser, "#previewLogo"), "the preview shows the new logo, scaled to 600 × 200");
            assertEquals(600L, naturalWidth(browser, "#logoImage"));
            browser.assertHealthy();
            browser.assertAccessible(); // with the message shown
            browser.open("/admin/index.xhtml"); // read again: as the admin finds it next time
            assertEquals(600L, naturalWidth(browser, "#previewLogo"));
            browser.assertAccessible();
            ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('preview-title').scrollIntoView();");
            browser.screenshot("admin-logo");

            browser.open("/m/demo");
            assertEquals(600L, naturalWidth(browser, "img.mp-logo"), "the entry page shows the new logo");
            browser.assertHealthy();
            browser.screenshot("entry-logo");
        } finally {
            original.restore(demo);
            Files.deleteIfExists(file);
        }
    }

    private static long naturalWidth(Browser browser, String selector) {
        Object width = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "var done = arguments[arguments.length - 1]; var img = document.querySelector(arguments[0]);"
                        + " if (!img) { done(-1); return; }"
                        + " if (img.complete) { done(img.naturalWidth); } else { img.onload = function () { done(img.naturalWidth); };"
                        + " img.onerror = function () { done(0); }; }", selector);
        return ((Number) width).longValue();
    }
}

package nl.meldpunt.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.meldpunt.demo.DemoData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 13, item 4, in Chromium: the organisation admin uploads a configuration file on the configuration page,
 * sees the diff, confirms, and the change is made; a bad file is refused with its reason. WCAG 2.1 AA (axe) on the
 * page and on its diff.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrganisationConfigurationBrowserIT {

    private static final String SERVICE = "OrganisationConfigurationService";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MeldpuntDeployment.ear();
    }

    @Test
    void theAdminUploadsAFileSeesTheDiffConfirmsAndABadFileIsRefused() throws Exception {
        StaffClient client = StaffClient.loggedInAs("beheerder", DemoData.DEMO_PASSWORD);
        String before = client.callService(SERVICE, "exportOwn").substring("ALLOWED ".length());
        Path good = Files.createTempFile("configuration", ".json");
        Path bad = Files.createTempFile("configuration-bad", ".json");
        Matcher current = Pattern.compile("\"smallCountThreshold\": (\\d+)").matcher(before);
        assertTrue(current.find(), before);
        int threshold = Integer.parseInt(current.group(1));
        int other = threshold == 10 ? 9 : threshold + 1;
        Files.writeString(good, current.replaceFirst("\"smallCountThreshold\": " + other), StandardCharsets.UTF_8);
        Files.writeString(bad, current.replaceFirst("\"smallCountThreshold\": 2"), StandardCharsets.UTF_8);
        try (Browser browser = new Browser()) {
            browser.open("/staff/login.xhtml");
            browser.loginStaff("beheerder", DemoData.DEMO_PASSWORD);
            browser.open("/admin/index.xhtml");
            browser.clickAndWaitForPage("configurationLink");
            browser.assertAccessible();
            browser.assertHealthy();
            browser.screenshot("admin-configuration");

            browser.find("import:file").sendKeys(bad.toString());
            browser.clickAndWaitForPage("import:preview");
            String page = browser.driver().getPageSource();
            assertTrue(page.contains("De waarde bij settings.smallCountThreshold moet tussen 3 en 10 liggen (in het bestand: 2)."), page);

            browser.find("import:file").sendKeys(good.toString());
            browser.clickAndWaitForPage("import:preview");
            String diff = browser.text("diff:changes");
            assertTrue(diff.replaceAll("\\s+", " ").contains("Drempel voor kleine aantallen " + threshold + " " + other), diff);
            browser.assertAccessible();
            browser.screenshot("admin-configuration-diff");
            assertTrue(client.callService(SERVICE, "exportOwn").contains("\"smallCountThreshold\": " + threshold + ","), "not yet");
            browser.clickAndWaitForPage("diff:apply");
            assertTrue(browser.driver().getPageSource().contains("De configuratie is geïmporteerd en geldt direct."));
            assertTrue(client.callService(SERVICE, "exportOwn").contains("\"smallCountThreshold\": " + other + ","), "applied");
            browser.assertHealthy();
        } finally {
            String diff = client.callServicePosted(SERVICE, "previewImport", file(before));
            Matcher m = Pattern.compile("fingerprint=([0-9a-f]{64})").matcher(diff);
            if (m.find()) {
                client.callServicePosted(SERVICE, "applyImport", file(before), m.group(1));
            }
            Files.deleteIfExists(good);
            Files.deleteIfExists(bad);
        }
        assertTrue(client.callService(SERVICE, "exportOwn").contains("\"smallCountThreshold\": " + threshold + ","), "restored");
    }

    /** A configuration file as the probe takes it: base64, so that no character set is guessed on the way. */
    private static String file(String text) {
        return text.startsWith("@big:") ? text
                : "@base64:" + java.util.Base64.getEncoder().encodeToString(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}

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
import org.openqa.selenium.By;

/**
 * Issue 14, item 3: the demo organisation's admin writes the procedure in Dutch and English, saves it, publishes it
 * after the confirmation that names the new version; an employee follows the entry page's link to the procedure page
 * and reads it there, with the confidant's role and the Huis voor Klokkenluiders. The editor and the public page
 * pass axe-core's WCAG 2.1 AA rules.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProcedureBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MeldpuntDeployment.ear();
    }

    @Test
    void theAdminPublishesTheProcedureAndTheEntryPageLeadsToIt() throws Exception {
        long demo = TestDatabase.organisationId("demo");
        int before = ProcedureIT.currentVersion(demo);
        String[] original = ProcedureIT.texts(demo, before);
        try (Browser browser = new Browser()) {
            browser.open("/staff/login.xhtml");
            browser.loginStaff("beheerder", DemoData.DEMO_PASSWORD);
            browser.open("/admin/index.xhtml");
            browser.clickAndWaitForPage("editProcedure");
            assertTrue(browser.text("draftStatus").contains("Gepubliceerd: versie " + before), browser.text("draftStatus"));
            browser.assertAccessible();

            browser.type(By.id("procedureForm:dutch"), "Bij ons mag iedereen veilig werken.\n\nZo meldt u:\n"
                    + "- via dit meldpunt, ook anoniem\n- of bij de vertrouwenspersoon");
            browser.type(By.id("procedureForm:english"), "Everyone may work safely here.\n\nHow to report:\n"
                    + "- through this reporting point, anonymously if you wish\n- or to the confidant");
            browser.clickAndWaitForPage("procedureForm:save");
            assertTrue(browser.driver().getPageSource().contains("Het concept is opgeslagen."));
            assertTrue(browser.text("draftStatus").contains("Er is een concept"), browser.text("draftStatus"));

            browser.clickAndWaitForPage("procedureForm:publish");
            assertTrue(browser.text("procedureForm:confirm").contains("gepubliceerd als versie " + (before + 1)),
                    browser.text("procedureForm:confirm"));
            browser.assertAccessible();
            browser.clickAndWaitForPage("procedureForm:publishConfirm");
            assertTrue(browser.driver().getPageSource().contains("De meldprocedure is gepubliceerd als versie " + (before + 1)));
            String versions = browser.text("versionsForm:versions");
            assertTrue(versions.contains(String.valueOf(before + 1)) && versions.contains("Bea Beheer"), versions);

            // The previous version, read-only below the list.
            browser.clickAndWaitForPage("versionsForm:versions:1:show");
            assertTrue(browser.text("versionsForm:shown").contains("Versie " + before), browser.text("versionsForm:shown"));
            browser.assertAccessible();
            browser.screenshot("admin-procedure");
            browser.assertHealthy();

            browser.open("/m/demo");
            browser.clickAndWaitForPage("procedureLink");
            assertTrue(browser.driver().getCurrentUrl().contains("/procedure/demo"), browser.driver().getCurrentUrl());
            assertTrue(browser.text("procedureVersion").startsWith("Versie " + (before + 1)), browser.text("procedureVersion"));
            String text = browser.text("procedureText");
            assertTrue(text.contains("Bij ons mag iedereen veilig werken.") && text.contains("via dit meldpunt, ook anoniem"), text);
            assertEquals(2, browser.driver().findElements(By.cssSelector("#procedureText li")).size());
            assertTrue(browser.text("external").contains("Huis voor Klokkenluiders"), browser.text("external"));
            assertEquals("https://www.huisvoorklokkenluiders.nl", browser.find("huisLink").getDomAttribute("href"));
            browser.assertAccessible();
            browser.assertHealthy();
            browser.screenshot("reporter-procedure");

            browser.open("/procedure/demo?lang=en");
            assertTrue(browser.text("procedureText").contains("Everyone may work safely here."), browser.text("procedureText"));
            browser.assertAccessible();
            browser.open("/procedure/noord");
            assertTrue(browser.text("noProcedure").length() > 0);
            browser.assertAccessible();
        } finally {
            StaffClient admin = StaffClient.loggedInAs("beheerder", DemoData.DEMO_PASSWORD);
            admin.callService("ProcedureService", "discardDraft", String.valueOf(demo));
            int now = ProcedureIT.currentVersion(demo);
            admin.callServicePosted("ProcedureService", "saveDraft", String.valueOf(demo), original[0], original[1], String.valueOf(now));
            admin.callService("ProcedureService", "publish", String.valueOf(demo), String.valueOf(now + 1));
        }
    }
}

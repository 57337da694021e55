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
 * An oral report (Wbk, EU Directive 2019/1937 art. 18): the confidant writes it down, the reporter
 * reads the record on the personal page and approves it; nobody else can record one.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OralReportBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MeldpuntDeployment.ear();
    }

    @Test
    void theConfidantRecordsItAndTheReporterApprovesTheRecord() {
        String story = "Telefonisch verteld: mijn collega bedreigt mij bij de kluisjes.";
        String caseCode;
        String password;
        try (Browser browser = new Browser()) {
            browser.open("/staff/login.xhtml");
            browser.loginStaff("vertrouwenspersoon", DemoData.DEMO_PASSWORD);
            browser.driver().findElement(By.linkText("Mondelinge melding vastleggen")).click();
            assertTrue(browser.text("wizard:oral").contains("U legt een melding vast"));
            fillWizard(browser, story);
            assertTrue(browser.driver().findElements(By.id("wizard:mailAddress")).isEmpty(), "no address asked of the confidant");
            browser.clickAjax("wizard:next");
            browser.clickAndWaitForPage("wizard:submit");
            assertTrue(browser.text("done:oralDone").contains("Geef de meldcode en het wachtwoord door aan de melder"));
            caseCode = browser.text("caseCode");
            password = browser.text("password");
        }
        try (Browser browser = new Browser()) {
            browser.open("/melder/login.xhtml?org=demo");
            browser.type(By.id("login:caseCode"), caseCode);
            browser.type(By.id("login:password"), password);
            browser.clickAndWaitForPage("login:submit");
            assertTrue(browser.text("recordAnswers").contains(story), "the reporter reads the written record");
            browser.assertAccessible();
            browser.clickAndWaitForPage("approve:approveRecord");
            assertTrue(browser.driver().findElements(By.id("record")).isEmpty(), "approved: nothing left to check");
        }
        long id = reportId(caseCode);
        String caseFile = StaffClient.loggedInAs("vertrouwenspersoon", DemoData.DEMO_PASSWORD)
                .get("/console/case.xhtml?id=" + id).body();
        assertTrue(caseFile.contains("goedgekeurd door de melder op"), "the confidant sees the approval");
    }

    @Test
    void onlyAConfidantOfTheOrganisationCanRecordAnOralReport() throws Exception {
        long before = TestDatabase.countAudit("anonymous", "ACCESS_DENIED", "oral-report");
        try (Browser browser = new Browser()) {
            browser.open("/melden.xhtml?org=demo&oral=true");
            fillWizard(browser, "Geprobeerd zonder vertrouwenspersoon te zijn.");
            browser.clickAjax("wizard:next");
            browser.clickAndWaitForPage("wizard:submit");
            assertTrue(browser.text("wizard:messages").contains("Er is niets verloren"), "refused kindly, answers kept");
        }
        assertEquals(before + 1, TestDatabase.countAudit("anonymous", "ACCESS_DENIED", "oral-report"));
    }

    private static void fillWizard(Browser browser, String story) {
        browser.choose("UNWANTED_BEHAVIOUR");
        browser.choose("AGGRESSION_VIOLENCE");
        browser.clickAjax("wizard:next");
        browser.type(By.cssSelector("input[id$=':line']"), "Vorige week");
        browser.choose("YES");
        browser.clickAjax("wizard:next");
        browser.choose("COLLEAGUE");
        browser.clickAjax("wizard:next");
        browser.type(By.cssSelector("textarea"), story);
        browser.clickAjax("wizard:next");
        browser.clickAjax("wizard:next");
        browser.choose("TO_BE_HEARD");
        browser.clickAjax("wizard:next");
    }

    private static long reportId(String caseCode) {
        try {
            return TestDatabase.reportId(caseCode);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

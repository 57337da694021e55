package nl.meldpunt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import nl.meldpunt.demo.DemoData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Issue 13: the demo organisation's admin adds a question to the first step, moves it up with the keyboard
 * button, saves the draft, previews the wizard with it (nothing can be sent, no report is made), publishes it
 * after the confirmation that names the new version, and the reporter's wizard shows it at once. The editor
 * pages and the preview pass axe-core's WCAG 2.1 AA rules.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QuestionnaireEditorBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MeldpuntDeployment.ear();
    }

    @Test
    void theAdminAddsAQuestionPreviewsAndPublishesItAndTheWizardShowsIt() throws Exception {
        long demo = TestDatabase.organisationId("demo");
        StaffClient.anonymous().get("/it-probe/new-report?org=demo");
        String original = QuestionnaireEditingIT.currentContent("question_set", demo);
        int published = jakarta.json.Json.createReader(new java.io.StringReader(original)).readObject().getInt("version");
        try (Browser browser = new Browser()) {
            browser.open("/staff/login.xhtml");
            browser.loginStaff("beheerder", DemoData.DEMO_PASSWORD);
            browser.open("/admin/index.xhtml");
            browser.clickAndWaitForPage("editQuestions");
            assertTrue(browser.text("draftStatus").contains("Gepubliceerd: versie " + published), browser.text("draftStatus"));
            browser.assertAccessible();

            browser.clickAndWaitForPage("editor:steps:0:addQuestion");
            browser.type(By.id("editor:key"), "department");
            browser.type(By.id("editor:labelNl"), "Op welke afdeling werkt u?");
            browser.type(By.id("editor:labelEn"), "Which department do you work in?");
            browser.type(By.id("editor:helpNl"), "Dat helpt de vertrouwenspersoon; u mag het ook openlaten.");
            browser.type(By.id("editor:helpEn"), "That helps the confidant; you may leave it open.");
            browser.assertAccessible();
            browser.screenshot("admin-questions-edit");
            browser.clickAndWaitForPage("editor:save");
            assertTrue(browser.driver().getPageSource().contains("Het concept is opgeslagen."));
            String rows = browser.text("editor:steps:0:questions");
            assertTrue(rows.indexOf("subcategory") < rows.indexOf("department"), rows);

            // The keyboard alternative to dragging: Up moves it above the subcategory question.
            browser.clickAndWaitForPage("editor:steps:0:questions:2:up");
            rows = browser.text("editor:steps:0:questions");
            assertTrue(rows.indexOf("department") < rows.indexOf("subcategory"), rows);

            long reports = reports(demo);
            browser.clickAndWaitForPage("editor:preview");
            assertTrue(browser.driver().getCurrentUrl().contains("/admin/preview.xhtml"), browser.driver().getCurrentUrl());
            assertTrue(browser.text("previewBanner").contains("Voorbeeld van het concept."), browser.text("previewBanner"));
            String step = browser.text("wizard:step");
            assertTrue(step.contains("Op welke afdeling werkt u?") && step.contains("Dat helpt de vertrouwenspersoon"), step);
            browser.assertAccessible();
            browser.screenshot("admin-questions-preview");
            assertEquals(0, browser.driver().findElements(By.id("wizard:submit")).size(), "a preview has no send button");
            assertEquals(reports, reports(demo), "a preview makes no report");
            assertTrue(StaffClient.anonymous().get("/melden.xhtml?org=demo").body().indexOf("Op welke afdeling werkt u?") < 0, "the draft is not live");

            browser.clickAndWaitForPage("backToEditor");
            browser.clickAndWaitForPage("editor:publish");
            assertTrue(browser.text("editor:confirm").contains("gepubliceerd als versie " + (published + 1)), browser.text("editor:confirm"));
            browser.assertAccessible();
            browser.clickAndWaitForPage("editor:publishConfirm");
            assertTrue(browser.driver().getPageSource().contains("De vragenlijst is gepubliceerd als versie " + (published + 1)));
            assertTrue(browser.text("versions").contains(String.valueOf(published + 1)), browser.text("versions"));
            browser.assertHealthy();

            browser.open("/melden.xhtml?org=demo");
            String wizard = browser.text("wizard:step");
            assertTrue(wizard.contains("Op welke afdeling werkt u?") && wizard.contains("Dat helpt de vertrouwenspersoon"), wizard);

            browser.open("/admin/tips.xhtml");
            browser.assertAccessible();
            browser.clickAndWaitForPage("editor:tips:0:edit");
            assertTrue(browser.find("editor:titleNl").getAttribute("value").length() > 0);
            browser.assertAccessible();
            browser.screenshot("admin-tips-edit");
        } finally {
            StaffClient admin = StaffClient.loggedInAs("beheerder", DemoData.DEMO_PASSWORD);
            admin.callService("QuestionnaireEditing", "discardQuestionDraft");
            admin.callServicePosted("QuestionnairePublishing", "publishQuestionSet", String.valueOf(demo), original);
        }
    }

    /**
     * The preview can be clicked through as a reporter would, also after a "Next" that found a missing answer: the
     * re-rendered choices still react (they did not while Facelets gave the preview's components other generated
     * ids on the re-render; melden.xhtml now names them). No send button, no report.
     */
    @Test
    void thePreviewCanBeClickedThroughAndMakesNoReport() throws Exception {
        long demo = TestDatabase.organisationId("demo");
        long reports = reports(demo);
        try (Browser browser = new Browser()) {
            browser.open("/staff/login.xhtml");
            browser.loginStaff("beheerder", DemoData.DEMO_PASSWORD);
            browser.open("/admin/preview.xhtml");
            browser.clickAjax("wizard:next");
            assertEquals("Soort melding", browser.text("step-title"));
            assertTrue(browser.text("wizard:problems").contains("Wat u al had ingevuld, is bewaard"), "a missing answer is named");
            browser.choose("INTEGRITY");
            browser.choose("FRAUD");
            browser.clickAjax("wizard:next");
            browser.screenshot("admin-questions-preview-step2");
            assertEquals("Wanneer en waar", browser.text("step-title"));
            assertEquals(0, browser.driver().findElements(By.id("wizard:submit")).size());
            assertEquals(reports, reports(demo), "a preview makes no report");
        }
    }

    private static long reports(long organisation) throws SQLException {
        try (var c = TestDatabase.connect(); var st = c.prepareStatement("select count(*) from report where organisation_id = ?")) {
            st.setLong(1, organisation);
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}

package nl.meldpunt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.util.UUID;
import nl.meldpunt.demo.DemoData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The whole reporter's journey as a person walks it in Chromium: entry page, the wizard with a
 * validation error and a step back, the overview, the credentials and tips, logging out and into
 * the personal page, a message, and withdrawing. Every page passes the WCAG 2.1 AA check; the story
 * is nowhere in the database in readable form.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReporterJourneyBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MeldpuntDeployment.ear();
    }

    @Test
    void anEmployeeReportsFollowsTheReportAndWithdrawsIt() throws Exception {
        String story = "Mijn leidinggevende schreeuwt tegen mij in het overleg " + UUID.randomUUID();
        try (Browser browser = new Browser()) {
            browser.open("/m/demo");
            browser.assertAccessible();
            browser.clickAndWaitForPage("start");

            // Step 1: nothing chosen yet, "Next" explains what is missing and stays.
            assertEquals("Soort melding", browser.text("step-title"));
            browser.assertAccessible();
            browser.clickAjax("wizard:next");
            assertTrue(browser.text("wizard:problems").contains("Wat u al had ingevuld, is bewaard"));
            assertEquals("Soort melding", browser.text("step-title"));
            browser.assertAccessible();
            browser.choose("UNWANTED_BEHAVIOUR");
            browser.choose("BULLYING");
            browser.clickAjax("wizard:next");

            assertEquals("Wanneer en waar", browser.text("step-title"));
            browser.type(By.cssSelector("input[id$=':line']"), "Sinds maart, bijna elke week");
            browser.choose("YES");
            browser.clickAjax("wizard:next");

            assertEquals("Wie is betrokken", browser.text("step-title"));
            browser.choose("MANAGER");
            browser.clickAjax("wizard:next");

            // Typing, going back and forward again keeps the text.
            assertEquals("Wat er is gebeurd", browser.text("step-title"));
            browser.type(By.cssSelector("textarea"), story);
            browser.clickAjax("wizard:previous");
            assertEquals("Wie is betrokken", browser.text("step-title"));
            browser.clickAjax("wizard:next");
            assertEquals(story, browser.driver().findElement(By.cssSelector("textarea")).getAttribute("value"));
            browser.assertAccessible();
            browser.clickAjax("wizard:next");
            browser.clickAjax("wizard:next");

            assertEquals("Wat u nodig heeft", browser.text("step-title"));
            browser.choose("ADVICE");
            browser.clickAjax("wizard:next");
            assertTrue(browser.text("wizard:privacy").contains("U bepaalt zelf"));
            browser.assertAccessible();
            browser.clickAjax("wizard:next");

            assertTrue(browser.text("wizard:summary").contains(story), "the overview shows the story");
            assertTrue(browser.text("wizard:summary").contains("Pesten"));
            browser.assertAccessible();
            browser.screenshot("journey-summary");
            browser.clickAndWaitForPage("wizard:submit");

            // Credentials, shown once, and tips fitted to bullying.
            String caseCode = browser.text("caseCode");
            String password = browser.text("password");
            assertTrue(caseCode.matches("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}"), caseCode);
            assertTrue(password.matches("([a-z2-9]{4}-){4}[a-z2-9]{4}"), password);
            assertTrue(browser.text("affirmation").contains("het is de juiste stap"));
            assertTrue(browser.text("tips").contains("Houd een logboek bij"));
            browser.assertAccessible();
            browser.assertHealthy();
            browser.screenshot("journey-credentials");

            assertNotReadableInTheDatabase(story);
            assertTrue(StaffClient.loggedInAs("vertrouwenspersoon", DemoData.DEMO_PASSWORD)
                    .get("/console/index.xhtml").body().contains(caseCode), "the report is in the confidant's queue");

            // To the personal page: a wrong password gets the generic answer.
            browser.clickAndWaitForPage("done:toDashboard");
            browser.assertAccessible();
            browser.type(By.id("login:caseCode"), caseCode);
            browser.type(By.id("login:password"), "niet-het-goede-wachtwoord");
            browser.clickAndWaitForPage("login:submit");
            assertTrue(browser.text("login:messages").contains("Inloggen is niet gelukt"));
            browser.type(By.id("login:caseCode"), caseCode.toLowerCase().replace("-", " "));
            browser.type(By.id("login:password"), password);
            browser.clickAndWaitForPage("login:submit");

            assertEquals("Ontvangen", browser.text("statusLabel"));
            assertTrue(browser.text("category").contains("Pesten"));
            browser.assertAccessible();
            browser.type(By.id("write:message"), "Kan ik u volgende week bellen?");
            browser.clickAndWaitForPage("write:send");
            assertTrue(browser.text("messageList").contains("Kan ik u volgende week bellen?"));

            // A photo is accepted (and stored without its metadata); a program is refused kindly.
            browser.driver().findElement(By.id("upload:file")).sendKeys(photo().toString());
            browser.clickAndWaitForPage("upload:add");
            assertTrue(browser.text("messages").contains("Het bestand is aan uw melding toegevoegd"), browser.text("messages"));
            assertTrue(browser.text("fileList:attachments").contains("bewijs.png"));
            browser.driver().findElement(By.id("upload:file")).sendKeys(program().toString());
            browser.clickAndWaitForPage("upload:add");
            assertTrue(browser.text("messages").contains("De rest van uw melding is bewaard"), browser.text("messages"));
            assertFalse(browser.text("fileList:attachments").contains("hulpje.exe"));
            browser.assertAccessible();

            browser.clickAndWaitForPage("session:logout");
            assertTrue(browser.text("loggedOut").contains("U bent uitgelogd"));
            browser.open("/melder/index.xhtml");
            assertTrue(browser.driver().getCurrentUrl().contains("/melder/login.xhtml"), "logged out means logged out");
            browser.type(By.id("login:caseCode"), caseCode);
            browser.type(By.id("login:password"), password);
            browser.clickAndWaitForPage("login:submit");
            assertTrue(browser.text("messageList").contains("Kan ik u volgende week bellen?"), "the message was kept");

            // Withdrawing asks first and explains what happens.
            browser.clickAndWaitForPage("withdraw:ask");
            assertTrue(browser.text("withdraw:confirm").contains("U kunt later altijd opnieuw melden"));
            browser.assertAccessible();
            browser.clickAndWaitForPage("withdraw:confirmWithdraw");
            assertEquals("Ingetrokken", browser.text("statusLabel"));
            assertTrue(browser.driver().findElements(By.id("write:message")).isEmpty(), "no more messages after withdrawal");
            browser.assertHealthy();
            browser.screenshot("journey-withdrawn");
        }
    }

    @Test
    void theDemoReportCanBeOpenedWithItsPrintedCredentialsInEnglish() {
        try (Browser browser = new Browser()) {
            browser.open("/melder/login.xhtml?org=demo&lang=en");
            assertEquals("Log in with your case code", browser.driver().findElement(By.tagName("h1")).getText());
            browser.type(By.id("login:caseCode"), "DEMV-2345-KMPE");
            browser.type(By.id("login:password"), DemoData.DEMO_PASSWORD);
            browser.clickAndWaitForPage("login:submit");
            assertEquals("Received", browser.text("statusLabel"));
            assertTrue(browser.text("category").contains("Bullying"), browser.text("category"));
            browser.assertAccessible();
            browser.assertHealthy();
        }
    }

    private static java.nio.file.Path photo() throws java.io.IOException {
        var image = new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.nio.file.Path file = java.nio.file.Files.createTempDirectory("upload").resolve("bewijs.png");
        javax.imageio.ImageIO.write(image, "png", file.toFile());
        return file;
    }

    private static java.nio.file.Path program() throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempDirectory("upload").resolve("hulpje.exe");
        byte[] bytes = new byte[512];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        java.nio.file.Files.write(file, bytes);
        return file;
    }

    /** The story may be in the database only sealed: no text or binary column holds it readable. */
    private static void assertNotReadableInTheDatabase(String story) throws Exception {
        try (Connection db = TestDatabase.connect();
             var columns = db.createStatement().executeQuery("""
                     select table_name, column_name, data_type from information_schema.columns
                     where table_schema = 'public' and data_type in ('character varying', 'text', 'bytea')""")) {
            int checked = 0;
            while (columns.next()) {
                String table = columns.getString(1);
                String column = columns.getString(2);
                String condition = "bytea".equals(columns.getString(3))
                        ? "position(convert_to(?, 'UTF8') in \"" + column + "\") > 0"
                        : "position(? in \"" + column + "\") > 0";
                try (var st = db.prepareStatement("select count(*) from \"" + table + "\" where " + condition)) {
                    st.setString(1, story.substring(story.length() - 36));
                    try (var rs = st.executeQuery()) {
                        rs.next();
                        assertEquals(0, rs.getLong(1), table + "." + column + " holds the story readable");
                    }
                }
                checked++;
            }
            assertTrue(checked > 10);
        }
        try (Connection db = TestDatabase.connect();
             var rs = db.createStatement().executeQuery("select count(*) from report_answer where question_key = 'what_happened'")) {
            rs.next();
            assertFalse(rs.getLong(1) == 0, "the story is stored, sealed");
        }
    }
}

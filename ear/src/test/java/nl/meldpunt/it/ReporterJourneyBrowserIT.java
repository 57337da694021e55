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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;

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
        // Dutch as people write it (diaeresis, accents, curly quotes, a dash): every character must arrive as typed.
        String story = "Mijn leidinggevende schreeuwt tegen mij in het overleg; ik voel me geïntimideerd – ‘zo gaat dat hier’ "
                + UUID.randomUUID();
        try (Browser browser = new Browser()) {
            browser.open("/m/demo");
            browser.assertAccessible();
            browser.screenshot("reporter-entry");
            browser.clickAndWaitForPage("start");

            // Step 1: nothing chosen yet, "Next" explains what is missing and stays.
            assertEquals("Soort melding", browser.text("step-title"));
            assertLogoInHeader(browser);
            browser.assertAccessible();
            browser.screenshot("reporter-wizard-step");
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
            // Issue 14: the choice of confidant shows who they are, as the entry page does.
            browser.driver().findElement(By.cssSelector("#confidantProfiles summary")).click();
            assertTrue(browser.text("confidantProfiles").contains("Ik ben Vera"), browser.text("confidantProfiles"));
            assertTrue(browser.text("confidantProfiles").contains("Karim Kader"), "every confidant of the organisation");
            browser.assertAccessible();
            browser.clickAjax("wizard:next");

            assertTrue(browser.text("wizard:summary").contains(story), "the overview shows the story");
            assertTrue(browser.text("wizard:summary").contains("Pesten"));
            browser.assertAccessible();
            browser.screenshot("reporter-wizard-summary");
            // The proof of work against bot floods: the browser did it while the summary was shown...
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(30))
                    .until(d -> !d.findElement(By.id("wizard:solution")).getAttribute("value").isEmpty());
            // ...and a send without it (as a script that skips the work would send) is not taken, and loses nothing.
            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("document.getElementById('wizard:solution').value = '';");
            browser.clickAndWaitForPage("wizard:submit");
            assertTrue(browser.text("wizard:messages").contains("Uw melding is nog niet verstuurd"), browser.text("wizard:messages"));
            assertTrue(browser.text("wizard:summary").contains(story), "everything written is still there");
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
            assertLogoInHeader(browser);
            assertSameFont(browser, "done:print", "done:download");
            browser.screenshot("reporter-credentials");

            assertNotReadableInTheDatabase(story);
            assertTrue(StaffClient.loggedInAs("vertrouwenspersoon", DemoData.DEMO_PASSWORD)
                    .get("/console/index.xhtml").body().contains(caseCode), "the report is in the confidant's queue");

            // To the personal page: a wrong password gets the generic answer.
            browser.clickAndWaitForPage("done:toDashboard");
            browser.assertAccessible();
            assertLogoInHeader(browser);
            browser.screenshot("reporter-login");
            browser.type(By.id("login:caseCode"), caseCode);
            browser.type(By.id("login:password"), "niet-het-goede-wachtwoord");
            browser.clickAndWaitForPage("login:submit");
            assertTrue(browser.text("login:messages").contains("Inloggen is niet gelukt"));
            browser.type(By.id("login:caseCode"), caseCode.toLowerCase().replace("-", " "));
            browser.type(By.id("login:password"), password);
            browser.clickAndWaitForPage("login:submit");

            assertEquals("Ontvangen", browser.text("statusLabel"));
            assertTrue(browser.text("category").contains("Pesten"));
            assertLogoInHeader(browser);
            browser.assertAccessible();
            browser.screenshot("reporter-personal-page");

            // One text box with one clear choice: a message to the confidant (chosen unless the reporter
            // picks the other), or information added to the report. Each is kept as its own kind.
            String choice = browser.text("write");
            assertTrue(choice.contains("Een bericht aan mijn vertrouwenspersoon") && choice.contains("uw vertrouwenspersoon reageert op deze pagina"), choice);
            assertTrue(choice.contains("Informatie toevoegen aan mijn melding") && choice.contains("het wordt een deel van uw melding"), choice);
            assertEquals(1, browser.driver().findElements(By.tagName("textarea")).size(), "one text box for both kinds");
            assertTrue(browser.driver().findElement(By.cssSelector("input[value='MESSAGE']")).isSelected(), "a message unless chosen otherwise");
            browser.type(By.id("write:message"), "Kan ik u volgende week bellen? Liefst ’s ochtends, vóór tienen.");
            browser.clickAndWaitForPage("write:send");
            assertTrue(browser.text("messages").contains("Uw bericht is verstuurd"), browser.text("messages"));
            assertEquals("U schreef", kindOf(browser, "Kan ik u volgende week bellen? Liefst ’s ochtends, vóór tienen."));
            browser.choose("INFORMATION");
            browser.type(By.id("write:message"), "Gisteren gebeurde het weer, nu in de kantine.");
            browser.driver().findElement(By.id("write:message")).sendKeys(Keys.TAB); // focus leaves the box, as a person does
            browser.screenshot("reporter-write-choice");
            browser.clickAndWaitForPage("write:send");
            assertTrue(browser.text("messages").contains("De informatie is aan uw melding toegevoegd"), browser.text("messages"));
            assertEquals("U voegde informatie toe", kindOf(browser, "Gisteren gebeurde het weer, nu in de kantine."));
            assertTrue(browser.driver().findElement(By.cssSelector("input[value='MESSAGE']")).isSelected(), "the choice starts again at a message");
            browser.assertAccessible();

            // The file control speaks the page's language, works from the keyboard, and keeps the checks.
            assertOwnFileControl(browser, "Kies een bestand", "Nog geen bestand gekozen.");
            // A photo is accepted (and stored without its metadata); a program is refused kindly.
            browser.driver().findElement(By.id("upload:file")).sendKeys(photo().toString());
            assertEquals("Gekozen: bewijs.png", browser.text("fileChosen"));
            ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('files').scrollIntoView();");
            browser.screenshot("reporter-attachment");
            browser.clickAndWaitForPage("upload:add");
            assertTrue(browser.text("messages").contains("Het bestand is aan uw melding toegevoegd"), browser.text("messages"));
            assertTrue(browser.text("fileList:attachments").contains("bewijs.png"));
            browser.driver().findElement(By.id("upload:file")).sendKeys(program().toString());
            browser.clickAndWaitForPage("upload:add");
            assertTrue(browser.text("messages").contains("De rest van uw melding is bewaard"), browser.text("messages"));
            assertFalse(browser.text("fileList:attachments").contains("hulpje.exe"));
            // Office documents are read inside the server (ZIP through Commons Compress): a plain one is
            // accepted, one that carries a macro project is refused with the reason.
            browser.driver().findElement(By.id("upload:file")).sendKeys(wordDocument("verslag.docx").toString());
            browser.clickAndWaitForPage("upload:add");
            assertTrue(browser.text("fileList:attachments").contains("verslag.docx"), browser.text("fileList:attachments"));
            browser.driver().findElement(By.id("upload:file")).sendKeys(wordDocument("met-macro.docx", "word/vbaProject.bin").toString());
            browser.clickAndWaitForPage("upload:add");
            assertTrue(browser.text("messages").contains("macro's"), browser.text("messages"));
            assertFalse(browser.text("fileList:attachments").contains("met-macro.docx"));
            browser.assertAccessible();

            // ASVS 14.3.3: after the wizard, the credentials page and the personal page, the browser keeps nothing of the
            // report: no web storage, and no cookie a script can read (the session cookie is HttpOnly).
            assertEquals("0 0 ''", ((JavascriptExecutor) browser.driver()).executeScript(
                    "return localStorage.length + ' ' + sessionStorage.length + \" '\" + document.cookie + \"'\";"));

            browser.clickAndWaitForPage("session:logout");
            assertTrue(browser.text("loggedOut").contains("U bent uitgelogd"));
            browser.open("/melder/index.xhtml");
            assertTrue(browser.driver().getCurrentUrl().contains("/melder/login.xhtml"), "logged out means logged out");
            browser.type(By.id("login:caseCode"), caseCode);
            browser.type(By.id("login:password"), password);
            browser.clickAndWaitForPage("login:submit");
            assertTrue(browser.text("messageList").contains("Kan ik u volgende week bellen? Liefst ’s ochtends, vóór tienen."), "the message was kept");

            // Withdrawing asks first and explains what happens.
            browser.clickAndWaitForPage("withdraw:ask");
            assertTrue(browser.text("withdraw:confirm").contains("U kunt later altijd opnieuw melden"));
            browser.assertAccessible();
            browser.clickAndWaitForPage("withdraw:confirmWithdraw");
            assertEquals("Ingetrokken", browser.text("statusLabel"));
            assertTrue(browser.driver().findElements(By.id("write:message")).isEmpty(), "no more messages after withdrawal");
            browser.assertHealthy();
            browser.screenshot("reporter-withdrawn");
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

    /** An English browser on the Dutch page: the file control still says everything in Dutch. */
    @Test
    void theFileControlFollowsThePageLanguageNotTheBrowsers() {
        try (Browser browser = new Browser("en-US")) {
            browser.open("/melder/login.xhtml?org=demo");
            assertEquals("nl", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
            browser.type(By.id("login:caseCode"), "DEMV-2345-KMPE");
            browser.type(By.id("login:password"), DemoData.DEMO_PASSWORD);
            browser.clickAndWaitForPage("login:submit");
            assertLogoInHeader(browser);
            assertOwnFileControl(browser, "Kies een bestand", "Nog geen bestand gekozen.");
            browser.assertAccessible();
            browser.assertHealthy();
        }
    }

    /** The organisation's logo (as on its entry page) is in the header, and loaded. */
    private static void assertLogoInHeader(Browser browser) {
        var logos = browser.driver().findElements(By.cssSelector("header.mp-header img.mp-logo"));
        assertEquals(1, logos.size(), "the organisation's logo in the header of " + browser.driver().getCurrentUrl());
        // With the logo's version, as on the entry page: a new logo has a new address and shows at once.
        assertTrue(logos.get(0).getAttribute("src").matches(".*/logo/demo\\?v=[0-9a-f]+"), logos.get(0).getAttribute("src"));
        Number width = (Number) ((JavascriptExecutor) browser.driver()).executeScript(
                "var img = arguments[0]; return img.complete ? img.naturalWidth : 0;", logos.get(0));
        assertTrue(width.intValue() > 0, "the logo loaded on " + browser.driver().getCurrentUrl());
    }

    /** Two buttons side by side are set in the same font. */
    private static void assertSameFont(Browser browser, String first, String second) {
        for (String property : new String[] {"font-family", "font-size", "font-weight"}) {
            String a = browser.find(first).getCssValue(property);
            String b = browser.find(second).getCssValue(property);
            assertEquals(a, b, property + " of " + first + " and " + second);
        }
    }

    /** The kind shown above a written text in the list of messages ("U schreef", "U voegde informatie toe"). */
    private static String kindOf(Browser browser, String text) {
        return browser.find("messageList").findElements(By.cssSelector("li.mp-message")).stream()
                .filter(li -> li.getText().contains(text))
                .map(li -> li.findElement(By.cssSelector(".mp-note")).getText().split(" · ")[0])
                .findFirst().orElseThrow(() -> new AssertionError("not in the list: " + text));
    }

    /**
     * The browser's own file control ("Choose File", "Kies bestand") is not visible; the visible control is
     * the page's own label, tied to the input (so a click or Enter opens the file dialog), and the input
     * is reached with the keyboard, showing its focus on the label.
     */
    private static void assertOwnFileControl(Browser browser, String label, String noneChosen) {
        var input = browser.find("upload:file");
        var size = input.getRect();
        assertTrue(size.getWidth() <= 1 && size.getHeight() <= 1, "the browser's own file control is hidden: " + size.getDimension());
        var button = browser.find("fileButton");
        assertTrue(button.isDisplayed());
        assertEquals(label, button.getText());
        assertEquals("upload:file", button.getAttribute("for"));
        assertEquals(noneChosen, browser.text("fileChosen"));
        String visible = browser.find("files").getText();
        for (String nativeText : new String[] {"Choose File", "No file chosen", "Kies bestand", "Bestand kiezen", "Geen bestand gekozen"}) {
            assertFalse(visible.contains(nativeText), "native text visible: " + nativeText);
        }
        // Keyboard: Tab from the element before it lands on the file input, and its label shows the focus.
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        js.executeScript("var all = Array.from(document.querySelectorAll('*'))"
                + ".filter(function (e) { return e.tabIndex >= 0 && !e.disabled && e.getClientRects().length > 0; });"
                + "var i = all.indexOf(document.getElementById('upload:file'));"
                + "all[i - 1].focus();");
        new org.openqa.selenium.interactions.Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        assertEquals("upload:file", browser.driver().switchTo().activeElement().getAttribute("id"), "Tab reaches the file input");
        assertEquals("solid", button.getCssValue("outline-style"), "the label shows the keyboard focus");
        js.executeScript("document.activeElement.blur();");
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

    /** A minimal Word document (Office Open XML), with extra parts such as a macro project. */
    private static java.nio.file.Path wordDocument(String name, String... extraParts) throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempDirectory("upload").resolve(name);
        try (var zip = new java.util.zip.ZipOutputStream(java.nio.file.Files.newOutputStream(file))) {
            java.util.Map<String, String> parts = new java.util.LinkedHashMap<>();
            parts.put("[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                    </Types>""");
            parts.put("_rels/.rels", "<Relationships/>");
            parts.put("word/document.xml", "<document/>");
            for (String part : extraParts) {
                parts.put(part, "macro");
            }
            for (var part : parts.entrySet()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
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

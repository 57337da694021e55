package nl.meldpunt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.meldpunt.demo.DemoData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * A confidant picks a new report from the queue, acknowledges it, records one step the reporter may
 * see and one the reporter may not (which informs the organisation: refused until the reporter's
 * consent is recorded), and writes a message; the reporter then sees exactly the visible
 * step and the message on the personal page.  The case is closed once its registration form is complete, and the aftercare check-in asked and answered.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConfidantCaseBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MeldpuntDeployment.ear();
    }

    @Test
    void theReporterSeesExactlyWhatTheConfidantMadeVisible() {
        String[] credentials = StaffClient.anonymous().get("/it-probe/new-report?org=demo").body().split(" ");
        String caseCode = credentials[0];
        try (Browser browser = new Browser()) {
            browser.open("/staff/login.xhtml");
            browser.loginStaff("vertrouwenspersoon", DemoData.DEMO_PASSWORD);
            assertTrue(browser.text("queueForm:queue").contains(caseCode), "the new report is in the queue");
            assertEquals("Ingelogd als Vera Vertrouwen · Vertrouwenspersoon", browser.text("whoami"), "name and role, once each");
            browser.assertAccessible();
            browser.screenshot("console-queue");

            browser.driver().findElement(By.linkText(caseCode)).click();
            browser.find("answers");
            assertTrue(browser.text("answers").contains("Declaraties die niet kloppen."), "the story, opened for the confidant");
            assertEquals("Ontvangen", browser.text("status"));
            assertEquals("nee", browser.text("notifiable"));
            browser.assertAccessible();
            browser.screenshot("console-case-file");

            browser.clickAndWaitForPage("status:next:0:to");
            assertEquals("Bevestigd", browser.text("status"));

            new Select(browser.driver().findElement(By.id("step:key_input"))).selectByValue("LISTEN");
            browser.type(By.id("step:note"), "Gesprek gehad, melder wil advies.");
            browser.driver().findElement(By.id("step:visible")).click();
            browser.clickAndWaitForPage("step:add");
            // Informing the organisation needs the reporter's consent first.
            new Select(browser.driver().findElement(By.id("step:key_input"))).selectByValue("BRING_TO_ATTENTION");
            browser.type(By.id("step:note"), "Interne afweging, niet voor de melder.");
            browser.clickAndWaitForPage("step:add");
            assertTrue(browser.text("messages").contains("Daarvoor is eerst toestemming van de melder nodig"), browser.text("messages"));
            assertFalse(browser.text("stepList").contains("Interne afweging"));
            browser.clickAndWaitForPage("consent:scopes:0:record");
            assertTrue(browser.text("consentList").contains("De organisatie informeren: ja"), browser.text("consentList"));
            new Select(browser.driver().findElement(By.id("step:key_input"))).selectByValue("BRING_TO_ATTENTION");
            browser.type(By.id("step:note"), "Interne afweging, niet voor de melder.");
            browser.clickAndWaitForPage("step:add");
            assertTrue(browser.text("stepList").contains("Interne afweging"));

            browser.type(By.id("write:message"), "Dank voor uw melding. Zullen we donderdag bellen?");
            browser.clickAndWaitForPage("write:send");
            assertTrue(browser.text("messageList").contains("Zullen we donderdag bellen?"));
            String log = browser.text("history");
            assertTrue(log.contains("stap vastgelegd") && log.contains("dossier bekeken") && log.contains("bericht aan de melder"),
                    "the case shows its own audit history, in words: " + log);
            assertTrue(log.contains("Vera Vertrouwen") && log.contains("de melder"), "who, by name or as 'the reporter': " + log);
            assertTrue(log.contains("Bevestigd"), "what a status change changed to: " + log);
            assertTrue(log.matches("(?s).*\\d{1,2} [a-z]+ \\d{4} \\d{2}:\\d{2}.*"), "local time, date written out: " + log);
            assertFalse(log.contains("staff:") || log.contains("CASE_") || log.contains(caseCode) || log.contains("Z "),
                    "no raw codes, no case code, no UTC time: " + log);
            // Closing needs the registration form; then the case is closed.
            browser.clickAndWaitForPage("status:next:0:to"); // in progress
            assertEquals("In behandeling", browser.text("status"));
            browser.clickAndWaitForPage("status:next:1:to"); // close
            assertTrue(browser.text("messages").contains("vul eerst het registratieformulier aan"), browser.text("messages"));
            assertTrue(browser.text("messages").contains("Uitkomst ontbreekt"));
            assertEquals("In behandeling", browser.text("status"));
            new Select(browser.driver().findElement(By.id("register:department_input"))).selectByValue("Sociaal Domein");
            browser.choose("INFORMATION");
            new Select(browser.driver().findElement(By.id("register:outcome_input"))).selectByValue("REPORTED_TO_MANAGEMENT");
            browser.clickAndWaitForPage("register:save");
            browser.clickAndWaitForPage("status:next:1:to");
            assertEquals("Afgesloten", browser.text("status"));
            // Closing schedules the aftercare check-in; the confidant can ask it.
            assertTrue(browser.text("aftercare").contains("Check-in gepland op"), browser.text("aftercare"));
            browser.clickAndWaitForPage("checkin:ask");
            assertTrue(browser.text("aftercare").contains("Check-in gevraagd op"));
            browser.assertHealthy();
            browser.screenshot("console-case-file-closed");
        }

        try (Browser browser = new Browser()) {
            browser.open("/melder/login.xhtml?org=demo");
            browser.type(By.id("login:caseCode"), caseCode);
            browser.type(By.id("login:password"), credentials[1]);
            browser.clickAndWaitForPage("login:submit");
            assertEquals("Afgesloten", browser.text("statusLabel"));
            String steps = browser.text("stepList");
            assertTrue(steps.contains("Melding aangehoord") && steps.contains("Gesprek gehad, melder wil advies."), steps);
            assertFalse(steps.contains("Interne afweging") || steps.contains("Onder de aandacht"), "invisible steps stay hidden");
            assertTrue(browser.text("messageList").contains("Zullen we donderdag bellen?"));
            assertTrue(browser.text("messageList").contains("represailles"), "the check-in question");
            browser.type(By.id("write:message"), "Het gaat goed, geen nare gevolgen.");
            browser.clickAndWaitForPage("write:send");
            assertTrue(browser.text("messageList").contains("geen nare gevolgen"), "the reporter answers the check-in");
            browser.assertAccessible();
        }
    }

    @Test
    void aDutchPageInAnEnglishBrowserTakesDatesAsDayMonthYear() throws Exception {
        String caseCode = StaffClient.anonymous().get("/it-probe/new-report?org=demo").body().split(" ")[0];
        long id = TestDatabase.reportId(caseCode);
        java.time.ZoneId amsterdam = java.time.ZoneId.of("Europe/Amsterdam");
        java.time.LocalDate today = java.time.LocalDate.now(amsterdam);
        // Day 13 of last month: read as month/day it would not exist, so the page's order must be used.
        java.time.LocalDate day = today.minusMonths(1).withDayOfMonth(13);
        java.util.Locale dutch = java.util.Locale.forLanguageTag("nl");
        try (Browser browser = new Browser("en-US")) {
            browser.open("/staff/login.xhtml");
            browser.loginStaff("vertrouwenspersoon", DemoData.DEMO_PASSWORD);
            browser.open("/console/case.xhtml?id=" + id);
            var js = (org.openqa.selenium.JavascriptExecutor) browser.driver();
            assertEquals("en-US", js.executeScript("return navigator.language;"), "an English browser");
            assertEquals("nl", browser.driver().findElement(By.tagName("html")).getAttribute("lang"), "on a Dutch page");
            browser.clickAndWaitForPage("status:next:0:to");

            new Select(browser.driver().findElement(By.id("step:key_input"))).selectByValue("LISTEN");
            var date = browser.find("step:date_input");
            assertEquals(today.format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")), date.getAttribute("value"),
                    "today, day first, as Dutch pages write it");
            assertEquals("dd-mm-jjjj", date.getAttribute("placeholder"));
            browser.screenshot("case-file-top");
            date.click();
            var wait = new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10));
            var panel = wait.until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(By.id("step:date_panel")));
            String calendar = panel.getText().toLowerCase(dutch);
            assertTrue(calendar.contains(today.getMonth().getDisplayName(java.time.format.TextStyle.FULL, dutch))
                    && calendar.matches("(?s).*\\bwo\\b.*") && calendar.matches("(?s).*\\bvr\\b.*"),
                    "the calendar speaks Dutch (month, 'wo', 'vr'): " + calendar);

            // As a person does: close the calendar, select what is in the field and type the date over it.
            // (PrimeFaces ignores an Escape until the calendar has finished opening, which on a busy machine takes a
            // moment: like a person, press it again while the calendar is still there.)
            wait.until(d -> {
                if (!d.findElement(By.id("step:date_panel")).isDisplayed()) {
                    return true;
                }
                date.sendKeys(org.openqa.selenium.Keys.ESCAPE);
                return false;
            });
            String typed = day.format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy"));
            date.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), typed);
            wait.until(d -> typed.equals(d.findElement(By.id("step:date_input")).getAttribute("value")));
            browser.type(By.id("step:note"), "Datum in het Nederlands ingevuld.");
            browser.clickAndWaitForPage("step:add");
            assertTrue(browser.text("messages").contains("vastgelegd"), browser.text("messages"));
            browser.assertAccessible(); // with the page's message shown
            String written = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG).withLocale(dutch)
                    .format(day);
            assertTrue(browser.text("stepList").contains(written), "recorded on " + written + ": " + browser.text("stepList"));
            browser.assertHealthy();

            // Every staff role reaches the own password change from the staff bar (tested in StaffPasswordIT).
            browser.clickAndWaitForPage("staffbar:changePassword");
            browser.find("password:current");
            browser.assertAccessible();
            browser.screenshot("staff-password");
        }
    }

    @Test
    void trendsNeverShowASmallNumber() throws Exception {
        for (int i = 0; i < 3; i++) {
            StaffClient.anonymous().get("/it-probe/new-report?org=demo");
        }
        long demo = TestDatabase.organisationId("demo");
        String page = StaffClient.loggedInAs("vertrouwenspersoon", DemoData.DEMO_PASSWORD)
                .get("/console/trends.xhtml?org=" + demo).body();
        var cells = org.jsoup.Jsoup.parse(page).select("table#current td, table#previous td");
        assertFalse(cells.isEmpty(), "the demo organisation has reports to count");
        // Through the one rule for small counts (issue 12): below 5, zero included, prints "< 5"; "×" is hidden.
        cells.forEach(cell -> assertTrue(cell.text().matches("< 5|×|[5-9]|\\d{2,}"), "shown count: " + cell.text()));
        assertTrue(page.contains("Fraude"), "counted per category");
    }
}

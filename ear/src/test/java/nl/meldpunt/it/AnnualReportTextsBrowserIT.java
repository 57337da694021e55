package nl.meldpunt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import nl.meldpunt.demo.DemoData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.Select;

/**
 * The confidant writes the own sections of the annual report (issue 12, item 3): writes two sections, saves,
 * reloads and finds them; changes one, sees both versions in the history and restores the first; a text that
 * is too long, or a section saved in another tab in the meantime, is refused with the typed text kept; marks
 * the year final. The audit trail records every change without its text; another organisation's texts are
 * refused; the annual report job reads the texts without a logged-in user.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AnnualReportTextsBrowserIT {

    /** A word no other text has: it must never reach the audit trail or the server log. */
    private static final String MARKER = "Jaarverslagmerkwoord";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MeldpuntDeployment.ear();
    }

    @Test
    void theConfidantWritesSavesRestoresAndMarksTheYearFinal() throws Exception {
        long demo = TestDatabase.organisationId("demo");
        String actor = "staff:" + TestDatabase.staffId("vertrouwenspersoon");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        int defaultYear = today.getMonthValue() <= 3 ? today.getYear() - 1 : today.getYear();
        int year = today.getYear() - 2;
        long savedBefore = countAnnualAudit(actor, "ANNUAL_TEXT_SAVED");
        long restoredBefore = countAnnualAudit(actor, "ANNUAL_TEXT_RESTORED");
        String introduction = "Ik ben de externe vertrouwenspersoon van de gemeente, bereikbaar via het digitale meldpunt.";
        String trends = "Meer meldingen over omgangsvormen dan vorig jaar (" + MARKER + ").\nGeen casussen.";

        try (Browser browser = new Browser()) {
            browser.open("/staff/login.xhtml");
            browser.loginStaff("vertrouwenspersoon", DemoData.DEMO_PASSWORD);
            browser.driver().findElement(By.linkText("Jaarverslag")).click();
            browser.find("texts:sections:0:text");
            assertTrue(browser.text("content").contains("Jaarverslag " + defaultYear + ": Gemeente Voorbeeldstad"),
                    "last year in January to March, else this year: " + browser.text("content"));
            assertEquals(String.valueOf(defaultYear), selected("choose:year_input", browser));
            String page = browser.text("content");
            for (String title : List.of("Inleiding en rol van de vertrouwenspersoon", "Bereikbaarheid en beschikbaarheid", "Nazorg",
                    "Trends en signalen", "Advies en aanbevelingen", "Vooruitblik op het komende jaar")) {
                assertTrue(page.contains(title), "section " + title);
            }
            assertTrue(page.contains("Beschrijf geen casussen: niets in deze teksten mag naar een persoon te herleiden zijn"), page);
            browser.assertAccessible();

            // Another year, chosen on the page.
            new Select(browser.driver().findElement(By.id("choose:year_input"))).selectByValue(String.valueOf(year));
            browser.clickAndWaitForPage("choose:show");
            assertTrue(browser.driver().getCurrentUrl().contains("year=" + year), browser.driver().getCurrentUrl());
            assertEquals("Nog niet opgeslagen.", browser.text("texts:sections:0:saved"));

            // One section saved on its own, then another with "save all".
            browser.type(By.id("texts:sections:0:text"), introduction);
            browser.clickAndWaitForPage("texts:sections:0:save");
            assertTrue(browser.text("messages").matches("(?s).*Concept van „Inleiding en rol van de vertrouwenspersoon” opgeslagen om \\d\\d:\\d\\d.*"),
                    browser.text("messages"));
            assertTrue(browser.text("texts:sections:0:saved").matches("Opgeslagen om \\d\\d:\\d\\d op .* door Vera Vertrouwen \\(versie 1\\)\\."),
                    browser.text("texts:sections:0:saved"));
            browser.type(By.id("texts:sections:3:text"), trends);
            browser.clickAndWaitForPage("texts:saveAll");
            assertTrue(browser.text("messages").contains("1 tekst(en) als concept opgeslagen om"), browser.text("messages"));

            // Opened again: both are there.
            String url = "/console/annual.xhtml?org=" + demo + "&year=" + year;
            browser.open(url);
            browser.find("texts:sections:0:text");
            assertEquals(introduction, value(browser, "texts:sections:0:text"));
            assertEquals(trends, value(browser, "texts:sections:3:text"));
            browser.screenshot("console-annual-report");

            // Changed: two versions in the history; the first restored as the third.
            browser.type(By.id("texts:sections:0:text"), "Tweede versie van de inleiding.");
            browser.clickAndWaitForPage("texts:sections:0:save");
            browser.clickAndWaitForPage("texts:sections:0:history");
            List<WebElement> versions = browser.find("texts:sections:0:versions").findElements(By.tagName("li"));
            assertEquals(2, versions.size(), browser.text("texts:sections:0:versions"));
            assertTrue(versions.get(0).getText().contains("Versie 2") && versions.get(0).getText().contains("Tweede versie"));
            assertTrue(versions.get(1).getText().contains("Versie 1") && versions.get(1).getText().contains("Vera Vertrouwen")
                    && versions.get(1).getText().contains("externe vertrouwenspersoon"));
            browser.clickAndWaitForPage("texts:sections:0:v:1:restore");
            assertEquals(introduction, value(browser, "texts:sections:0:text"));
            assertTrue(browser.text("texts:sections:0:saved").contains("(versie 3)"), browser.text("texts:sections:0:saved"));
            assertTrue(browser.text("texts:sections:0:versions").contains("(Teruggezet van versie 1.)"));
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView();",
                    browser.find("texts:sections:0:saved"));
            browser.screenshot("console-annual-report-history");

            // The same section saved from a second tab: this tab's save is refused, its typed text stays.
            String first = browser.driver().getWindowHandle();
            browser.driver().switchTo().newWindow(WindowType.TAB);
            browser.open(url);
            browser.type(By.id("texts:sections:1:text"), "Bereikbaar via het meldpunt en op dinsdag.");
            browser.clickAndWaitForPage("texts:sections:1:save");
            browser.driver().close();
            browser.driver().switchTo().window(first);
            String mine = "Bereikbaar via het meldpunt, telefonisch en op locatie.";
            browser.type(By.id("texts:sections:1:text"), mine);
            browser.clickAndWaitForPage("texts:sections:1:save");
            assertTrue(browser.text("messages").contains("is intussen elders opgeslagen"), browser.text("messages"));
            assertEquals(mine, value(browser, "texts:sections:1:text"), "the typed text stays");
            assertTrue(browser.text("texts:sections:1:elsewhere").contains("op dinsdag"), "the other tab's text, to compare");
            browser.clickAndWaitForPage("texts:sections:1:save");
            assertTrue(browser.text("texts:sections:1:saved").contains("(versie 2)"), "saving again keeps this text as the newest");
            assertEquals(mine, value(browser, "texts:sections:1:text"));

            // Too long: refused, the text stays on the page; final only once nothing is unsaved.
            String tooLong = "x".repeat(8001);
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];",
                    browser.find("texts:sections:5:text"), tooLong);
            browser.clickAndWaitForPage("texts:sections:5:save");
            assertTrue(browser.text("messages").contains("is te lang: hoogstens 8000 tekens, uw tekst heeft er 8001"),
                    browser.text("messages"));
            assertEquals(tooLong, value(browser, "texts:sections:5:text"));
            browser.clickAndWaitForPage("texts:markFinal");
            assertTrue(browser.text("messages").contains("nog niet zijn opgeslagen"), browser.text("messages"));
            browser.find("texts:sections:5:text").clear();
            browser.clickAndWaitForPage("texts:markFinal");
            assertTrue(browser.text("state").startsWith("Vastgesteld op"), browser.text("state"));
            assertEquals("true", browser.find("texts:sections:0:text").getDomProperty("readOnly"));
            assertTrue(browser.driver().findElements(By.id("texts:sections:0:save")).isEmpty(), "no saving while final");
            browser.assertHealthy();
            browser.screenshot("console-annual-report-final");
        }

        // The annual report job reads the current texts and whether they are final, without anyone logged in.
        String job = StaffClient.anonymous().get("/it-probe/annual-texts?org=" + demo + "&year=" + year).body();
        assertTrue(job.startsWith("final true\n"), job);
        assertTrue(job.contains("INTRODUCTION\t" + introduction + "\n"), job);
        assertTrue(job.contains("TRENDS_AND_SIGNALS\t" + trends.replace("\n", "\\n") + "\n"), job);
        assertTrue(job.contains("AVAILABILITY\tBereikbaar via het meldpunt, telefonisch en op locatie.\n"), job);
        assertTrue(job.contains("YEAR_AHEAD\t\n") && job.contains("AFTERCARE\t\n"), "sections never written are empty: " + job);

        // Every change audited, never with its text.
        assertEquals(savedBefore + 5, countAnnualAudit(actor, "ANNUAL_TEXT_SAVED"),
                "introduction twice, trends, availability in both tabs");
        assertEquals(restoredBefore + 1, countAnnualAudit(actor, "ANNUAL_TEXT_RESTORED"));
        assertEquals(1, TestDatabase.countAudit(actor, "ANNUAL_TEXTS_FINALISED", "annual:" + year));
        for (String subject : annualSubjects(actor)) {
            assertTrue(subject.matches("annual:\\d{4}(:[A-Z_]+:\\d+)?"), "only year, section and version: " + subject);
        }
        try (var c = TestDatabase.connect(); var st = c.prepareStatement(
                "select count(*) from audit_entry where subject like ? or actor like ? or action like ?")) {
            for (int i = 1; i <= 3; i++) {
                st.setString(i, "%" + MARKER + "%");
            }
            try (var rs = st.executeQuery()) {
                rs.next();
                assertEquals(0, rs.getLong(1), "no text in the audit trail");
            }
        }
        Path log = Path.of(System.getProperty("payara.home", "target/payara6"), "glassfish/domains/domain1/logs/server.log");
        if (Files.exists(log)) {
            assertFalse(Files.readString(log, java.nio.charset.StandardCharsets.ISO_8859_1).contains(MARKER), "no text in the server log");
        }

        // Reopened: drafts again, the job sees that.
        StaffClient confidant = StaffClient.loggedInAs("vertrouwenspersoon", DemoData.DEMO_PASSWORD);
        assertTrue(confidant.callService("AnnualReportTextService", "reopen", String.valueOf(demo), String.valueOf(year))
                .startsWith("ALLOWED"));
        assertTrue(StaffClient.anonymous().get("/it-probe/annual-texts?org=" + demo + "&year=" + year).body().startsWith("final false\n"));
    }

    @Test
    void anotherOrganisationsTextsAreRefusedAndAudited() throws Exception {
        long noord = TestDatabase.organisationId("noord");
        int year = LocalDate.now(ZoneId.of("Europe/Amsterdam")).getYear();
        String actor = "staff:" + TestDatabase.staffId("vertrouwenspersoon");
        StaffClient confidant = StaffClient.loggedInAs("vertrouwenspersoon", DemoData.DEMO_PASSWORD);
        long before = TestDatabase.countAudit(actor, "ACCESS_DENIED", "annual-texts:" + noord);
        String org = String.valueOf(noord);
        String y = String.valueOf(year);
        assertEquals("DENIED", confidant.callService("AnnualReportTextService", "textsFor", org, y));
        assertEquals("DENIED", confidant.callService("AnnualReportTextService", "save", org, y, "ADVICE", "Niet van mij", "0"));
        assertEquals("DENIED", confidant.callService("AnnualReportTextService", "history", org, y, "ADVICE"));
        assertEquals("DENIED", confidant.callService("AnnualReportTextService", "markFinal", org, y));
        assertEquals(403, confidant.get("/console/annual.xhtml?org=" + noord + "&year=" + year).statusCode());
        assertEquals(before + 5, TestDatabase.countAudit(actor, "ACCESS_DENIED", "annual-texts:" + noord), "every refusal audited");

        // The confidant who serves both organisations writes for Zorggroep Noord; the demo's confidant still cannot read it.
        StaffClient both = StaffClient.loggedInAs("kader", DemoData.DEMO_PASSWORD);
        assertEquals("ALLOWED", both.callService("AnnualReportTextService", "save", org, y, "ADVICE", "Advies voor Noord", "0")
                .substring(0, 7));
        assertTrue(both.callService("AnnualReportTextService", "textsFor", org, y).contains("Advies voor Noord"));
        assertEquals("DENIED", confidant.callService("AnnualReportTextService", "textsFor", org, y));
    }

    private static String value(Browser browser, String id) {
        return browser.find(id).getDomProperty("value");
    }

    private static String selected(String id, Browser browser) {
        return new Select(browser.driver().findElement(By.id(id))).getFirstSelectedOption().getAttribute("value");
    }

    private static long countAnnualAudit(String actor, String action) throws SQLException {
        try (var c = TestDatabase.connect(); var st = c.prepareStatement(
                "select count(*) from audit_entry where actor = ? and action = ?")) {
            st.setString(1, actor);
            st.setString(2, action);
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static List<String> annualSubjects(String actor) throws SQLException {
        List<String> subjects = new ArrayList<>();
        try (var c = TestDatabase.connect(); var st = c.prepareStatement(
                "select subject from audit_entry where actor = ? and action like 'ANNUAL%'")) {
            st.setString(1, actor);
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    subjects.add(rs.getString(1));
                }
            }
        }
        return subjects;
    }
}

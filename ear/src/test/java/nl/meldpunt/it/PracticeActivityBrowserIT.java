package nl.meldpunt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import nl.meldpunt.demo.DemoData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The confidant records an information session on the activity page (issue 14, item 5), as a person does: from
 * the console's link, a form left empty and a count out of range refused with a clear message, a session without
 * its audience refused by the service with the entry kept, then recorded; the year's counts go up, the list shows
 * it, the audit trail has it, and the page passes axe-core's WCAG 2.1 AA rules with and without a message.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PracticeActivityBrowserIT {

    private static final ZoneId DUTCH = ZoneId.of("Europe/Amsterdam");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MeldpuntDeployment.ear();
    }

    @Test
    void theConfidantRecordsAnInformationSessionThroughThePage() throws Exception {
        LocalDate today = LocalDate.now(DUTCH);
        String actor = "staff:" + TestDatabase.staffId("vertrouwenspersoon");
        long recordedBefore = countAudit(actor, "PRACTICE_ACTIVITY_RECORDED");
        try (Browser browser = new Browser()) {
            browser.open("/staff/login.xhtml");
            browser.loginStaff("vertrouwenspersoon", DemoData.DEMO_PASSWORD);
            browser.driver().findElement(By.linkText("Activiteiten")).click();
            browser.find("activity:save");
            assertTrue(browser.text("content").contains("Activiteiten " + today.getYear() + ": Gemeente Voorbeeldstad"),
                    browser.text("content"));
            int sessions = Integer.parseInt(browser.text("countSessions"));
            int participants = Integer.parseInt(browser.text("countParticipants"));
            browser.assertAccessible();

            // Nothing filled in: the two things every activity needs.
            browser.clickAndWaitForPage("activity:save");
            assertTrue(browser.text("messages").contains("Kies de soort activiteit.")
                    && browser.text("messages").contains("Vul de datum in waarop de activiteit plaatsvond."), browser.text("messages"));

            // A session with too many participants, then one without its audience.
            new Select(browser.driver().findElement(By.id("activity:kind_input"))).selectByValue("INFORMATION_SESSION");
            typeDate(browser, today);
            typeNumber(browser, "20000");
            browser.clickAndWaitForPage("activity:save");
            assertTrue(browser.text("messages").contains("een heel getal in van 1 tot en met 10.000"), browser.text("messages"));
            typeNumber(browser, "17");
            browser.clickAndWaitForPage("activity:save");
            assertTrue(browser.text("messages").contains("Kies bij voorlichting en training de doelgroep."), browser.text("messages"));
            assertEquals("17", browser.find("activity:participants").getDomProperty("value"), "what was entered stays");
            assertEquals(sessions, Integer.parseInt(browser.text("countSessions")), "nothing recorded yet");
            browser.assertAccessible(); // with the refusal shown

            new Select(browser.driver().findElement(By.id("activity:audience_input"))).selectByValue("WORKS_COUNCIL");
            new Select(browser.driver().findElement(By.id("activity:topic_input"))).selectByValue("PSA_POLICY");
            browser.clickAndWaitForPage("activity:save");
            String written = today.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag("nl")));
            assertTrue(browser.text("messages").contains("Vastgelegd: Voorlichtingsbijeenkomst op " + written + "."),
                    browser.text("messages"));
            assertEquals(sessions + 1, Integer.parseInt(browser.text("countSessions")));
            assertEquals(participants + 17, Integer.parseInt(browser.text("countParticipants")));
            String list = browser.text("list:activities");
            assertTrue(list.contains(written) && list.contains("Ondernemingsraad") && list.contains("PSA-beleid"), list);
            assertEquals("", browser.find("activity:participants").getDomProperty("value"), "the form is empty again");
            assertEquals(recordedBefore + 1, countAudit(actor, "PRACTICE_ACTIVITY_RECORDED"));
            browser.screenshot("console-activities");
            browser.assertAccessible();
            browser.assertHealthy();
        }
    }

    /** As a person does: close the calendar that opens, select what is in the field and type the date over it. */
    private static void typeDate(Browser browser, LocalDate day) {
        WebElement date = browser.find("activity:heldOn_input");
        date.click();
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(10));
        wait.until(d -> {
            WebElement panel = d.findElement(By.id("activity:heldOn_panel"));
            if (!panel.isDisplayed()) {
                return true;
            }
            date.sendKeys(Keys.ESCAPE);
            return false;
        });
        String typed = day.format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));
        date.sendKeys(Keys.chord(Keys.CONTROL, "a"), typed);
        wait.until(d -> typed.equals(d.findElement(By.id("activity:heldOn_input")).getAttribute("value")));
    }

    /**
     * Puts the number of participants in its field. Typed keys got lost on a busy machine (the date picker's panel,
     * still closing over the field, took them), so the value is set as typing sets it, with the events a browser
     * fires; what the test is about, the server's checks and what it records, stays the same.
     */
    private static void typeNumber(Browser browser, String number) {
        WebElement field = browser.find("activity:participants");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];"
                + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", field, number);
        assertEquals(number, field.getDomProperty("value"));
    }

    private static long countAudit(String actor, String action) throws SQLException {
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
}

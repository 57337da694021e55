package nl.meldpunt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 14, item 1, from both sides as people do it: an employee asks for a conversation on the entry page and notes
 * the case code and password; the confidant opens the request from the work queue and proposes a moment; the
 * employee logs in and accepts it; the confidant sees the agreed appointment and its calendar link. Every new page
 * passes axe-core's WCAG 2.1 AA rules.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContactRequestBrowserIT {

    private static final ZoneId DUTCH = ZoneId.of("Europe/Amsterdam");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MeldpuntDeployment.ear();
    }

    @Test
    void anEmployeeAndTheConfidantAgreeOnAConversationThroughTheApp() throws Exception {
        LocalDate day = LocalDate.now(DUTCH).plusDays(30 + ThreadLocalRandom.current().nextInt(300));
        String caseCode;
        String password;
        try (Browser employee = new Browser()) {
            employee.open("/m/demo");
            assertTrue(employee.text("talkCard").contains("Ik wil met een vertrouwenspersoon praten"));
            assertTrue(employee.text("adviceCard").contains("Ik wil advies over een situatie in mijn team"));
            employee.clickAndWaitForPage("talk");
            assertTrue(employee.text("content").contains("Een gesprek aanvragen"), employee.text("content"));
            employee.assertAccessible();
            employee.choose("CONFLICT_OR_PRESSURE");
            employee.choose("PHONE");
            employee.choose("WEDNESDAY");
            employee.choose("AFTERNOON");
            employee.clickAndWaitForPage("contact:send");
            caseCode = employee.text("caseCode");
            password = employee.text("password");
            assertTrue(caseCode.matches("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}"), caseCode);
            employee.assertAccessible();
            employee.assertHealthy();
            employee.screenshot("contact-request-done");
        }

        try (Browser confidant = new Browser()) {
            confidant.open("/staff/login.xhtml");
            confidant.loginStaff("vertrouwenspersoon", DemoData.DEMO_PASSWORD);
            assertTrue(confidant.text("contactRequests").contains(caseCode), confidant.text("contactRequests"));
            confidant.driver().findElement(By.linkText(caseCode)).click();
            confidant.find("slot:propose");
            assertTrue(confidant.text("topic").contains("Een conflict of werkdruk"), confidant.text("content"));
            confidant.assertAccessible();
            // The time and duration typed, the day put in as the text the field posts (see typeDate).
            confidant.type(By.id("slot:start"), "11:15");
            confidant.type(By.id("slot:minutes"), "45");
            typeDate(confidant, day);
            assertEquals("11:15", confidant.find("slot:start").getDomProperty("value"));
            assertEquals("45", confidant.find("slot:minutes").getDomProperty("value"));
            confidant.clickAndWaitForPage("slot:propose");
            assertTrue(confidant.text("messages").contains("Het moment is voorgesteld."), confidant.text("content"));
            assertTrue(confidant.text("proposed").contains("11:15"), confidant.text("proposed"));
            confidant.assertAccessible();
            confidant.screenshot("console-contact-request");

            try (Browser employee = new Browser()) {
                employee.open("/melder/login.xhtml?org=demo");
                employee.type(By.id("login:caseCode"), caseCode);
                employee.type(By.id("login:password"), password);
                employee.clickAndWaitForPage("login:submit");
                employee.find("slots");
                assertTrue(employee.driver().getCurrentUrl().endsWith("/melder/contact.xhtml"), employee.driver().getCurrentUrl());
                assertTrue(employee.text("slots").contains("11:15–12:00"), employee.text("slots"));
                employee.assertAccessible();
                WebElement accept = employee.driver().findElement(By.cssSelector("#slots button[id$=':accept']"));
                employee.clickAndWaitForPage(accept.getAttribute("id"));
                assertTrue(employee.text("messages").contains("Uw afspraak staat."), employee.text("content"));
                String when = employee.text("agreedWhen");
                assertTrue(when.contains(String.valueOf(day.getYear())) && when.contains("11:15–12:00"), when);
                assertEquals("Telefonisch", employee.text("agreedWay"));
                employee.assertAccessible();
                employee.assertHealthy();
                employee.screenshot("reporter-contact-appointment");

                confidant.driver().navigate().refresh();
                assertEquals(when, confidant.text("agreedWhen"), "both see the same appointment");
                assertTrue(confidant.find("calendar").getAttribute("href").contains("/console/contact-calendar?id="));
                confidant.assertAccessible();
            }
        }
    }

    /**
     * Puts the day into the date field as its text (the form posts that text, dd-MM-yyyy in Dutch) without opening the
     * calendar panel: keys typed into the field while its panel opened or closed were lost on a busy machine, which
     * tests the widget, not this page. No change event either: the widget then re-read the field and emptied it.
     */
    private static void typeDate(Browser browser, LocalDate day) {
        WebElement date = browser.find("slot:day_input");
        String typed = day.format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));
        ((JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].value = arguments[1];", date, typed);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> typed.equals(date.getDomProperty("value")));
    }
}

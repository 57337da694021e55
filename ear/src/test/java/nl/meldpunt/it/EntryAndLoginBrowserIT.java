package nl.meldpunt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import nl.meldpunt.demo.DemoData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What a person sees in Chromium: the demo organisation's entry page and the confidant's login. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EntryAndLoginBrowserIT {

    private Browser chromium;
    private WebDriver browser;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MeldpuntDeployment.ear();
    }

    @BeforeEach
    void openBrowser() {
        chromium = new Browser();
        browser = chromium.driver();
    }

    @AfterEach
    void closeBrowser() {
        chromium.close();
    }

    private void assertPageHealthy() {
        chromium.assertHealthy();
    }

    @Test
    void anEmployeeReadsTheEntryPageInDutchOrEnglishWithoutGettingACookie() {
        browser.get(MeldpuntDeployment.BASE_URL + "/m/demo");
        assertEquals("Vertrouwelijk melden bij Gemeente Voorbeeldstad", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElement(By.className("mp-lead")).getText().contains("Melden is de juiste stap"));
        assertTrue(browser.getPageSource().contains("Wij bewaren geen IP-adres"));
        assertEquals("nl", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(browser.manage().getCookies().isEmpty(), "reading leaves no cookie: " + browser.manage().getCookies());
        assertPageHealthy();
        chromium.screenshot("entry-page");

        browser.findElement(By.linkText("English")).click();
        assertEquals("Report in confidence to Gemeente Voorbeeldstad", browser.findElement(By.tagName("h1")).getText());
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(browser.manage().getCookies().isEmpty());
    }

    @Test
    void theConfidantLogsInSeesTheOwnOrganisationAndLogsOut() {
        browser.get(MeldpuntDeployment.BASE_URL + "/m/demo");
        browser.findElement(By.linkText("Inloggen voor medewerkers van het meldpunt")).click();
        assertEquals("Inloggen voor medewerkers", browser.findElement(By.tagName("h1")).getText());
        assertPageHealthy();
        chromium.assertAccessible();
        chromium.screenshot("staff-login");

        browser.findElement(By.id("login:username")).sendKeys("vertrouwenspersoon");
        browser.findElement(By.id("login:password")).sendKeys("wrong password");
        browser.findElement(By.id("login:submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("login:messages"), "Inloggen is niet gelukt"));

        chromium.loginStaff("vertrouwenspersoon", DemoData.DEMO_PASSWORD);

        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/console/index.xhtml"));
        assertEquals("Werkvoorraad", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElement(By.id("whoami")).getText().contains("Vera Vertrouwen"));
        assertTrue(browser.findElement(By.id("organisations")).getText().contains("Gemeente Voorbeeldstad"));
        assertPageHealthy();
        var session = browser.manage().getCookieNamed("MELDPUNT_SESSION");
        assertTrue(session.isHttpOnly(), "the session cookie is HttpOnly");
        assertEquals("Strict", session.getSameSite());

        browser.findElement(By.id("staffbar:logout")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("loggedOut=true"));
        assertTrue(browser.findElement(By.id("loggedOut")).getText().contains("U bent uitgelogd"));
        browser.get(MeldpuntDeployment.BASE_URL + "/console/index.xhtml");
        assertTrue(browser.getCurrentUrl().contains("/staff/login.xhtml"), "after logout the console asks for a login again");
    }

    @Test
    void theOrganisationAdminChecksTheAuditLogWithPrimeFacesUnderTheStrictPolicy() {
        browser.get(MeldpuntDeployment.BASE_URL + "/admin/index.xhtml");
        assertTrue(browser.getCurrentUrl().contains("/staff/login.xhtml"), "the admin page asks for a login first");
        browser.findElement(By.linkText("English")).click();
        assertEquals("Log in for staff", browser.findElement(By.tagName("h1")).getText());
        chromium.loginStaff("beheerder", DemoData.DEMO_PASSWORD);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/admin/index.xhtml"));
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("Gemeente Voorbeeldstad"));
        assertTrue(browser.findElement(By.id("settings")).getText().contains("/m/demo"));

        browser.findElement(By.id("audit:verify")).click();
        String result = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("audit:result"))).getText();
        // The count is formatted for the page's language: "1,402" once the suite has written more than a thousand.
        assertTrue(result.matches("The audit log is intact: \\d{1,3}(,\\d{3})* entries checked\\."), result);
        assertPageHealthy();
        chromium.assertAccessible();
        chromium.screenshot("admin-page");
    }
}

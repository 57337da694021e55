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
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What a person sees in Chromium: the demo organisation's entry page and the confidant's login. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EntryAndLoginBrowserIT {

    private WebDriver browser;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MeldpuntDeployment.ear();
    }

    @BeforeEach
    void openBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chrome.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,900", "--lang=nl");
        browser = new ChromeDriver(options);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anEmployeeReadsTheEntryPageInDutchOrEnglishWithoutGettingACookie() {
        browser.get(MeldpuntDeployment.BASE_URL + "/m/demo");
        assertEquals("Vertrouwelijk melden bij Gemeente Voorbeeldstad", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElement(By.className("mp-lead")).getText().contains("Melden is de juiste stap"));
        assertTrue(browser.getPageSource().contains("Wij bewaren geen IP-adres"));
        assertEquals("nl", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(browser.manage().getCookies().isEmpty(), "reading leaves no cookie: " + browser.manage().getCookies());

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

        browser.findElement(By.id("login:username")).sendKeys("vertrouwenspersoon");
        browser.findElement(By.id("login:password")).sendKeys("wrong password");
        browser.findElement(By.id("login:submit")).click();
        assertTrue(browser.findElement(By.id("login:messages")).getText().contains("Inloggen is niet gelukt"));

        browser.findElement(By.id("login:username")).clear();
        browser.findElement(By.id("login:username")).sendKeys("vertrouwenspersoon");
        browser.findElement(By.id("login:password")).sendKeys(DemoData.DEMO_PASSWORD);
        browser.findElement(By.id("login:submit")).click();

        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/console/index.xhtml"));
        assertEquals("Werkvoorraad", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElement(By.id("whoami")).getText().contains("Vera Vertrouwen"));
        assertTrue(browser.findElement(By.id("organisations")).getText().contains("Gemeente Voorbeeldstad"));
        var session = browser.manage().getCookieNamed("MELDPUNT_SESSION");
        assertTrue(session.isHttpOnly(), "the session cookie is HttpOnly");
        assertEquals("Strict", session.getSameSite());

        browser.findElement(By.id("staffbar:logout")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("loggedOut=true"));
        assertTrue(browser.findElement(By.id("loggedOut")).getText().contains("U bent uitgelogd"));
        browser.get(MeldpuntDeployment.BASE_URL + "/console/index.xhtml");
        assertTrue(browser.getCurrentUrl().contains("/staff/login.xhtml"), "after logout the console asks for a login again");
    }
}

package nl.meldpunt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Chromium, with the checks every browser test wants: console clean, same origin, WCAG. */
public final class Browser implements AutoCloseable {

    private static final Path AXE = Path.of("node_modules/axe-core/axe.min.js");

    private final WebDriver driver;

    /** Chromium with a Dutch user interface (its own texts, Accept-Language). */
    public Browser() {
        this("nl");
    }

    /**
     * A browser whose own language (user interface, {@code navigator.language}, Accept-Language) is the
     * given one, e.g. {@code en-US}: pages must still follow the language the page is in.
     */
    public Browser(String browserLanguage) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chrome.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1000", "--lang=" + browserLanguage);
        options.addArguments("--accept-lang=" + browserLanguage);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", browserLanguage));
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        driver = new ChromeDriver(options);
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(MeldpuntDeployment.BASE_URL + path);
    }

    /** Logs a staff member in on the staff login page, with the demo second factor's next code. */
    public void loginStaff(String username, String password) {
        type(By.id("login:username"), username);
        type(By.id("login:password"), password);
        type(By.id("login:code"), TestTotp.nextCode(username));
        clickAndWaitForPage("login:submit");
    }

    public WebElement find(String id) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    public String text(String id) {
        return find(id).getText();
    }

    public void click(String id) {
        find(id).click();
    }

    /** Clicks a button that sends the page (non-ajax) and waits until the next page is there. */
    public void clickAndWaitForPage(String id) {
        clickAndWaitForPage(id, Duration.ofSeconds(10));
    }

    /** As {@link #clickAndWaitForPage(String)}, for an answer that may take longer (e.g. during an outage). */
    public void clickAndWaitForPage(String id, Duration atMost) {
        WebElement html = driver.findElement(By.tagName("html"));
        click(id);
        new WebDriverWait(driver, atMost).until(d -> {
            try {
                html.isEnabled();
                return false;
            } catch (WebDriverException gone) { // stale, or "node does not belong to the document"
                return true;
            }
        });
        waitForAjax();
    }

    /** Clicks a PrimeFaces ajax button and waits until PrimeFaces has no request left. */
    public void clickAjax(String id) {
        click(id);
        waitForAjax();
    }

    public void waitForAjax() {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty());")));
    }

    /** Chooses a PrimeFaces radio or checkbox option by its value, as a person clicks its box. */
    public void choose(String value) {
        WebElement input = new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("input[value='" + value + "']")));
        input.findElement(By.xpath("./ancestor::div[contains(@class,'ui-radiobutton') or contains(@class,'ui-chkbox')][1]"))
                .findElement(By.cssSelector(".ui-radiobutton-box, .ui-chkbox-box")).click();
        waitForAjax();
    }

    public void type(By field, String text) {
        WebElement element = new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(field));
        element.clear();
        element.sendKeys(text);
    }

    /**
     * Takes a screenshot of the window: always into {@code target/screenshots} (to look at after a run),
     * and, only when the system property {@value #DOCS_SCREENSHOTS} names a folder, also as
     * {@code <name>.png} into that folder for the documentation ({@code docs/images}); a normal test
     * run leaves the source tree alone. The window is 1280 pixels wide.
     */
    public void screenshot(String name) {
        try {
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Path dir = Path.of("target/screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), png);
            String docs = System.getProperty(DOCS_SCREENSHOTS, "");
            if (!docs.isBlank()) {
                Path docsDir = Path.of(docs);
                Files.createDirectories(docsDir);
                Files.write(docsDir.resolve(name + ".png"), png);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The system property naming the folder for documentation screenshots. */
    public static final String DOCS_SCREENSHOTS = "meldpunt.docs.screenshots";

    /** No console errors (CSP violations, script errors, failed loads) and nothing from another origin. */
    public void assertHealthy() {
        List<String> problems = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage)
                .toList();
        assertEquals(List.of(), problems, "console errors on " + driver.getCurrentUrl());
        @SuppressWarnings("unchecked")
        List<String> resources = (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return performance.getEntriesByType('resource').map(function (r) { return r.name; });");
        resources.forEach(url -> assertTrue(url.startsWith(MeldpuntDeployment.BASE_URL), "third-party resource " + url));
    }

    /** Runs axe-core's WCAG 2.1 A/AA rules on the page; fails on any serious or critical violation. */
    public void assertAccessible() {
        if (!Files.exists(AXE)) {
            throw new AssertionError("axe-core is missing: the test command installs it (npm install in ear/)");
        }
        try {
            ((JavascriptExecutor) driver).executeScript(Files.readString(AXE));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) ((JavascriptExecutor) driver).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                  .then(function (result) {
                    done(result.violations
                      .filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
                      .map(function (v) {
                        return v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.map(function (n) { return n.target.join(' '); }).join(' | ');
                      }));
                  })
                  .catch(function (e) { done(['axe failed: ' + e]); });
                """);
        assertEquals(List.of(), violations, "WCAG 2.1 AA on " + driver.getCurrentUrl());
    }

    @Override
    public void close() {
        driver.quit();
    }
}

package nl.meldpunt.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.openqa.selenium.By;

/** A report through the demo organisation's wizard in Chromium, up to its last step (the summary), not sent. */
final class WizardSteps {

    private WizardSteps() {
    }

    static void toSummary(Browser browser, String story) {
        browser.open("/m/demo");
        browser.clickAndWaitForPage("start");
        browser.choose("UNWANTED_BEHAVIOUR");
        browser.choose("BULLYING");
        browser.clickAjax("wizard:next");
        browser.type(By.cssSelector("input[id$=':line']"), "Sinds maart");
        browser.choose("YES");
        browser.clickAjax("wizard:next");
        browser.choose("MANAGER");
        browser.clickAjax("wizard:next");
        browser.type(By.cssSelector("textarea"), story);
        browser.clickAjax("wizard:next");
        browser.clickAjax("wizard:next");
        browser.clickAjax("wizard:next");
        browser.choose("ADVICE");
        browser.clickAjax("wizard:next");
        browser.clickAjax("wizard:next");
        assertTrue(browser.text("wizard:summary").contains(story), "on the last step");
    }
}

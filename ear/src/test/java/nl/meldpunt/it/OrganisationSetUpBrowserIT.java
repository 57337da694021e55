package nl.meldpunt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import nl.meldpunt.demo.DemoData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Issue 13 from end to end, in Chromium and without touching the server: the platform admin creates a client
 * organisation and invites its admin; the admin chooses a password from the mailed link, sets up the second
 * factor, uploads a logo, picks the house colour, adds a question and publishes the question set. The entry
 * page then carries the logo and the colour, and the wizard asks the new question. Every admin page on the way
 * passes axe-core (WCAG 2.1 AA), also while it shows a message.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrganisationSetUpBrowserIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = TestSmtp.slowToStart();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MeldpuntDeployment.ear();
    }

    @Test
    void aNewOrganisationIsSetUpCompletelyInTheBrowser() throws Exception {
        String suffix = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        String slug = "klant-" + suffix;
        String adminLogin = "beheer-" + suffix;
        String address = adminLogin + "@klant.test";
        try (Browser platform = new Browser()) {
            platform.open("/staff/login.xhtml");
            platform.loginStaff("platform", DemoData.DEMO_PASSWORD);
            platform.open("/platform/index.xhtml");
            platform.type(By.id("create:name"), "Woningstichting Klant");
            platform.type(By.id("create:slug"), slug);
            platform.clickAjax("create:submit");
            assertTrue(platform.text("create:created").contains("/m/" + slug), platform.text("create:created"));
            platform.assertAccessible();

            long organisation = TestDatabase.organisationId(slug);
            platform.open("/platform/index.xhtml"); // the invitation form lists the new organisation
            platform.type(By.id("invite:displayName"), "Iris Beheer");
            platform.type(By.id("invite:login"), adminLogin);
            platform.type(By.id("invite:mail"), address);
            platform.driver().findElement(By.cssSelector("input[name='invite:role'][value='ORG_ADMIN']")).click();
            platform.driver().findElement(By.cssSelector("input[name='invite:organisations'][value='" + organisation + "']")).click();
            platform.clickAjax("invite:submit");
            assertTrue(platform.text("invite:invited").contains(address), platform.text("invite:invited"));
            platform.assertAccessible();
            platform.assertHealthy();
        }

        String link = InvitationMails.linkTo(SMTP, address);
        Path logo = Files.createTempFile("logo", ".png");
        Files.write(logo, OrganisationLogoAndSlugIT.png(900, 300, new Color(0x7A1F5C)));
        try (Browser admin = new Browser()) {
            admin.open(link);
            String password = "Tulpenvelden in de Noordoostpolder";
            admin.type(By.id("welcome:password"), password);
            admin.type(By.id("welcome:repeat"), password);
            admin.clickAndWaitForPage("welcome:save");
            admin.loginStaff(adminLogin, password);
            assertTrue(admin.driver().getCurrentUrl().contains("/staff/enrol.xhtml"), admin.driver().getCurrentUrl());
            admin.assertAccessible();
            admin.type(By.id("enrol:code"), TestTotp.codeFor(admin.text("secret").replace(" ", ""), adminLogin));
            admin.clickAndWaitForPage("enrol:confirm");

            admin.open("/admin/index.xhtml");
            assertTrue(admin.driver().getPageSource().contains("Woningstichting Klant"), "the admin works on the new organisation");
            admin.assertAccessible();
            admin.driver().findElement(By.id("logoForm:logo")).sendKeys(logo.toAbsolutePath().toString());
            admin.clickAndWaitForPage("logoForm:upload");
            assertTrue(admin.driver().getPageSource().contains("Het logo is opgeslagen."));
            admin.assertAccessible(); // with the message shown

            ((JavascriptExecutor) admin.driver()).executeScript(
                    "var f = arguments[0]; f.value = '#7a1f5c';"
                            + " f.dispatchEvent(new Event('input', {bubbles: true})); f.dispatchEvent(new Event('change', {bubbles: true}));",
                    admin.find("branding:primary"));
            admin.waitForAjax();
            admin.clickAndWaitForPage("branding:save");
            assertTrue(admin.driver().getPageSource().contains("Naam en huisstijl zijn opgeslagen."));
            admin.assertAccessible();
            admin.screenshot("set-up-admin-page");

            admin.clickAndWaitForPage("editQuestions");
            admin.clickAndWaitForPage("editor:steps:0:addQuestion");
            admin.type(By.id("editor:key"), "branch_office"); // a key of its own ("location" is one of the default set)
            admin.type(By.id("editor:labelNl"), "Op welke locatie van de woningstichting gebeurde het?");
            admin.type(By.id("editor:labelEn"), "At which of the housing foundation's locations did it happen?");
            admin.clickAndWaitForPage("editor:save");
            admin.assertAccessible();
            admin.clickAndWaitForPage("editor:publish");
            admin.clickAndWaitForPage("editor:publishConfirm");
            assertTrue(admin.driver().getPageSource().contains("De vragenlijst is gepubliceerd als versie 2"),
                    "the organisation's own questions are version 2, after the default set it started with");
            admin.assertAccessible();
            admin.assertHealthy();
        } finally {
            Files.deleteIfExists(logo);
        }

        try (Browser reporter = new Browser()) {
            reporter.open("/m/" + slug);
            assertTrue(reporter.driver().getPageSource().contains("Woningstichting Klant"));
            assertEquals("rgb(122, 31, 92)", ((JavascriptExecutor) reporter.driver()).executeScript(
                    "return getComputedStyle(document.querySelector('.mp-header')).backgroundColor;"));
            assertEquals(600L, ((Number) ((JavascriptExecutor) reporter.driver()).executeAsyncScript(
                    "var done = arguments[arguments.length - 1]; var img = document.querySelector('img.mp-logo');"
                            + " if (!img) { done(-1); } else if (img.complete) { done(img.naturalWidth); }"
                            + " else { img.onload = function () { done(img.naturalWidth); }; img.onerror = function () { done(0); }; }"))
                    .longValue(), "the entry page shows the uploaded logo, scaled");
            reporter.assertAccessible();
            reporter.screenshot("set-up-entry-page");

            reporter.open("/melden.xhtml?org=" + slug);
            assertTrue(reporter.text("wizard:step").contains("Op welke locatie van de woningstichting gebeurde het?"),
                    reporter.text("wizard:step"));
            reporter.assertHealthy();
        }
    }
}

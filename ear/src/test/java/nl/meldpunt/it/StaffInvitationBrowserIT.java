package nl.meldpunt.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
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

/**
 * Issue 13 in Chromium: the platform admin invites an external confidant for two organisations on the
 * platform page; the invited person opens the link from the mail, chooses a password on the welcome
 * page and logs in, where setting up the second factor follows. The platform page and the welcome page
 * pass axe-core (WCAG 2.1 AA).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffInvitationBrowserIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = TestSmtp.slowToStart();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MeldpuntDeployment.ear();
    }

    @Test
    void thePlatformAdminInvitesAnExternalConfidantWhoChoosesThePassword() throws Exception {
        String login = "extern-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        String address = login + "@vertrouwensbureau.test";
        long demo = TestDatabase.organisationId("demo");
        long noord = TestDatabase.organisationId("noord");
        try (Browser admin = new Browser()) {
            admin.open("/staff/login.xhtml");
            admin.loginStaff("platform", DemoData.DEMO_PASSWORD);
            admin.open("/platform/index.xhtml");
            admin.assertAccessible();

            admin.type(By.id("invite:displayName"), "Bram Extern");
            admin.type(By.id("invite:login"), login);
            admin.type(By.id("invite:mail"), address);
            admin.driver().findElement(By.cssSelector("input[name='invite:role'][value='CONFIDANT']")).click();
            admin.driver().findElement(By.cssSelector("input[name='invite:organisations'][value='" + demo + "']")).click();
            admin.driver().findElement(By.cssSelector("input[name='invite:organisations'][value='" + noord + "']")).click();
            admin.screenshot("platform-invite-staff");
            admin.clickAjax("invite:submit");
            assertTrue(admin.text("invite:invited").contains(address), admin.text("invite:invited"));
            String list = admin.text("staffForm:staff");
            assertTrue(list.contains(login) && list.contains("demo, noord"), list);
            admin.assertHealthy();
            admin.assertAccessible();
        }

        String link = InvitationMails.linkTo(SMTP, address);
        try (Browser person = new Browser()) {
            person.open(link);
            assertTrue(person.text("loginName").contains(login), person.text("loginName"));
            // The page's script posted the token from the fragment and took it out of the address and history.
            assertFalse(person.driver().getCurrentUrl().contains("token"), person.driver().getCurrentUrl());
            person.assertAccessible();
            person.screenshot("staff-welcome");
            person.type(By.id("welcome:password"), "kort");
            person.type(By.id("welcome:repeat"), "kort");
            person.clickAndWaitForPage("welcome:save");
            assertTrue(person.text("welcome:problems").contains("te kort"), person.text("welcome:problems"));
            person.assertAccessible();
            String password = "Zeilboten op het IJsselmeer";
            person.type(By.id("welcome:password"), password);
            person.type(By.id("welcome:repeat"), password);
            person.clickAndWaitForPage("welcome:save");
            assertTrue(person.text("passwordSet").contains("Uw wachtwoord is opgeslagen"), person.text("passwordSet"));
            person.loginStaff(login, password);
            assertTrue(person.driver().getCurrentUrl().contains("/staff/enrol.xhtml"), "the second factor is set up next: "
                    + person.driver().getCurrentUrl());
            person.assertHealthy();

            person.open(link);
            assertTrue(person.text("invalid").contains("Deze link werkt niet meer"), person.text("invalid"));
            person.assertAccessible();
        }
    }
}

package nl.meldpunt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import nl.meldpunt.demo.DemoData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Mail leaves the real server through the mail session the application declares, to a real SMTP
 * server (GreenMail on port 3025, which the test command points the server at).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MailIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MeldpuntDeployment.ear();
    }

    @Test
    void thePlatformAdminsTestMailArrives() throws Exception {
        String answer = StaffClient.loggedInAs("platform", DemoData.DEMO_PASSWORD)
                .callService("MailCheck", "sendTestMail", "beheer@meldpunt.test");
        assertTrue(answer.startsWith("ALLOWED"), answer);

        assertTrue(SMTP.waitForIncomingEmail(10_000, 1), "the test mail arrives");
        MimeMessage mail = SMTP.getReceivedMessages()[0];
        assertEquals("beheer@meldpunt.test", mail.getAllRecipients()[0].toString());
        assertEquals("Meldpunt: testbericht / test message", mail.getSubject());
        assertTrue(GreenMailUtil.getBody(mail).contains("de mailserver is goed ingesteld"));
    }

    @Test
    void aRefusedRecipientGivesAClearAnswerInsteadOfHanging() {
        String answer = StaffClient.loggedInAs("platform", DemoData.DEMO_PASSWORD)
                .callService("MailCheck", "sendTestMail", "not an address");
        assertTrue(answer.startsWith("REFUSED") && answer.contains("MailCheckFailed"), answer);
    }
}

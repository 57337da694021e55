package nl.meldpunt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import nl.meldpunt.demo.DemoData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The server restarted with a wrong key-encryption key (issue 15, item 5): another key under the same id, as after a
 * typo in the secret. It notices at start-up and seals nothing new under that key (a report sealed under it would be
 * lost when the right key returns): a reporter's report is refused with every answer kept on the page, staff are told
 * plainly why they cannot log in, the earlier reporter is told the report cannot be read now but is not gone, and one
 * log line says why. Restarted with the right key, everything opens again and nothing was lost. On both databases.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WrongKeyIT {

    private static final String STORY = "Voor de verkeerde sleutel geschreven.";
    /** The start-up's line (KeyCheck); the pages that meet the refusal log its reason too, without this. */
    private static final String WRONG_KEY_LOG = "Key check at start-up failed.";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MeldpuntDeployment.ear();
    }

    @Test
    void aServerStartedWithAnotherKeySealsAndOpensNothingAndTheRightKeyBringsEverythingBack() throws Exception {
        String[] earlier = StaffClient.anonymous().get("/it-probe/new-report?org=demo&what="
                + java.net.URLEncoder.encode(STORY, StandardCharsets.UTF_8)).body().split(" ");
        long earlierId = TestDatabase.reportId(earlier[0]);
        // The reporter's page opens the confidant's messages with the case key.
        assertEquals("ALLOWED null", StaffClient.loggedInAs("vertrouwenspersoon", DemoData.DEMO_PASSWORD)
                .callService("CaseFileService", "writeMessage", String.valueOf(earlierId), "Een bericht voor de melder"));
        long reports = count("select count(*) from report");
        assertEquals(1, count("select count(*) from key_check"), "the probe of the key in use, made at the first start");
        long wrongKeyLinesBefore = logLines(WRONG_KEY_LOG);

        TestServer.stop();
        byte[] other = new byte[32];
        new SecureRandom().nextBytes(other);
        TestServer.start(Map.of("APP_CRYPTO_KEK", Base64.getEncoder().encodeToString(other)));
        try {
            assertEquals(wrongKeyLinesBefore + 1, logLines(WRONG_KEY_LOG), "one line in the log says why");

            // Staff: one plain answer for everyone, whether the password is right or not (it is not even checked).
            for (String password : new String[] {DemoData.DEMO_PASSWORD, "Niet het goede wachtwoord"}) {
                HttpResponse<String> login = StaffClient.anonymous().login("vertrouwenspersoon", password,
                        TestTotp.nextCode("vertrouwenspersoon"));
                assertEquals(200, login.statusCode());
                assertTrue(Jsoup.parse(login.body()).text().contains("de server is gestart met een andere sleutel"),
                        login.body());
            }

            // The earlier reporter: the report cannot be read now, and is not gone.
            StaffClient reporter = StaffClient.anonymous();
            assertEquals(302, reporter.loginAsReporter(earlier[0], earlier[1]).statusCode());
            HttpResponse<String> own = reporter.get("/melder/index.xhtml");
            assertEquals(500, own.statusCode());
            assertTrue(own.body().contains("Deze inhoud kan niet worden gelezen"), own.body());
            assertTrue(own.body().contains("Uw melding is niet weg"), own.body());
            assertFalse(own.body().contains(STORY));

            // A new report, through the wizard in Chromium: refused kindly, nothing stored, every answer kept.
            String story = "Geschreven terwijl de sleutel niet klopte " + UUID.randomUUID();
            try (Browser browser = new Browser()) {
                WizardSteps.toSummary(browser, story);
                browser.clickAndWaitForPage("wizard:submit", java.time.Duration.ofSeconds(30));
                assertTrue(browser.text("wizard:messages").contains("Er is niets verloren"), browser.text("wizard:messages"));
                assertTrue(browser.driver().findElements(By.id("caseCode")).isEmpty(), "no case code for a report not stored");
                assertTrue(browser.text("wizard:summary").contains(story), "the answers are still on the page");
                browser.screenshot("reporter-wrong-key");
            }
            assertEquals(reports, count("select count(*) from report"), "nothing sealed under the wrong key");
            assertEquals(1, count("select count(*) from key_check"), "the wrong key left no probe of its own");
        } finally {
            TestServer.stop();
            TestServer.start(Map.of());
        }

        assertEquals(wrongKeyLinesBefore + 1, logLines(WRONG_KEY_LOG), "the right key is not complained about");
        StaffClient confidant = StaffClient.loggedInAs("vertrouwenspersoon", DemoData.DEMO_PASSWORD);
        HttpResponse<String> file = confidant.get("/console/case.xhtml?id=" + earlierId);
        assertEquals(200, file.statusCode());
        assertTrue(file.body().contains(STORY), "the earlier report opens again: nothing was lost");
        assertTrue(file.body().contains("Een bericht voor de melder"));
        StaffClient reporter = StaffClient.anonymous();
        assertEquals(302, reporter.loginAsReporter(earlier[0], earlier[1]).statusCode());
        assertEquals(200, reporter.get("/melder/index.xhtml").statusCode());
        String[] fresh = StaffClient.anonymous().get("/it-probe/new-report?org=demo").body().split(" ");
        assertEquals(2, fresh.length, "new reports are taken in again");
    }

    /** Lines with {@code text} in the server's log, rotated files included. */
    private static long logLines(String text) throws Exception {
        try (var files = Files.list(TestServer.domain().resolve("logs"))) {
            long lines = 0;
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("server.log")).toList()) {
                lines += Files.readAllLines(file, StandardCharsets.ISO_8859_1).stream().filter(l -> l.contains(text)).count();
            }
            return lines;
        }
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = TestDatabase.connect(); var st = c.createStatement(); var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

package nl.meldpunt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The reporter's login: one generic answer, a lock per case code, and no IP address anywhere. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReporterLoginIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MeldpuntDeployment.ear();
    }

    @Test
    void anUnknownCaseCodeAndAWrongPasswordGetTheSameAnswer() {
        String[] credentials = StaffClient.anonymous().get("/it-probe/new-report?org=demo").body().split(" ");
        String unknown = failure(StaffClient.anonymous().loginAsReporter("ABCD-EFGH-JKM2", "whatever"));
        String invalid = failure(StaffClient.anonymous().loginAsReporter("not a code", "whatever"));
        String wrong = failure(StaffClient.anonymous().loginAsReporter(credentials[0], "whatever"));
        assertTrue(wrong.contains("Inloggen is niet gelukt"), wrong);
        assertEquals(wrong, unknown);
        assertEquals(wrong, invalid);
    }

    @Test
    void fiveWrongPasswordsLockTheCaseCodeEvenForTheRightPassword() {
        String[] credentials = StaffClient.anonymous().get("/it-probe/new-report?org=demo").body().split(" ");
        for (int i = 0; i < 5; i++) {
            failure(StaffClient.anonymous().loginAsReporter(credentials[0], "wrong " + i));
        }
        HttpResponse<String> locked = StaffClient.anonymous().loginAsReporter(credentials[0], credentials[1]);
        assertEquals(200, locked.statusCode(), "the login page again, not the personal page");
        assertTrue(failure(locked).contains("Inloggen is niet gelukt"));
    }

    @Test
    void theReporterChangesThePasswordAndOnlyTheNewOneWorks() {
        String[] credentials = StaffClient.anonymous().get("/it-probe/new-report?org=demo").body().split(" ");
        StaffClient reporter = StaffClient.anonymous();
        assertEquals(302, reporter.loginAsReporter(credentials[0], credentials[1]).statusCode());
        assertEquals("ALLOWED false", reporter.callService("ReporterService", "changePassword", "wrong", "mijn-nieuwe-wachtwoord"),
                "the current password is needed");
        assertEquals("ALLOWED false", reporter.callService("ReporterService", "changePassword", credentials[1], "kort"),
                "a new password has at least 12 characters");
        // Kept exactly as typed, spaces included, and verified exactly so (ASVS 6.2.8).
        assertEquals("ALLOWED true", reporter.callService("ReporterService", "changePassword", credentials[1], " mijn-nieuwe-wachtwoord "));
        assertTrue(failure(StaffClient.anonymous().loginAsReporter(credentials[0], credentials[1])).contains("Inloggen is niet gelukt"));
        assertEquals(302, StaffClient.anonymous().loginAsReporter(credentials[0], " mijn-nieuwe-wachtwoord ").statusCode());
    }

    @Test
    void noIpAddressIsWrittenToAnyLog() throws Exception {
        Path logs = Path.of(System.getProperty("payara.home"), "glassfish/domains/domain1/logs");
        Path serverLog = logs.resolve("server.log");
        long before = Files.size(serverLog);
        StaffClient visitor = StaffClient.anonymous();
        visitor.get("/m/demo");
        visitor.get("/melden.xhtml?org=demo");
        failure(visitor.loginAsReporter("ABCD-EFGH-JKM2", "whatever"));
        visitor.get("/console/index.xhtml");
        byte[] all = Files.readAllBytes(serverLog);
        String written = new String(all, (int) Math.min(before, all.length), (int) Math.max(0, all.length - before),
                StandardCharsets.ISO_8859_1);
        assertFalse(written.contains("127.0.0.1"), "an IP address in the server log: " + written);
        try (var files = Files.list(logs)) {
            assertEquals(java.util.List.of(), files.map(p -> p.getFileName().toString())
                    .filter(name -> name.contains("access")).toList(), "no HTTP access log");
        }
        String domain = Files.readString(Path.of(System.getProperty("payara.home"), "glassfish/domains/domain1/config/domain.xml"));
        assertFalse(domain.contains("accessLoggingEnabled\" value=\"true") || domain.contains("access-logging-enabled=\"true"),
                "access logging stays off");
    }

    /**
     * ASVS 16.4.1: what people type never reaches the server log, so no forged log line can be typed into it: a staff
     * login name, a case code and a search with a line break and a fake record are all sent, and none of their text
     * appears in the log. Also the server makes no call home (ASVS 13.2.4): Payara's phone home is off.
     */
    @Test
    void typedTextNeverReachesTheServerLog() throws Exception {
        Path serverLog = Path.of(System.getProperty("payara.home"), "glassfish/domains/domain1/logs/server.log");
        long before = Files.size(serverLog);
        String marker = "forged" + System.nanoTime();
        String forged = "x\r\n[2026-01-01T00:00:00.000+0000] [Payara 6] [SEVERE] [] [nl.meldpunt] [[ " + marker + " ]]";
        StaffClient.anonymous().login(forged, forged, "123456");
        failure(StaffClient.anonymous().loginAsReporter(forged, forged));
        StaffClient.anonymous().get("/m/" + java.net.URLEncoder.encode(forged, StandardCharsets.UTF_8));
        StaffClient confidant = StaffClient.loggedInAs("vertrouwenspersoon", nl.meldpunt.demo.DemoData.DEMO_PASSWORD);
        confidant.get("/console/case.xhtml?id=" + java.net.URLEncoder.encode(forged, StandardCharsets.UTF_8));
        byte[] all = Files.readAllBytes(serverLog);
        String written = new String(all, (int) Math.min(before, all.length), (int) Math.max(0, all.length - before),
                StandardCharsets.ISO_8859_1);
        assertFalse(written.contains(marker), "typed text in the server log: " + written);
        String domain = Files.readString(Path.of(System.getProperty("payara.home"), "glassfish/domains/domain1/config/domain.xml"));
        assertTrue(domain.matches("(?s).*<phone-home-runtime-configuration[^>]*enabled=\"false\".*"), "Payara's phone home is off");
    }

    private static String failure(HttpResponse<String> answer) {
        var messages = Jsoup.parse(answer.body()).getElementById("login:messages");
        return messages == null ? "" : messages.text();
    }
}

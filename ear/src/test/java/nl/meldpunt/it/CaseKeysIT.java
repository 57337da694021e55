package nl.meldpunt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.spec.SecretKeySpec;
import nl.meldpunt.demo.DemoData;
import nl.meldpunt.security.CaseContentUnreadable;
import nl.meldpunt.security.WrappedKey;
import nl.meldpunt.shared.Sealing;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 17: a case's key is wrapped to the people of the case (the reporter's password, each confidant's key
 * pair), so that a copy of the database together with the server's configuration opens no case content. On both
 * databases.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CaseKeysIT {

    private static final String NOT_HELD = "U heeft de sleutel van dit dossier nog niet";
    private static final String UNREADABLE = "Deze inhoud kan niet worden gelezen";
    /** The second-factor secrets of the accounts these tests make. */
    private static final Map<String, String> SECRETS = new java.util.concurrent.ConcurrentHashMap<>();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MeldpuntDeployment.ear();
    }

    @Test
    void aCopyOfTheDatabaseWithTheServersConfigurationOpensNoCaseContent() throws Exception {
        String story = "Kanarie in het verhaal " + UUID.randomUUID();
        String message = "Kanarie in een bericht " + UUID.randomUUID();
        String[] report = newReport("demo", story);
        long reportId = TestDatabase.reportId(report[0]);
        StaffClient confidant = StaffClient.loggedInAs("vertrouwenspersoon", DemoData.DEMO_PASSWORD);
        assertEquals("ALLOWED null", confidant.callService("CaseFileService", "writeMessage", String.valueOf(reportId), message));
        // The people of the case read it: the content is there, and opens for them.
        assertTrue(confidant.get("/console/case.xhtml?id=" + reportId).body().contains(story));
        StaffClient reporter = StaffClient.anonymous();
        assertEquals(302, reporter.loginAsReporter(report[0], report[1]).statusCode());
        assertTrue(reporter.get("/melder/index.xhtml").body().contains(message));

        // Server copies last while someone of the organisation has no own copy yet (a confidant who has not logged in
        // since this version); the platform admin ends that, as at the end of a switch.
        endTheSwitch();

        // Now the copy: every table, and the key-encryption key as the server's configuration has it.
        byte[] kek = Base64.getDecoder().decode(System.getenv("APP_CRYPTO_KEK"));
        List<String> opened = new ArrayList<>();
        try (Connection c = TestDatabase.connect()) {
            for (String table : List.of("report", "contact_request")) {
                try (var st = c.createStatement(); ResultSet rs = st.executeQuery(
                        "select t.case_code, t.organisation_id, t.data_key from " + table + " t where t.data_key is not null")) {
                    while (rs.next()) {
                        if (opensWithKek(kek, rs.getBytes(3))) {
                            opened.add(table + " " + rs.getString(1) + " of organisation " + rs.getLong(2));
                        }
                    }
                }
            }
            try (var st = c.createStatement(); ResultSet rs = st.executeQuery("select case_code, holder, wrapped from case_key")) {
                int copies = 0;
                while (rs.next()) {
                    copies++;
                    assertFalse(opensWithKek(kek, rs.getBytes(3)), "a person's copy opens with the configuration's key: "
                            + rs.getString(2) + " of " + rs.getString(1));
                }
                assertTrue(copies >= 2, "the case's people hold copies");
            }
            try (var st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "select id, key_private_sealed from staff_account where key_private_sealed is not null")) {
                while (rs.next()) {
                    assertFalse(opens(kek, rs.getBytes(2), "meldpunt:personal-key:1:staff:" + rs.getLong(1)),
                            "a confidant's private key opens with the configuration's key");
                }
            }
            // The only server copies left are of cases that no confidant holds yet: nobody else could ever open those.
            for (String server : opened) {
                String caseCode = server.split(" ")[1];
                assertEquals(0, count(c, "select count(*) from case_key where case_code = '" + caseCode + "' and holder like 'staff:%'"),
                        "a server copy of a case that a confidant holds: " + server);
            }
            assertFalse(opened.stream().anyMatch(s -> s.contains(" " + report[0] + " ")), "the new case has no server copy");
            // The canary: not in any table as text.
            for (String marker : List.of(story, message)) {
                assertEquals(List.of(), tablesHolding(c, marker), "the marker is stored in the clear");
            }
        }
        // Nor in the server's log.
        try (var files = Files.list(TestServer.domain().resolve("logs"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("server.log")).toList()) {
                String log = Files.readString(file, StandardCharsets.ISO_8859_1);
                assertFalse(log.contains(story) || log.contains(message), "the marker is in " + file);
            }
        }
    }

    @Test
    void aConfidantAddedLaterGetsTheKeysAtAColleaguesNextLoginAndKeepsThemThroughAPasswordChange() throws Exception {
        String story = "Voor de nieuwe collega " + UUID.randomUUID();
        Lacking lacking = aConfidantWhoLacksANewCase(story, "nieuw", "Nina Nieuw");
        long reportId = lacking.reportId();
        long newcomerId = lacking.staffId();
        String login = lacking.login();
        StaffClient newcomer = lacking.client();

        long sharedBefore = TestDatabase.countAudit("staff:" + TestDatabase.staffId("vertrouwenspersoon"), "CASE_KEYS_SHARED",
                "staff:" + newcomerId);
        StaffClient.loggedInAs("vertrouwenspersoon", DemoData.DEMO_PASSWORD);
        assertEquals(sharedBefore + 1, TestDatabase.countAudit("staff:" + TestDatabase.staffId("vertrouwenspersoon"),
                "CASE_KEYS_SHARED", "staff:" + newcomerId), "the colleague's login shared the cases, audited");
        assertTrue(newcomer.get("/console/case.xhtml?id=" + reportId).body().contains(story), "now the newcomer reads it");

        String later = "Na de nieuwe collega " + UUID.randomUUID();
        long laterId = TestDatabase.reportId(newReport("demo", later)[0]);
        assertTrue(newcomer.get("/console/case.xhtml?id=" + laterId).body().contains(later), "a new case is wrapped to the newcomer at once");

        // A password change seals the same key pair anew: the cases stay readable with the new password only.
        String newPassword = "Een heel ander wachtwoord voor Nina " + UUID.randomUUID();
        assertTrue(newcomer.callService("StaffService", "changeMyPassword", DemoData.DEMO_PASSWORD, newPassword).contains("CHANGED"));
        StaffClient again = StaffClient.anonymous();
        assertEquals(302, again.login(login, newPassword, TestTotp.codeFor(SECRETS.get(login), login)).statusCode());
        assertTrue(again.get("/console/case.xhtml?id=" + reportId).body().contains(story), "the key pair came along");

        // Taken off the organisation: the copies of its cases go with it.
        StaffClient platform = StaffClient.loggedInAs("platform", DemoData.DEMO_PASSWORD);
        long noord = TestDatabase.organisationId("noord");
        assertTrue(count("select count(*) from case_key where holder = 'staff:" + newcomerId + "'") >= 2);
        assertEquals("ALLOWED null", platform.callService("StaffAdministration", "changeOrganisations", String.valueOf(newcomerId),
                String.valueOf(noord)));
        assertEquals(0, count("select count(*) from case_key k join report r on r.case_code = k.case_code"
                + " where k.holder = 'staff:" + newcomerId + "' and r.organisation_id = " + TestDatabase.organisationId("demo")));
    }

    @Test
    void aCaseThatCameInBeforeAConfidantsFirstLoginIsThereAtThatLogin() throws Exception {
        StaffClient.loggedInAs("vertrouwenspersoon", DemoData.DEMO_PASSWORD);
        String login = "eerst." + Long.toString(System.nanoTime(), 36);
        StaffPasswordIT.createHrAccountLike("vertrouwenspersoon", login, "Erik Eerst"); // a password, no key pair yet
        String story = "Voor de eerste keer inloggen " + UUID.randomUUID();
        String[] report = newReport("demo", story);
        assertEquals(1, count("select count(*) from report where case_code = '" + report[0] + "' and data_key is not null"),
                "a server copy waits for the confidant without a key pair");
        long waitingBefore = confidantsWithoutKeyPairOnThePlatformPage();
        assertTrue(waitingBefore >= 1, "the platform admin sees why the server copy stays: " + waitingBefore);
        StaffClient first = loginWithNewSecondFactor(login, DemoData.DEMO_PASSWORD);
        assertTrue(first.get("/console/case.xhtml?id=" + TestDatabase.reportId(report[0])).body().contains(story),
                "the first login wrapped it to the new key pair");
        assertEquals(waitingBefore - 1, confidantsWithoutKeyPairOnThePlatformPage(), "one confidant fewer waits");
    }

    @Test
    void theReportersLoginGivesTheCaseToAConfidantWhoseFirstLoginCameAfterTheReport() throws Exception {
        String story = "Voordat de nieuwe collega er was " + UUID.randomUUID();
        Lacking lacking = aConfidantWhoLacksANewCase(story, "later", "Lars Later");
        String[] report = lacking.report();
        long reportId = lacking.reportId();
        long staffId = lacking.staffId();
        StaffClient later = lacking.client();

        assertEquals(302, StaffClient.anonymous().loginAsReporter(report[0], report[1]).statusCode());
        assertEquals(1, TestDatabase.countAudit("reporter:" + report[0], "CASE_KEYS_SHARED", "staff:" + staffId),
                "the reporter's login wrapped the case to the new confidant, audited");
        assertTrue(later.get("/console/case.xhtml?id=" + reportId).body().contains(story));
    }

    @Test
    void theRecoverySheetGivesTheCasesToAConfidantWhoLacksThem() throws Exception {
        StaffClient.loggedInAs("vertrouwenspersoon", DemoData.DEMO_PASSWORD);
        long demo = TestDatabase.organisationId("demo");
        // The organisation admin makes the key and sees the sheet once (a key made earlier is replaced, after a question).
        StaffClient admin = StaffClient.loggedInAs("beheerder", DemoData.DEMO_PASSWORD);
        HttpResponse<String> page = admin.get("/admin/recovery.xhtml");
        HttpResponse<String> made = admin.submitOn(page, "recovery", Map.of(), "recovery:make");
        if (Jsoup.parse(made.body()).getElementById("sheetKey") == null) {
            assertTrue(made.body().contains("Het oude herstelblad werkt daarna niet meer"), made.body());
            made = admin.submitOn(made, "recovery", Map.of(), "recovery:make");
        }
        String sheet = Jsoup.parse(made.body()).getElementById("sheetKey").text();
        assertTrue(sheet.matches("([A-Z2-7]{4} ){12}[A-Z2-7]{4}"), sheet);
        assertFalse(admin.get("/admin/recovery.xhtml").body().contains(sheet), "shown once, never again");
        assertEquals(0, count("select count(*) from organisation where id = " + demo + " and recovery_public_key is null"));

        String story = "Voor het herstelblad " + UUID.randomUUID();
        Lacking lacking = aConfidantWhoLacksANewCase(story, "herstel", "Hanna Herstel");
        long reportId = lacking.reportId();
        long staffId = lacking.staffId();
        StaffClient newcomer = lacking.client();
        assertEquals(1, count("select count(*) from case_key where case_code = '" + lacking.report()[0] + "' and holder = 'recovery:"
                + demo + "'"), "a new case is wrapped to the recovery key too");

        assertTrue(Jsoup.parse(newcomer.get("/console/recovery.xhtml?org=" + demo).body()).select("h1").text()
                .contains("Herstelblad gebruiken: Gemeente Voorbeeldstad"), "the page names the organisation whose sheet it takes");
        HttpResponse<String> wrong = newcomer.submit("/console/recovery.xhtml?org=" + demo, "restore",
                Map.of("restore:sheet", "AAAA ".repeat(13)), "restore:use");
        assertTrue(wrong.body().contains("horen niet bij de huidige herstelsleutel"), wrong.body());
        HttpResponse<String> restored = newcomer.submit("/console/recovery.xhtml?org=" + demo, "restore",
                Map.of("restore:sheet", sheet.toLowerCase()), "restore:use");
        assertTrue(restored.body().contains("Klaar: u heeft de sleutel van"), restored.body());
        assertFalse(restored.body().contains(sheet.toLowerCase()), "the sheet is not shown back");
        assertEquals(1, TestDatabase.countAudit("staff:" + staffId, "RECOVERY_KEY_USED", "staff:" + staffId));
        assertTrue(newcomer.get("/console/case.xhtml?id=" + reportId).body().contains(story), "the case is back");

        // A confidant of another organisation cannot use it there.
        assertEquals("DENIED", StaffClient.loggedInAs("vertrouwenspersoon.noord", DemoData.DEMO_PASSWORD)
                .callService("RecoveryKeyService", "restore", String.valueOf(demo), sheet));
    }

    @Test
    void aPasswordResetLosesTheConfidantsKeyAndAColleagueGivesTheCasesBack() throws Exception {
        StaffClient.loggedInAs("vertrouwenspersoon", DemoData.DEMO_PASSWORD);
        String login = "reset." + Long.toString(System.nanoTime(), 36);
        long staffId = StaffPasswordIT.createHrAccountLike("vertrouwenspersoon", login, "Rick Reset");
        try (Connection c = TestDatabase.connect(); var st = c.createStatement()) {
            st.executeUpdate("update staff_account set mail_address = '" + login + "@meldpunt-demo.example' where id = " + staffId);
        }
        loginWithNewSecondFactor(login, DemoData.DEMO_PASSWORD);
        String story = "Voor en na de reset " + UUID.randomUUID();
        long reportId = TestDatabase.reportId(newReport("demo", story)[0]);
        assertEquals(1, count("select count(*) from case_key where holder = 'staff:" + staffId + "' and case_code = '"
                + caseCode(reportId) + "'"));

        StaffClient platform = StaffClient.loggedInAs("platform", DemoData.DEMO_PASSWORD);
        assertEquals("ALLOWED null", platform.callService("StaffAdministration", "resetPassword", String.valueOf(staffId)));
        assertEquals(0, count("select count(*) from case_key where holder = 'staff:" + staffId + "'"), "the copies are gone");
        assertEquals(0, count("select count(*) from staff_account where id = " + staffId + " and key_public is not null"),
                "and so is the key pair sealed under the lost password");
        // The case itself is not lost: the colleague still opens it.
        assertTrue(StaffClient.loggedInAs("vertrouwenspersoon", DemoData.DEMO_PASSWORD).get("/console/case.xhtml?id=" + reportId)
                .body().contains(story));
    }

    @Test
    void aConfidantOfAnotherOrganisationCannotOpenACaseEvenWithAForgedKeyRow() throws Exception {
        StaffClient noordConfidant = StaffClient.loggedInAs("vertrouwenspersoon.noord", DemoData.DEMO_PASSWORD);
        StaffClient demoConfidant = StaffClient.loggedInAs("vertrouwenspersoon", DemoData.DEMO_PASSWORD);
        String story = "Alleen voor de eigen organisatie " + UUID.randomUUID();
        String[] demoReport = newReport("demo", story);
        long demoId = TestDatabase.reportId(demoReport[0]);
        String noordStory = "Een zaak in Noord " + UUID.randomUUID();
        String noordCase = newReport("noord", noordStory)[0];
        long noordStaff = TestDatabase.staffId("vertrouwenspersoon.noord");

        // The noord confidant's own copy of a noord case, written as if it were a copy of the demo case.
        byte[] own = wrapped(noordCase, "staff:" + noordStaff);
        try (Connection c = TestDatabase.connect(); var st = c.prepareStatement(
                "insert into case_key (case_code, holder, wrapped, granted_at) values (?, ?, ?, current_timestamp)")) {
            st.setString(1, demoReport[0]);
            st.setString(2, "staff:" + noordStaff);
            st.setBytes(3, own);
            assertEquals(1, st.executeUpdate());
        }
        assertEquals("DENIED", noordConfidant.callService("CaseFileService", "open", String.valueOf(demoId)));
        HttpResponse<String> page = noordConfidant.get("/console/case.xhtml?id=" + demoId);
        assertFalse(page.body().contains(story));
        assertFalse(page.body().contains(noordStory));

        // Within one organisation: a copy of another case's key, put in the place of this case's, does not open.
        String otherStory = "Een andere zaak " + UUID.randomUUID();
        String otherCase = newReport("demo", otherStory)[0];
        long demoStaff = TestDatabase.staffId("vertrouwenspersoon");
        try (Connection c = TestDatabase.connect(); var st = c.prepareStatement(
                "update case_key set wrapped = ? where case_code = ? and holder = ?")) {
            st.setBytes(1, wrapped(otherCase, "staff:" + demoStaff));
            st.setString(2, demoReport[0]);
            st.setString(3, "staff:" + demoStaff);
            assertEquals(1, st.executeUpdate());
        }
        HttpResponse<String> swapped = demoConfidant.get("/console/case.xhtml?id=" + demoId);
        assertEquals(500, swapped.statusCode());
        assertTrue(swapped.body().contains(UNREADABLE), swapped.body());
        assertFalse(swapped.body().contains(otherStory), "the other case's key is bound to the other case");
        assertFalse(swapped.body().contains(story));
    }

    @Test
    void aReportersNewPasswordOpensTheCaseAndTheOldOneNoLonger() throws Exception {
        String story = "Mijn eigen verhaal " + UUID.randomUUID();
        String[] report = newReport("demo", story);
        long reportId = TestDatabase.reportId(report[0]);
        String message = "Een bericht voor de melder " + UUID.randomUUID();
        assertEquals("ALLOWED null", StaffClient.loggedInAs("vertrouwenspersoon", DemoData.DEMO_PASSWORD)
                .callService("CaseFileService", "writeMessage", String.valueOf(reportId), message));
        StaffClient reporter = StaffClient.anonymous();
        assertEquals(302, reporter.loginAsReporter(report[0], report[1]).statusCode());
        byte[] before = wrapped(report[0], "reporter");
        String newPassword = "nieuw wachtwoord van de melder " + UUID.randomUUID();
        assertEquals("ALLOWED true", reporter.callService("ReporterService", "changePassword", report[1], newPassword));
        assertFalse(java.util.Arrays.equals(before, wrapped(report[0], "reporter")), "the reporter's copy is wrapped anew");

        StaffClient withNew = StaffClient.anonymous();
        assertEquals(302, withNew.loginAsReporter(report[0], newPassword).statusCode());
        HttpResponse<String> own = withNew.get("/melder/index.xhtml");
        assertEquals(200, own.statusCode());
        assertTrue(own.body().contains(message), "the new password opens the case");
        assertEquals(200, StaffClient.anonymous().loginAsReporter(report[0], report[1]).statusCode(), "the old password is refused");
    }

    @Test
    void thePlatformAdminDeletesTheServerCopiesThatConfidantsHoldAndAReporterFromBeforeIsToldKindly() throws Exception {
        StaffClient.loggedInAs("vertrouwenspersoon", DemoData.DEMO_PASSWORD);
        String story = "Een melding van voor de overstap " + UUID.randomUUID();
        String[] report = newReport("demo", story);
        long reportId = TestDatabase.reportId(report[0]);
        // As a case from before this version looks after a confidant's login: a server copy of its key, the
        // confidant's copy, and no reporter's copy yet. The test makes the server copy from the reporter's copy.
        byte[] kek = Base64.getDecoder().decode(System.getenv("APP_CRYPTO_KEK"));
        byte[] caseKey = new nl.meldpunt.security.PersonalKeys(new SecureRandom(), new nl.meldpunt.security.PasswordHasher())
                .unwrapUnderPassword(report[1], wrapped(report[0], "reporter"), report[0]);
        byte[] serverCopy = new WrappedKey("1", new Sealing(new SecureRandom()).seal(new SecretKeySpec(kek, "AES"), caseKey,
                "meldpunt:case-key:1:1".getBytes(StandardCharsets.US_ASCII))).toBytes();
        try (Connection c = TestDatabase.connect()) {
            try (var st = c.prepareStatement("update report set data_key = ? where id = ?")) {
                st.setBytes(1, serverCopy);
                st.setLong(2, reportId);
                assertEquals(1, st.executeUpdate());
            }
            try (var st = c.prepareStatement("delete from case_key where case_code = ? and holder = 'reporter'")) {
                st.setString(1, report[0]);
                assertEquals(1, st.executeUpdate());
            }
        }
        assertTrue(opensWithKek(kek, serverCopy), "the made server copy is one");

        StaffClient platform = StaffClient.loggedInAs("platform", DemoData.DEMO_PASSWORD);
        String page = Jsoup.parse(platform.get("/platform/index.xhtml").body()).getElementById("keys").text();
        assertTrue(page.contains("Melder nog niet ingelogd") && page.contains("Gemeente Voorbeeldstad"), page);
        assertTrue(platform.callService("KeyMigrationService", "deleteServerCopiesThatConfidantsHold").matches("ALLOWED [1-9][0-9]*"));
        assertEquals(0, count("select count(*) from report where id = " + reportId + " and data_key is not null"), "the server copy is gone");
        assertTrue(TestDatabase.countAudit("staff:" + TestDatabase.staffId("platform"), "SERVER_KEY_COPIES_DELETED", "case-keys") >= 1,
                "audited");

        assertTrue(StaffClient.loggedInAs("vertrouwenspersoon", DemoData.DEMO_PASSWORD).get("/console/case.xhtml?id=" + reportId)
                .body().contains(story), "the confidant still opens it");
        StaffClient reporter = StaffClient.anonymous();
        assertEquals(302, reporter.loginAsReporter(report[0], report[1]).statusCode(), "the reporter still logs in");
        HttpResponse<String> own = reporter.get("/melder/index.xhtml");
        assertEquals(500, own.statusCode());
        assertTrue(own.body().contains("Uw melding is niet weg"), own.body());
    }

    /** The demo organisation's confidants without a key pair on the platform admin's switch table (0 when it is not listed). */
    private static long confidantsWithoutKeyPairOnThePlatformPage() {
        var table = Jsoup.parse(StaffClient.loggedInAs("platform", DemoData.DEMO_PASSWORD).get("/platform/index.xhtml").body())
                .getElementById("keys:remaining");
        if (table == null) {
            return 0;
        }
        var header = table.select("thead th").eachText();
        int column = header.indexOf("Vertrouwenspersonen nog niet ingelogd sinds de overstap");
        assertTrue(column >= 0, header.toString());
        return table.select("tbody tr").stream().filter(row -> row.child(0).text().equals("Gemeente Voorbeeldstad"))
                .mapToLong(row -> Long.parseLong(row.child(column).text())).findFirst().orElse(0);
    }

    /** A demo case, and a confidant of the demo organisation who logged in for the first time after it. */
    private record Lacking(String[] report, long reportId, String login, long staffId, StaffClient client) {
    }

    /**
     * A new demo case that a confidant added afterwards lacks: the demo confidant holds a key pair before the report,
     * the switch is ended (no server copy left for a first login to pick up: only colleagues, reporters or the sheet
     * can give it), then the new confidant logs in for the first time and is refused the case kindly.
     */
    private static Lacking aConfidantWhoLacksANewCase(String story, String loginPrefix, String name) throws Exception {
        StaffClient.loggedInAs("vertrouwenspersoon", DemoData.DEMO_PASSWORD);
        String[] report = newReport("demo", story);
        long reportId = TestDatabase.reportId(report[0]);
        endTheSwitch();
        String login = loginPrefix + "." + Long.toString(System.nanoTime(), 36);
        long staffId = StaffPasswordIT.createHrAccountLike("vertrouwenspersoon", login, name);
        StaffClient client = loginWithNewSecondFactor(login, DemoData.DEMO_PASSWORD);
        assertEquals(1, count("select count(*) from staff_account where id = " + staffId + " and key_public is not null"),
                "the first login made a key pair");
        HttpResponse<String> notYet = client.get("/console/case.xhtml?id=" + reportId);
        assertEquals(403, notYet.statusCode(), "no own copy yet");
        assertTrue(notYet.body().contains(NOT_HELD), notYet.body());
        assertFalse(notYet.body().contains(story));
        return new Lacking(report, reportId, login, staffId, client);
    }

    /** The platform admin deletes the server copies of the cases that confidants hold. */
    private static void endTheSwitch() {
        assertTrue(StaffClient.loggedInAs("platform", DemoData.DEMO_PASSWORD)
                .callService("KeyMigrationService", "deleteServerCopiesThatConfidantsHold").startsWith("ALLOWED "));
    }

    /** Logs in a staff member without a second factor yet, and sets one up as the enrol page asks. */
    private static StaffClient loginWithNewSecondFactor(String login, String password) {
        StaffClient client = StaffClient.anonymous();
        assertEquals(302, client.login(login, password, "").statusCode(), "no factor yet: the password suffices");
        String secret = Jsoup.parse(client.get("/staff/enrol.xhtml").body()).getElementById("secret").text();
        SECRETS.put(login, secret);
        assertEquals(302, client.submit("/staff/enrol.xhtml", "enrol", Map.of("enrol:code", TestTotp.codeFor(secret, login)),
                "enrol:confirm").statusCode(), "second factor set up");
        return client;
    }

    private static String[] newReport(String slug, String what) {
        return StaffClient.anonymous().get("/it-probe/new-report?org=" + slug + "&what="
                + URLEncoder.encode(what, StandardCharsets.UTF_8)).body().split(" ");
    }

    /** Whether {@code stored} is a case key wrapped under the key-encryption key, as the server once made them. */
    private static boolean opensWithKek(byte[] kek, byte[] stored) {
        WrappedKey key;
        try {
            key = WrappedKey.fromBytes(stored);
        } catch (CaseContentUnreadable notThatFormat) {
            return opens(kek, stored, "meldpunt:case-key:1:1");
        }
        return opens(kek, key.bytes(), "meldpunt:case-key:1:" + key.kekId());
    }

    private static boolean opens(byte[] kek, byte[] sealed, String context) {
        Sealing sealing = new Sealing(new SecureRandom());
        SecretKeySpec key = new SecretKeySpec(kek, "AES");
        try {
            sealing.openIncludingVersion0(key, sealed, context.getBytes(StandardCharsets.UTF_8));
            return true;
        } catch (Sealing.Unreadable | RuntimeException no) {
            return false;
        }
    }

    private static byte[] wrapped(String caseCode, String holder) throws SQLException {
        try (Connection c = TestDatabase.connect(); var st = c.prepareStatement("select wrapped from case_key where case_code = ? and holder = ?")) {
            st.setString(1, caseCode);
            st.setString(2, holder);
            try (ResultSet rs = st.executeQuery()) {
                assertTrue(rs.next(), holder + " holds a copy of the case key");
                return rs.getBytes(1);
            }
        }
    }

    private static String caseCode(long reportId) throws SQLException {
        try (Connection c = TestDatabase.connect(); var st = c.createStatement();
             ResultSet rs = st.executeQuery("select case_code from report where id = " + reportId)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** The tables with a text or binary column that holds {@code marker} (UTF-8) somewhere. */
    private static List<String> tablesHolding(Connection c, String marker) throws SQLException {
        List<String> found = new ArrayList<>();
        byte[] needle = marker.getBytes(StandardCharsets.UTF_8);
        List<String[]> columns = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getColumns(null, null, "%", "%")) {
            while (rs.next()) {
                String schema = rs.getString("TABLE_SCHEM");
                if (schema == null || schema.equalsIgnoreCase("information_schema") || schema.startsWith("pg_")) {
                    continue;
                }
                columns.add(new String[] {schema, rs.getString("TABLE_NAME"), rs.getString("COLUMN_NAME")});
            }
        }
        for (String[] column : columns) {
            String sql = "select \"" + column[2] + "\" from \"" + column[0] + "\".\"" + column[1] + "\"";
            try (var st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    byte[] value;
                    try {
                        value = rs.getBytes(1);
                    } catch (SQLException notBinary) {
                        String text = rs.getString(1);
                        value = text == null ? null : text.getBytes(StandardCharsets.UTF_8);
                    }
                    if (value != null && indexOf(value, needle) >= 0) {
                        found.add(column[1] + "." + column[2]);
                        break;
                    }
                }
            } catch (SQLException unreadableColumn) {
                // a view or a column type without a plain value: not where a narrative is stored
            }
        }
        return found;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = TestDatabase.connect()) {
            return count(c, sql);
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

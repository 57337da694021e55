package nl.meldpunt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import nl.meldpunt.demo.DemoData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The outbox end to end: a confidant's action puts a mail in the outbox in the same transaction, the
 * persistent timer releases it after the random delay (the tests move the server's clock), the mail
 * says only that there is news; SMTP down and up again loses nothing and sends nothing twice; a crash
 * between sending and marking sends again with the same Message-ID; the interval update comes even
 * when nothing changed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OutboxIT {

    private static final Duration PAST_THE_DELAY = Duration.ofMinutes(31);

    @RegisterExtension
    // A generous start-up time: the server is restarted on the same port after the refusing one, on a busy machine.
    static final GreenMailExtension SMTP = TestSmtp.slowToStart();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MeldpuntDeployment.ear();
    }

    @AfterEach
    void realTimeAgain() {
        StaffClient.anonymous().get("/it-probe/clock");
    }

    @Test
    void aMessageToTheReporterBecomesOneMailWithoutContentAfterTheRandomDelay() throws Exception {
        String address = "news-" + System.nanoTime() + "@melder.test";
        Report report = Report.submitted("demo", "nl", address);
        StaffClient confidant = StaffClient.loggedInAs("vertrouwenspersoon", DemoData.DEMO_PASSWORD);
        assertEquals("ALLOWED null", confidant.callService("CaseFileService", "writeMessage", report.id, "Geheim: de directeur zelf"));
        assertEquals("ALLOWED null", confidant.callService("CaseFileService", "writeMessage", report.id, "En nog iets"));

        List<Row> rows = outboxOf(report.id);
        assertEquals(1, rows.size(), "one waiting mail says there is news, however much there is");
        Row row = rows.get(0);
        assertTrue(List.of("WAITING", "SENT").contains(row.state), row.state);
        assertFalse(row.sendAfter.isBefore(row.createdAt), "never before its cause");
        assertFalse(row.sendAfter.isAfter(row.createdAt.plus(Duration.ofMinutes(30))), "within the configured window");

        shiftClock(PAST_THE_DELAY);
        MimeMessage mail = waitForMailTo(address, 1).get(0);
        assertEquals("Er is nieuws op uw persoonlijke pagina", mail.getSubject());
        String text = textOf(mail);
        String html = htmlOf(mail);
        assertTrue(text.contains("/melder/login.xhtml?lang=nl"), text);
        assertTrue(html.contains("Gemeente Voorbeeldstad") && html.contains("#00557F"), "the organisation's branding");
        for (String leak : List.of("Geheim", "directeur", report.caseCode, "INTEGRITY", "Integriteit", "FRAUD", "Fraude",
                "vertrouwenspersoon", "Vera")) {
            assertFalse(text.contains(leak) || html.contains(leak) || mail.getSubject().contains(leak), "the mail holds no " + leak);
        }
        assertEquals(row.messageId, mail.getMessageID(), "the Message-ID fixed in the outbox");
        assertEquals("SENT", outboxOf(report.id).get(0).state);

        String casePage = confidant.get("/console/case.xhtml?id=" + report.id).body();
        assertFalse(casePage.contains(address), "the confidant never sees the address");
        assertEquals("ja", org.jsoup.Jsoup.parse(casePage).getElementById("notifiable").text(), "only that the reporter can be notified");
    }

    @Test
    void anOutageOfTheVaultNeitherBlocksTheConfidantNorLosesTheMail() throws Exception {
        String address = "outage-" + System.nanoTime() + "@melder.test";
        Report report = Report.submitted("demo", "nl", address);
        StaffClient confidant = StaffClient.loggedInAs("vertrouwenspersoon", DemoData.DEMO_PASSWORD);
        vaultTable("mail_address", "mail_address_away"); // the vault cannot answer
        try {
            assertEquals("ALLOWED null", confidant.callService("CaseFileService", "writeMessage", report.id, "Nieuws"),
                    "the confidant's message is kept");
            assertEquals(1, ofKind(report.id, "REPORTER_NEWS").size(), "the mail is queued all the same");
        } finally {
            vaultTable("mail_address_away", "mail_address");
        }
        shiftClock(PAST_THE_DELAY);
        assertEquals(1, waitForMailTo(address, 1).size(), "and goes once the vault answers again");
    }

    private static void vaultTable(String from, String to) throws SQLException {
        try (Connection vault = TestDatabase.connectAsVault()) {
            vault.createStatement().execute("alter table vault." + from + " rename to " + to);
        }
    }

    @Test
    void anEnglishReporterGetsTheMailInEnglish() throws Exception {
        String address = "english-" + System.nanoTime() + "@melder.test";
        Report report = Report.submitted("demo", "en", address);
        StaffClient confidant = StaffClient.loggedInAs("vertrouwenspersoon", DemoData.DEMO_PASSWORD);
        assertEquals("ALLOWED null", confidant.callService("CaseFileService", "writeMessage", report.id, "Hello"));
        shiftClock(PAST_THE_DELAY);
        MimeMessage mail = waitForMailTo(address, 1).get(0);
        assertEquals("There is news on your personal page", mail.getSubject());
        assertTrue(textOf(mail).contains("/melder/login.xhtml?lang=en"));
    }

    @Test
    void theStatusUpdateComesAtTheIntervalEvenWhenNothingChanged() throws Exception {
        String address = "interval-" + System.nanoTime() + "@melder.test";
        Report report = Report.submitted("demo", "nl", address);
        shiftClock(Duration.ofDays(13));
        pause(Duration.ofSeconds(12));
        assertTrue(ofKind(report.id, "REPORTER_STATUS_UPDATE").isEmpty(), "not before the organisation's interval of 14 days");

        shiftClock(Duration.ofDays(14).plusMinutes(1));
        waitUntil(() -> !ofKind(report.id, "REPORTER_STATUS_UPDATE").isEmpty(), "the status update in the outbox");
        shiftClock(Duration.ofDays(14).plusMinutes(1).plus(PAST_THE_DELAY));
        String subject = "De stand van zaken op uw persoonlijke pagina";
        MimeMessage mail = waitForMail(address, m -> subjectIs(m, subject), "the status update", Duration.ofSeconds(45));
        assertTrue(textOf(mail).contains("ook als er niets is veranderd"));
        Instant next = nextStatusMail(report.id);
        assertTrue(next.isAfter(Instant.now().plus(Duration.ofDays(27))), "the next one an interval later: " + next);
    }

    @Test
    void withTheMailServerDownNothingIsLostAndNothingGoesTwice() throws Exception {
        String address = "down-" + System.nanoTime() + "@melder.test";
        Report report = Report.submitted("demo", "nl", address);
        StaffClient confidant = StaffClient.loggedInAs("vertrouwenspersoon", DemoData.DEMO_PASSWORD);
        SMTP.stop();
        assertEquals("ALLOWED null", confidant.callService("CaseFileService", "writeMessage", report.id, "Nieuws"));
        shiftClock(PAST_THE_DELAY);
        Row failed = waitForFinishedTry(report.id, 1);
        assertEquals("WAITING", failed.state, "kept for the next try");
        assertEquals("SERVER_UNREACHABLE", failed.lastProblem);

        shiftClock(PAST_THE_DELAY.plus(Duration.ofHours(1))); // an hour later the server is back
        SMTP.start();
        assertEquals(1, waitForMailTo(address, 1).size());
        pause(Duration.ofSeconds(12));
        assertEquals(1, mailsTo(address).size(), "exactly once");
        assertEquals("SENT", outboxOf(report.id).get(0).state);
    }

    @Test
    void aMailServerThatHangsAfterConnectingHoldsNothingUpAndTheMailGoesOnceLater() throws Exception {
        String address = "hanging-" + System.nanoTime() + "@melder.test";
        Report report = Report.submitted("demo", "nl", address);
        StaffClient confidant = StaffClient.loggedInAs("vertrouwenspersoon", DemoData.DEMO_PASSWORD);
        SMTP.stop();
        Row failed;
        try (HangingSmtpServer hanging = new HangingSmtpServer(ServerSetupTest.SMTP.getPort())) {
            assertEquals("ALLOWED null", confidant.callService("CaseFileService", "writeMessage", report.id, "Nieuws"));
            shiftClock(PAST_THE_DELAY);
            // The sender waits at most its read time-out (10 s) for the greeting, then keeps the mail for later.
            failed = waitForFinishedTry(report.id, 1);
            assertEquals("WAITING", failed.state, "kept for the next try");
            assertEquals("SERVER_UNREACHABLE", failed.lastProblem);
            assertTrue(hanging.connections() >= 1, "the sender did connect");
            assertEquals(200, confidant.get("/console/index.xhtml").statusCode(), "the console goes on meanwhile");
        } finally {
            SMTP.start();
        }
        shiftClockPast(failed.sendAfter); // the server answers again: the timer thread was not left hanging
        assertEquals(1, waitForMailTo(address, 1).size());
        pause(Duration.ofSeconds(12));
        assertEquals(1, mailsTo(address).size(), "exactly once");
        assertEquals("SENT", outboxOf(report.id).get(0).state);
    }

    @Test
    void aCrashBetweenSendingAndMarkingSendsAgainWithTheSameMessageIdAndACrashBeforeSendingLosesNothing() throws Exception {
        String address = "crash-" + System.nanoTime() + "@melder.test";
        Report report = Report.submitted("demo", "nl", address);
        StaffClient confidant = StaffClient.loggedInAs("vertrouwenspersoon", DemoData.DEMO_PASSWORD);
        assertEquals("ALLOWED null", confidant.callService("CaseFileService", "writeMessage", report.id, "Nieuws"));
        shiftClock(PAST_THE_DELAY);
        waitForMailTo(address, 1);
        waitUntil(() -> "SENT".equals(outboxOf(report.id).get(0).state), "marked sent");

        // The node sent the mail and died before marking it: the row is as it was, its claim expired.
        asIfCrashedAfterSending(report.id, Instant.now().plus(PAST_THE_DELAY).minusSeconds(1));
        List<MimeMessage> twice = waitForMailTo(address, 2);
        assertEquals(twice.get(0).getMessageID(), twice.get(1).getMessageID(), "the duplicate is recognisably the same mail");
        waitUntil(() -> "SENT".equals(outboxOf(report.id).get(0).state), "marked sent again");

        // A node claimed a new mail and died before sending: nobody sends it until the claim expires, then once.
        assertEquals("ALLOWED null", confidant.callService("CaseFileService", "writeMessage", report.id, "Meer nieuws"));
        asIfClaimedByANodeThatDied(report.id, Instant.now().plus(PAST_THE_DELAY).plus(Duration.ofMinutes(5)));
        pause(Duration.ofSeconds(12));
        assertEquals(2, mailsTo(address).size(), "a live claim is respected");
        shiftClock(PAST_THE_DELAY.plus(Duration.ofMinutes(6)));
        assertEquals(3, waitForMailTo(address, 3).size());
        pause(Duration.ofSeconds(12));
        assertEquals(3, mailsTo(address).size());
    }

    @Test
    void confidantsAreRemindedBeforeTheAcknowledgementDeadlineWithOnlyTheCaseCode() throws Exception {
        Report report = Report.submitted("demo", "nl", null);
        shiftClock(Duration.ofDays(5).plusHours(2)); // two days before the 7-day deadline

        MimeMessage reminder = waitForMailMentioning("vertrouwenspersoon@meldpunt-demo.example", report.caseCode);
        assertEquals("Meldpunt: een termijn loopt bijna af", reminder.getSubject());
        String text = textOf(reminder);
        assertTrue(text.contains(report.caseCode + " (Gemeente Voorbeeldstad): ontvangst bevestigen uiterlijk"), text);
        assertTrue(text.contains("loopt bijna af"), text);
        for (String leak : List.of("Declaraties", "INTEGRITY", "Integriteit", "FRAUD", "Fraude")) {
            assertFalse(text.contains(leak) || htmlOf(reminder).contains(leak), "no report content: " + leak);
        }
        // The external confidant asked for a daily digest: one mail with all of them (a long list ends
        // with how many more there are; the other tests leave many open reports behind).
        waitUntil(() -> !mailsTo("kader@meldpunt-demo.example").isEmpty(), "the digest", Duration.ofSeconds(150));
        pause(Duration.ofSeconds(12));
        List<MimeMessage> digests = mailsTo("kader@meldpunt-demo.example");
        assertEquals(1, digests.size(), "one digest a day, no single reminders");
        assertEquals("Meldpunt: uw termijnen van vandaag", digests.get(0).getSubject());
        String digest = textOf(digests.get(0));
        assertTrue(digest.contains(report.caseCode + " (Gemeente Voorbeeldstad): ontvangst bevestigen")
                || digest.matches("(?s).*\\.\\.\\. en nog \\d+ termijnen: zie de werkvoorraad.*"), digest);
    }

    @Test
    void closingTheCaseRemovesTheAddressOnceTheLastMailHasGoneAndTheCheckinIsRemindedAYearLater() throws Exception {
        String address = "closing-" + System.nanoTime() + "@melder.test";
        Report report = Report.submitted("demo", "nl", address);
        StaffClient reporter = StaffClient.anonymous();
        assertEquals(302, reporter.loginAsReporter(report.caseCode, report.password).statusCode());
        assertEquals("ALLOWED true", reporter.callService("ReporterService", "hasMailAddress"));

        StaffClient confidant = StaffClient.loggedInAs("vertrouwenspersoon", DemoData.DEMO_PASSWORD);
        assertEquals("ALLOWED null", confidant.callService("CaseFileService", "moveTo", report.id, "ACKNOWLEDGED"));
        registered(report.id);
        assertEquals("ALLOWED null", confidant.callService("CaseFileService", "moveTo", report.id, "CLOSED"));
        pause(Duration.ofSeconds(12));
        assertEquals("ALLOWED true", reporter.callService("ReporterService", "hasMailAddress"), "kept until the last mail has gone");

        shiftClock(PAST_THE_DELAY);
        assertEquals(1, waitForMailTo(address, 1).size(), "one mail: there is news (the case is closed)");
        waitUntil(() -> reporter.callService("ReporterService", "hasMailAddress").equals("ALLOWED false"), "the address removed");

        // Almost a year later the confidant is reminded of the aftercare check-in (default 12 months).
        shiftClock(Duration.ofDays(362));
        String reminder = textOf(waitForMailMentioning("vertrouwenspersoon@meldpunt-demo.example", report.caseCode));
        assertTrue(reminder.contains(report.caseCode + " (Gemeente Voorbeeldstad): nazorg: de melder vragen hoe het nu gaat"), reminder);
        assertEquals(1, mailsTo(address).size(), "the reporter gets nothing more: the address is gone");
    }

    @Test
    void aConfidantChoosesWhereRemindersGoAndABadAddressChangesNothing() {
        StaffClient confidant = StaffClient.loggedInAs("vertrouwenspersoon", DemoData.DEMO_PASSWORD);
        String before = confidant.callService("StaffService", "myMailPreferences");
        try {
            assertTrue(confidant.callService("StaffService", "changeMyMailPreferences", "geen adres", "true").startsWith("REFUSED"));
            assertEquals(before, confidant.callService("StaffService", "myMailPreferences"));
            assertOkWith(confidant.submit("/console/index.xhtml", "mailPreferences",
                    java.util.Map.of("mailPreferences:address", "vera@werk.example", "mailPreferences:digest", "on"), "mailPreferences:save"),
                    "Uw keuze voor herinneringen is opgeslagen");
            assertEquals("ALLOWED StaffMailPreferences[address=vera@werk.example, digest=true]",
                    confidant.callService("StaffService", "myMailPreferences"));
            String preview = confidant.get("/console/mail-preview?org=" + demoOrganisation() + "&kind=REPORTER_STATUS_UPDATE&lang=en").body();
            assertTrue(preview.contains("The state of affairs on your personal page") && preview.contains("Gemeente Voorbeeldstad"), preview);
        } finally {
            assertTrue(confidant.callService("StaffService", "changeMyMailPreferences", "vertrouwenspersoon@meldpunt-demo.example", "false")
                    .startsWith("ALLOWED"));
        }
    }

    private static long demoOrganisation() {
        try {
            return TestDatabase.organisationId("demo");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A page answered 200 and shows the text. */
    private static void assertOkWith(java.net.http.HttpResponse<String> answer, String text) {
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains(text), answer.body());
    }

    @Test
    void aLaterTipOfTheScheduleAppearsOnItsDayWithAMail() throws Exception {
        String address = "tip-" + System.nanoTime() + "@melder.test";
        Report report = Report.submitted("demo", "nl", address);
        StaffClient reporter = StaffClient.anonymous();
        assertEquals(302, reporter.loginAsReporter(report.caseCode, report.password).statusCode());
        assertFalse(reporter.callService("ReporterService", "dashboard").contains("key=general_talk"), "scheduled for day 3");

        shiftClock(Duration.ofDays(3).plusMinutes(1));
        waitUntil(() -> !ofKind(report.id, "REPORTER_TIP").isEmpty(), "the tip mail in the outbox");
        shiftClock(Duration.ofDays(3).plusMinutes(1).plus(PAST_THE_DELAY));
        MimeMessage mail = waitForMailTo(address, 1).get(0);
        assertEquals("Een nieuwe tip op uw persoonlijke pagina", mail.getSubject());
        assertFalse(textOf(mail).contains("Praat met iemand"), "the tip itself is only on the page");
        // Three days on, the first login is long over (a session lives at most eight hours): the reporter logs in again.
        StaffClient later = StaffClient.anonymous();
        assertEquals(302, later.loginAsReporter(report.caseCode, report.password).statusCode());
        assertTrue(later.callService("ReporterService", "dashboard").contains("key=general_talk"), "on the page from day 3");
    }

    @Test
    void anAddressTheMailServerRefusesIsGivenUpAfterThreeTriesAndTheAdminSeesItWithoutTheAddress() throws Exception {
        String address = "refused-" + System.nanoTime() + "@melder.test";
        Report report = Report.submitted("demo", "nl", address);
        StaffClient confidant = StaffClient.loggedInAs("vertrouwenspersoon", DemoData.DEMO_PASSWORD);
        StaffClient admin = StaffClient.loggedInAs("beheerder", DemoData.DEMO_PASSWORD);
        SMTP.stop();
        try (RefusingSmtpServer refusing = new RefusingSmtpServer(ServerSetupTest.SMTP.getPort())) {
            assertEquals("ALLOWED null", confidant.callService("CaseFileService", "writeMessage", report.id, "Nieuws"));
            shiftClock(PAST_THE_DELAY);
            Row tried = waitForFinishedTry(report.id, 1);
            for (int tryNo = 2; tryNo <= 3; tryNo++) {
                assertEquals("WAITING", tried.state, "kept for try " + tryNo);
                shiftClockPast(tried.sendAfter); // the pause after the try, however long it took
                tried = waitForFinishedTry(report.id, tryNo);
            }
            assertEquals("GIVEN_UP", tried.state, "given up after the third refusal");
            assertEquals("ADDRESS_REFUSED", tried.lastProblem);
            assertTrue(refusing.refusals() >= 3);
        } finally {
            SMTP.start();
        }
        String adminPage = admin.get("/admin/index.xhtml").body();
        String mailTable = org.jsoup.Jsoup.parse(adminPage).getElementById("mailStatus").text();
        assertTrue(mailTable.contains("Melder: er is nieuws") && mailTable.contains("adres geweigerd"), mailTable);
        assertFalse(adminPage.contains(address) || adminPage.contains(report.caseCode), "counts only: no address, no case");
    }

    // --- helpers

    private static List<Row> ofKind(String reportId, String kind) {
        return outboxOf(reportId).stream().filter(r -> r.kind.equals(kind)).toList();
    }

    private static boolean subjectIs(MimeMessage mail, String subject) {
        try {
            return subject.equals(mail.getSubject());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Report(String id, String caseCode, String password) {
        static Report submitted(String org, String language, String address) throws SQLException {
            String[] credentials = StaffClient.anonymous().get("/it-probe/new-report?org=" + org + "&lang=" + language + (address == null ? ""
                    : "&email=" + java.net.URLEncoder.encode(address, java.nio.charset.StandardCharsets.UTF_8))).body().split(" ");
            return new Report(String.valueOf(TestDatabase.reportId(credentials[0])), credentials[0], credentials[1]);
        }
    }

    /** The registration form filled in as the confidant would, so that the case may be closed. */
    private static void registered(String reportId) throws SQLException {
        try (Connection c = TestDatabase.connect(); var st = c.prepareStatement("""
                insert into case_registration (report_id, department, advice_given, outcome, updated_at)
                values (?, 'Sociaal Domein', 'LISTENED', 'NO_FURTHER_ACTION', current_timestamp)""")) {
            st.setLong(1, Long.parseLong(reportId));
            assertEquals(1, st.executeUpdate());
        }
    }

    private record Row(String kind, String state, Instant sendAfter, Instant createdAt, int attempts, String lastProblem,
                       String messageId, Instant claimedUntil) {
    }

    /**
     * Waits until the sender has finished try {@code tryNo}: the claim of a try counts the attempt
     * before the mail goes out, so "attempts reached n" alone would catch the try half-way, before
     * its outcome and its next time are written (and a clock moved at that moment moves them too).
     */
    private static Row waitForFinishedTry(String reportId, int tryNo) {
        waitUntil(() -> {
            Row row = outboxOf(reportId).get(0);
            return row.attempts >= tryNo && row.claimedUntil == null;
        }, "try " + tryNo + " finished");
        Row row = outboxOf(reportId).get(0);
        assertEquals(tryNo, row.attempts, "exactly try " + tryNo + ", no try more");
        return row;
    }

    /** Moves the server's clock just past an instant of the server's (shifted) time. */
    private static void shiftClockPast(Instant serverInstant) {
        shiftClock(Duration.between(Instant.now(), serverInstant).plusSeconds(30));
    }

    private static List<Row> outboxOf(String reportId) {
        try (Connection c = TestDatabase.connect(); var st = c.prepareStatement(
                "select kind, state, send_after, created_at, attempts, last_problem, message_id, claimed_until from outbox_mail"
                + " where report_id = ? order by id")) {
            st.setLong(1, Long.parseLong(reportId));
            try (var rs = st.executeQuery()) {
                List<Row> rows = new java.util.ArrayList<>();
                while (rs.next()) {
                    rows.add(new Row(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getTimestamp(4).toInstant(),
                            rs.getInt(5), rs.getString(6), rs.getString(7),
                            rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant()));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant nextStatusMail(String reportId) throws SQLException {
        try (Connection c = TestDatabase.connect(); var st = c.prepareStatement("select next_status_mail_at from report where id = ?")) {
            st.setLong(1, Long.parseLong(reportId));
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getTimestamp(1).toInstant();
            }
        }
    }

    /** The state a crash between sending and marking leaves: still waiting, its claim expired at {@code claimExpired}. */
    private static void asIfCrashedAfterSending(String reportId, Instant claimExpired) throws SQLException {
        try (Connection c = TestDatabase.connect(); var st = c.prepareStatement(
                "update outbox_mail set state = 'WAITING', finished_at = null, claimed_until = ? where report_id = ?")) {
            st.setTimestamp(1, java.sql.Timestamp.from(claimExpired));
            st.setLong(2, Long.parseLong(reportId));
            assertEquals(1, st.executeUpdate());
        }
    }

    /** A waiting mail, due, claimed until {@code claimedUntil} by a node that died before sending it. */
    private static void asIfClaimedByANodeThatDied(String reportId, Instant claimedUntil) throws SQLException {
        try (Connection c = TestDatabase.connect(); var st = c.prepareStatement(
                "update outbox_mail set claimed_until = ?, attempts = 1, send_after = ? where report_id = ? and state = 'WAITING'")) {
            st.setTimestamp(1, java.sql.Timestamp.from(claimedUntil));
            st.setTimestamp(2, java.sql.Timestamp.from(Instant.now()));
            st.setLong(3, Long.parseLong(reportId));
            assertEquals(1, st.executeUpdate());
        }
    }

    private static void shiftClock(Duration by) {
        assertTrue(StaffClient.anonymous().get("/it-probe/clock?shift=" + by).body().startsWith("shifted"));
    }

    private static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /**
     * Waits for a staff mail that names the text (a case code). Reminders of the other tests' open
     * reports go to the same address, so this may take a few of the timer's runs.
     */
    private static MimeMessage waitForMailMentioning(String address, String text) {
        return waitForMail(address, m -> mentions(m, text), "a mail to " + address + " naming " + text, Duration.ofSeconds(150));
    }

    private static MimeMessage waitForMail(String address, java.util.function.Predicate<MimeMessage> which, String what,
                                           Duration atMost) {
        waitUntil(() -> mailsTo(address).stream().anyMatch(which), what, atMost);
        return mailsTo(address).stream().filter(which).findFirst().orElseThrow();
    }

    /** Waits (the timer runs every ten seconds) until this many mails reached the address. */
    private static List<MimeMessage> waitForMailTo(String address, int count) {
        waitUntil(() -> mailsTo(address).size() >= count, count + " mail(s) to " + address);
        return mailsTo(address);
    }

    private static void waitUntil(BooleanSupplier condition, String what) {
        waitUntil(condition, what, Duration.ofSeconds(45));
    }

    private static void waitUntil(BooleanSupplier condition, String what, Duration atMost) {
        Instant deadline = Instant.now().plus(atMost);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("waited " + atMost.toSeconds() + " s for: " + what);
            }
            pause(Duration.ofMillis(500));
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean mentions(MimeMessage mail, String text) {
        try {
            return textOf(mail).contains(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String textOf(MimeMessage mail) throws Exception {
        return (String) ((Multipart) mail.getContent()).getBodyPart(0).getContent();
    }

    private static String htmlOf(MimeMessage mail) throws Exception {
        return (String) ((Multipart) mail.getContent()).getBodyPart(1).getContent();
    }
}

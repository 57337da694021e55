package nl.meldpunt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.meldpunt.demo.DemoData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 13, staff accounts from the platform admin page: an invitation is validated with clear field
 * messages (Dutch and English); it makes an account that no password opens and one mail with a
 * single-use link, whose token is kept only as a SHA-256 hash; the link sets a password once (the
 * rule's problems said kindly), after which the normal login works; a used, expired or unknown link
 * changes nothing; the platform admin's password reset ends the old password and every session and
 * mails a new link; a confidant's organisations change with the change audited before → after; and
 * no other role reaches any of it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffInvitationIT {

    private static final Pattern LINK = Pattern.compile("/staff/welcome\\.xhtml#token=([A-Za-z0-9_-]+)");

    @RegisterExtension
    static final GreenMailExtension SMTP = TestSmtp.slowToStart();

    private static StaffClient platform;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MeldpuntDeployment.ear();
    }

    private static synchronized StaffClient platform() {
        if (platform == null) {
            platform = StaffClient.loggedInAs("platform", DemoData.DEMO_PASSWORD);
        }
        return platform;
    }

    private static String newLogin(String prefix) {
        return prefix + "-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    @Test
    void theInvitationIsValidatedWithFieldMessagesInDutchAndEnglish() throws Exception {
        String login = newLogin("fout");
        long demo = TestDatabase.organisationId("demo");
        long noord = TestDatabase.organisationId("noord");

        HttpResponse<String> page = platform().get("/platform/index.xhtml?lang=nl");
        Document refused = Jsoup.parse(platform().submitChoices(page, "invite", Map.of(
                "invite:login", List.of("vertrouwenspersoon"), "invite:displayName", List.of("Iemand"),
                "invite:mail", List.of("geen-adres"), "invite:role", List.of("CONFIDANT"),
                "invite:organisations", List.of()), "invite:submit").body());
        assertEquals("Deze gebruikersnaam is al in gebruik. Kies een andere.", refused.getElementById("invite:loginMessage").text());
        assertEquals("Dit is geen geldig e-mailadres. Vul het e-mailadres op het werk in, bijvoorbeeld a.jansen@organisatie.nl.",
                refused.getElementById("invite:mailMessage").text());
        assertEquals("Kies ten minste één organisatie.", refused.getElementById("invite:organisationsMessage").text());

        page = platform().get("/platform/index.xhtml?lang=nl");
        refused = Jsoup.parse(platform().submitChoices(page, "invite", Map.of(
                "invite:login", List.of(login), "invite:displayName", List.of("Hanna HR"),
                "invite:mail", List.of(login + "@werk.test"), "invite:role", List.of("HR"),
                "invite:organisations", List.of(String.valueOf(demo), String.valueOf(noord))), "invite:submit").body());
        assertEquals("Een beheerder of HR-medewerker werkt voor precies één organisatie. Alleen een vertrouwenspersoon kan er meerdere hebben.",
                refused.getElementById("invite:organisationsMessage").text());

        page = platform().get("/platform/index.xhtml?lang=en");
        refused = Jsoup.parse(platform().submitChoices(page, "invite", Map.of(
                "invite:login", List.of(login), "invite:displayName", List.of("Hanna HR"),
                "invite:mail", List.of("hanna@"), "invite:role", List.of("ORG_ADMIN"),
                "invite:organisations", List.of(String.valueOf(demo), String.valueOf(noord))), "invite:submit").body());
        assertEquals("This is not a valid e-mail address. Please enter the work address, for instance a.jansen@organisation.nl.",
                refused.getElementById("invite:mailMessage").text());
        assertEquals("An organisation administrator or HR member serves exactly one organisation. Only a confidant can have several.",
                refused.getElementById("invite:organisationsMessage").text());
        refused = Jsoup.parse(platform().submitChoices(platform().get("/platform/index.xhtml?lang=en"), "invite", Map.of(
                "invite:login", List.of("vertrouwenspersoon"), "invite:displayName", List.of("X"),
                "invite:mail", List.of("x@werk.test"), "invite:role", List.of("CONFIDANT"),
                "invite:organisations", List.of()), "invite:submit").body());
        assertEquals("This user name is already taken. Please choose another.", refused.getElementById("invite:loginMessage").text());
        assertEquals("Choose at least one organisation.", refused.getElementById("invite:organisationsMessage").text());

        assertEquals(0, count("select count(*) from staff_account where login_name = '" + login + "'"), "nothing was created");
    }

    @Test
    void anInvitedConfidantChoosesThePasswordOnceThroughTheMailedLink() throws Exception {
        String login = newLogin("vp");
        String address = login + "@werk.test";
        long staffId = invite(login, "Anna de Vries", "CONFIDANT", address, "demo");
        assertEquals(1, TestDatabase.countAudit("staff:" + TestDatabase.staffId("platform"), "STAFF_INVITED", "staff:" + staffId));

        // No password opens the account while the invitation is open, not even the demo one.
        assertEquals(200, StaffClient.anonymous().login(login, DemoData.DEMO_PASSWORD, "").statusCode(), "login refused");

        MimeMessage mail = waitForMailTo(address, 1).get(0);
        assertEquals("Meldpunt: uw account staat klaar", mail.getSubject());
        String token = tokenIn(mail);
        assertTrue(token.length() >= 43, "at least 256 bits: " + token.length());
        try (Connection c = TestDatabase.connect(); var st = c.prepareStatement(
                "select token_hash, expires_at, mailed_at from staff_invitation where staff_id = ?")) {
            st.setLong(1, staffId);
            try (var rs = st.executeQuery()) {
                assertTrue(rs.next());
                assertEquals(sha256(token), rs.getString(1), "only the token's hash is kept");
                Duration valid = Duration.between(rs.getObject(3, OffsetDateTime.class), rs.getObject(2, OffsetDateTime.class));
                assertEquals(Duration.ofDays(7), valid, "valid for 7 days");
                assertFalse(rs.next(), "one invitation");
            }
        }
        assertNoTraceOf(token);

        // The token is in the link's fragment, which no browser sends (ASVS 14.2.1): the page's script posts it.
        // A token put in the address instead is not read.
        Document byAddress = Jsoup.parse(StaffClient.anonymous().get("/staff/welcome.xhtml?token=" + token).body());
        assertNull(byAddress.getElementById("loginName"), "a token in the query string opens nothing");
        assertNotNull(byAddress.getElementById("open:token"), "only the form the script posts the token with");

        // Two views of the link; the first sets the password, after two kind refusals.
        StaffClient person = StaffClient.anonymous();
        HttpResponse<String> first = person.openWelcomeLink(token);
        assertEquals(200, first.statusCode());
        assertEquals(login, Jsoup.parse(first.body()).getElementById("loginName").text(), "the login name to use");
        StaffClient other = StaffClient.anonymous();
        HttpResponse<String> second = other.openWelcomeLink(token);

        HttpResponse<String> tooShort = person.submitOn(first, "welcome",
                Map.of("welcome:password", "kort", "welcome:repeat", "kort"), "welcome:save");
        assertEquals("Dit wachtwoord is te kort. Kies er een van minstens 12 tekens, bijvoorbeeld een zin van een paar woorden.",
                Jsoup.parse(tooShort.body()).getElementById("welcome:problems").text());
        HttpResponse<String> withLogin = person.submitOn(tooShort, "welcome",
                Map.of("welcome:password", login + " is mijn naam", "welcome:repeat", login + " is mijn naam"), "welcome:save");
        assertEquals("Dit wachtwoord bevat uw gebruikersnaam. Kies een wachtwoord zonder uw gebruikersnaam.",
                Jsoup.parse(withLogin.body()).getElementById("welcome:problems").text());
        String password = "Groene fietsen op de brug " + login.length();
        HttpResponse<String> set = person.submitOn(withLogin, "welcome",
                Map.of("welcome:password", password, "welcome:repeat", password), "welcome:save");
        assertEquals(302, set.statusCode(), set.body());
        assertTrue(set.headers().firstValue("Location").orElse("").contains("/staff/login.xhtml?passwordSet=true"));
        assertEquals(1, TestDatabase.countAudit("staff:" + staffId, "STAFF_PASSWORD_SET", "staff:" + staffId));

        // The normal login works with it (the second factor is set up after it, as always).
        HttpResponse<String> login1 = StaffClient.anonymous().login(login, password, "");
        assertEquals(302, login1.statusCode());
        assertTrue(login1.headers().firstValue("Location").orElse("").contains("/staff/home"));

        // The link again, in a view opened before it was used, or anew: refused kindly, nothing changes.
        String hashBefore = passwordHash(staffId);
        HttpResponse<String> late = other.submitOn(second, "welcome",
                Map.of("welcome:password", "Een heel ander wachtwoord 7", "welcome:repeat", "Een heel ander wachtwoord 7"),
                "welcome:save");
        assertEquals(200, late.statusCode());
        assertTrue(Jsoup.parse(late.body()).getElementById("invalid").text().startsWith("Deze link werkt niet meer."),
                late.body());
        assertEquals(hashBefore, passwordHash(staffId), "the password did not change");
        assertEquals(200, StaffClient.anonymous().login(login, "Een heel ander wachtwoord 7", "").statusCode());
        Document again = Jsoup.parse(StaffClient.anonymous().openWelcomeLink(token).body());
        assertNotNull(again.getElementById("invalid"));
        assertNull(again.getElementById("welcome"), "no form to choose a password");
        assertTrue(TestDatabase.countAudit("anonymous", "STAFF_INVITATION_REFUSED", "invitation") >= 1);
        assertNoTraceOf(token);
    }

    @Test
    void anExpiredOrUnknownLinkIsRefusedKindlyAndChangesNothing() throws Exception {
        String login = newLogin("hr");
        String address = login + "@werk.test";
        long staffId = invite(login, "Henk Roos", "HR", address, "noord");
        String token = tokenIn(waitForMailTo(address, 1).get(0));

        StaffClient person = StaffClient.anonymous();
        HttpResponse<String> page = person.openWelcomeLink(token);
        assertNotNull(Jsoup.parse(page.body()).getElementById("welcome"), "valid before it expires");
        try (Connection c = TestDatabase.connect(); var st = c.prepareStatement(
                "update staff_invitation set expires_at = ? where staff_id = ?")) {
            st.setObject(1, OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1));
            st.setLong(2, staffId);
            assertEquals(1, st.executeUpdate());
        }
        String hashBefore = passwordHash(staffId);
        HttpResponse<String> late = person.submitOn(page, "welcome",
                Map.of("welcome:password", "Rode tulpen in de vaas", "welcome:repeat", "Rode tulpen in de vaas"), "welcome:save");
        assertEquals(200, late.statusCode());
        assertNotNull(Jsoup.parse(late.body()).getElementById("invalid"), late.body());
        assertEquals(hashBefore, passwordHash(staffId), "nothing changed");
        assertEquals(1, count("select count(*) from staff_account where password_pending = TRUE and id = " + staffId));
        assertEquals(200, StaffClient.anonymous().login(login, "Rode tulpen in de vaas", "").statusCode(), "no login");

        Document expired = Jsoup.parse(StaffClient.anonymous().openWelcomeLink(token).body());
        assertTrue(expired.getElementById("invalid").text().contains("Vraag de beheerder van het platform om een nieuwe link."));
        for (String unknown : List.of("bestaat-niet", "", "x".repeat(5000), "%27%3Cscript%3E")) {
            HttpResponse<String> answer = StaffClient.anonymous().openWelcomeLink(unknown, "en");
            assertEquals(200, answer.statusCode(), unknown);
            assertTrue(Jsoup.parse(answer.body()).getElementById("invalid").text()
                    .contains("This link is no longer valid."), answer.body());
        }
    }

    @Test
    void aPasswordResetEndsTheOldPasswordAndEverySessionAndMailsANewLink() throws Exception {
        String login = newLogin("reset");
        String address = login + "@werk.test";
        long staffId = invite(login, "Rita Reset", "CONFIDANT", address, "demo");
        String oldPassword = "Oude wachtwoord van Rita 1";
        choosePassword(tokenIn(waitForMailTo(address, 1).get(0)), oldPassword);
        StaffClient session = StaffClient.loggedInAs(login, oldPassword);
        assertEquals(200, session.get("/staff/password.xhtml").statusCode(), "logged in");

        // The confirmation names the person; nothing changes before it.
        HttpResponse<String> page = platform().get("/platform/index.xhtml?lang=nl");
        String reset = Jsoup.parse(page.body()).select("button[title=Wachtwoord resetten: " + login + "]").attr("name");
        assertFalse(reset.isEmpty(), "a reset button per staff member");
        HttpResponse<String> asked = platform().submitOn(page, "staffForm", Map.of(), reset);
        assertTrue(Jsoup.parse(asked.body()).getElementById("staffForm:passwordConfirmation").text().contains("Rita Reset"));
        assertEquals(0, count("select count(*) from staff_account where password_pending = TRUE and id = " + staffId));
        HttpResponse<String> done = platform().submitOn(asked, "staffForm", Map.of(), "staffForm:confirmPasswordReset");
        assertTrue(Jsoup.parse(done.body()).getElementById("staffForm:staffMessages").text().contains("Rita Reset"), done.body());

        assertEquals(200, StaffClient.anonymous().login(login, oldPassword, "").statusCode(), "the old password no longer works");
        HttpResponse<String> ended = session.get("/staff/password.xhtml");
        assertEquals(302, ended.statusCode(), "the open session ended");
        assertTrue(ended.headers().firstValue("Location").orElse("").contains("/staff/login.xhtml"));
        assertEquals(1, TestDatabase.countAudit("staff:" + TestDatabase.staffId("platform"), "STAFF_PASSWORD_RESET", "staff:" + staffId));

        List<MimeMessage> mails = waitForMailTo(address, 2);
        MimeMessage resetMail = mails.stream().filter(m -> subjectIs(m, "Meldpunt: kies een nieuw wachtwoord")).findFirst().orElseThrow();
        String newPassword = "Nieuw wachtwoord van Rita 2";
        choosePassword(tokenIn(resetMail), newPassword);
        assertEquals(302, StaffClient.anonymous().login(login, newPassword, "").statusCode(), "the new password works");
    }

    /** ASVS 6.4.3: a password reset does not take the second factor away; the new password alone does not log in. */
    @Test
    void aPasswordResetKeepsTheSecondFactor() throws Exception {
        String login = newLogin("factor");
        String address = login + "@werk.test";
        invite(login, "Fenna Factor", "CONFIDANT", address, "demo");
        choosePassword(tokenIn(waitForMailTo(address, 1).get(0)), "Eerste wachtwoord van Fenna 1");
        StaffClient first = StaffClient.anonymous();
        assertEquals(302, first.login(login, "Eerste wachtwoord van Fenna 1", "").statusCode(), "no factor yet");
        String secret = Jsoup.parse(first.get("/staff/enrol.xhtml").body()).getElementById("secret").text();
        HttpResponse<String> enrolled = first.submit("/staff/enrol.xhtml", "enrol",
                Map.of("enrol:code", TestTotp.codeFor(secret, login)), "enrol:confirm");
        assertEquals(302, enrolled.statusCode(), "the factor is set up");

        HttpResponse<String> page = platform().get("/platform/index.xhtml?lang=nl");
        String reset = Jsoup.parse(page.body()).select("button[title=Wachtwoord resetten: " + login + "]").attr("name");
        HttpResponse<String> asked = platform().submitOn(page, "staffForm", Map.of(), reset);
        platform().submitOn(asked, "staffForm", Map.of(), "staffForm:confirmPasswordReset");
        MimeMessage resetMail = waitForMailTo(address, 2).stream()
                .filter(m -> subjectIs(m, "Meldpunt: kies een nieuw wachtwoord")).findFirst().orElseThrow();
        String newPassword = "Tweede wachtwoord van Fenna 2";
        choosePassword(tokenIn(resetMail), newPassword);

        assertEquals(200, StaffClient.anonymous().login(login, newPassword, "").statusCode(),
                "the new password alone does not log in: the factor is still asked");
        assertEquals(302, StaffClient.anonymous().login(login, newPassword, TestTotp.codeFor(secret, login)).statusCode(),
                "with the authenticator's code it does");
    }

    @Test
    void aStaffMemberTakenOutOfServiceCannotLogInAndLeavesTheEntryPageUntilTakenBack() throws Exception {
        String login = newLogin("uit");
        String address = login + "@werk.test";
        long staffId = invite(login, "Otto Uitdienst", "CONFIDANT", address, "noord");
        String password = "Wachtwoord van Otto Uitdienst 1";
        choosePassword(tokenIn(waitForMailTo(address, 1).get(0)), password);
        StaffClient session = StaffClient.loggedInAs(login, password);
        assertEquals(200, session.get("/staff/password.xhtml").statusCode(), "logged in");
        assertTrue(StaffClient.anonymous().get("/m/noord").body().contains("Otto Uitdienst"), "on the entry page");

        HttpResponse<String> done = toggleActive(login, "Uit dienst nemen", "Otto Uitdienst uit dienst nemen?");
        assertTrue(Jsoup.parse(done.body()).getElementById("staffForm:staffMessages").text().contains("Otto Uitdienst is uit dienst genomen"),
                done.body());
        assertEquals(200, StaffClient.anonymous().login(login, password, "").statusCode(), "no login works");
        HttpResponse<String> ended = session.get("/staff/password.xhtml");
        assertEquals(302, ended.statusCode(), "the open session ended at once");
        assertFalse(StaffClient.anonymous().get("/m/noord").body().contains("Otto Uitdienst"), "gone from the entry page");
        String platformActor = "staff:" + TestDatabase.staffId("platform");
        assertEquals(1, TestDatabase.countAudit(platformActor, "STAFF_DEACTIVATED", "staff:" + staffId));

        done = toggleActive(login, "Weer in dienst nemen", "Otto Uitdienst weer in dienst nemen?");
        assertTrue(Jsoup.parse(done.body()).getElementById("staffForm:staffMessages").text().contains("weer in dienst genomen"));
        assertEquals(302, StaffClient.anonymous().login(login, password, "").statusCode(), "the password works again");
        assertEquals(1, TestDatabase.countAudit(platformActor, "STAFF_REACTIVATED", "staff:" + staffId));
    }

    /** Asks to take someone out of service (or back), checks the confirmation names them, and confirms. */
    private static HttpResponse<String> toggleActive(String login, String button, String confirmation) {
        HttpResponse<String> page = platform().get("/platform/index.xhtml?lang=nl");
        String name = Jsoup.parse(page.body()).select("button[title=" + button + ": " + login + "]").attr("name");
        assertFalse(name.isEmpty(), "a button per staff member: " + button);
        HttpResponse<String> asked = platform().submitOn(page, "staffForm", Map.of(), name);
        assertTrue(Jsoup.parse(asked.body()).getElementById("staffForm:activeConfirmation").text().contains(confirmation), asked.body());
        return platform().submitOn(asked, "staffForm", Map.of(), "staffForm:confirmActive");
    }

    @Test
    void aConfidantsOrganisationsChangeOnThePageAuditedBeforeAndAfter() throws Exception {
        String login = newLogin("extern");
        long staffId = invite(login, "Eva Extern", "CONFIDANT", login + "@werk.test", "demo");
        String demo = String.valueOf(TestDatabase.organisationId("demo"));
        String noord = String.valueOf(TestDatabase.organisationId("noord"));
        String platformActor = "staff:" + TestDatabase.staffId("platform");

        // The entry pages are kept between changes (PublicPageChanges): seen just before, they show the change at once.
        assertFalse(StaffClient.anonymous().get("/m/noord").body().contains("Eva Extern"));
        change(login, List.of(demo, noord));
        assertEquals(java.util.Set.of(demo, noord), java.util.Set.copyOf(organisationsOf(staffId)));
        assertEquals(1, countChange(platformActor, staffId, "organisations: demo → demo, noord"));
        assertTrue(StaffClient.anonymous().get("/m/noord").body().contains("Eva Extern"), "noord's entry page shows her at once");

        assertTrue(StaffClient.anonymous().get("/m/demo").body().contains("Eva Extern"));
        change(login, List.of(noord));
        assertEquals(List.of(noord), organisationsOf(staffId));
        assertFalse(StaffClient.anonymous().get("/m/demo").body().contains("Eva Extern"), "demo's entry page no longer shows her");
        assertEquals(1, countChange(platformActor, staffId, "organisations: demo, noord → noord"));

        HttpResponse<String> none = change(login, List.of());
        assertEquals("Kies ten minste één organisatie.",
                Jsoup.parse(none.body()).getElementById("staffForm:servedOrganisationsMessage").text());
        assertEquals(List.of(noord), organisationsOf(staffId), "a confidant keeps at least one");
        assertEquals(2, count("select count(*) from audit_entry where action = 'STAFF_ORGANISATIONS_CHANGED' and subject = 'staff:"
                + staffId + "'"));
    }

    @Test
    void noOtherRoleReachesStaffAdministration() throws Exception {
        long someone = TestDatabase.staffId("vertrouwenspersoon");
        for (String login : List.of("beheerder", "vertrouwenspersoon", "hr")) {
            StaffClient client = StaffClient.loggedInAs(login, DemoData.DEMO_PASSWORD);
            assertEquals(403, client.get("/platform/index.xhtml").statusCode(), login);
            for (String method : List.of("overview", "invite", "changeOrganisations", "resetPassword", "setActive")) {
                assertEquals("DENIED", client.callService("StaffAdministration", method, String.valueOf(someone)), login + " " + method);
            }
        }
        assertEquals(0, count("select count(*) from staff_account where password_pending = TRUE and id = " + someone));
    }

    /** Invites through the platform page; the new account's id. */
    private static long invite(String login, String name, String role, String address, String... slugs) throws Exception {
        List<String> organisations = Arrays.stream(slugs).map(slug -> {
            try {
                return String.valueOf(TestDatabase.organisationId(slug));
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        HttpResponse<String> page = platform().get("/platform/index.xhtml?lang=nl");
        Map<String, List<String>> values = new LinkedHashMap<>();
        values.put("invite:login", List.of(login));
        values.put("invite:displayName", List.of(name));
        values.put("invite:mail", List.of(address));
        values.put("invite:role", List.of(role));
        values.put("invite:organisations", organisations);
        Document done = Jsoup.parse(platform().submitChoices(page, "invite", values, "invite:submit").body());
        assertNotNull(done.getElementById("invite:invited"), done.text());
        assertTrue(done.getElementById("invite:invited").text().contains(address));
        assertTrue(done.getElementById("staffForm:staff").text().contains(login), "in the staff list");
        long id = TestDatabase.staffId(login);
        assertEquals(1, count("select count(*) from staff_account where password_pending = TRUE and id = " + id));
        return id;
    }

    private static HttpResponse<String> change(String login, List<String> organisations) {
        HttpResponse<String> page = platform().get("/platform/index.xhtml?lang=nl");
        String edit = Jsoup.parse(page.body()).select("button[title=Organisaties wijzigen: " + login + "]").attr("name");
        assertFalse(edit.isEmpty(), "a change button per confidant");
        HttpResponse<String> editing = platform().submitOn(page, "staffForm", Map.of(), edit);
        assertNotNull(Jsoup.parse(editing.body()).getElementById("staffForm:organisationsEdit"), editing.body());
        return platform().submitChoices(editing, "staffForm", Map.of("staffForm:servedOrganisations", organisations),
                "staffForm:saveOrganisations");
    }

    private static void choosePassword(String token, String password) {
        StaffClient person = StaffClient.anonymous();
        HttpResponse<String> page = person.openWelcomeLink(token);
        HttpResponse<String> set = person.submitOn(page, "welcome",
                Map.of("welcome:password", password, "welcome:repeat", password), "welcome:save");
        assertEquals(302, set.statusCode(), set.body());
    }

    private static String tokenIn(MimeMessage mail) throws Exception {
        String text = (String) ((Multipart) mail.getContent()).getBodyPart(0).getContent();
        Matcher link = LINK.matcher(text);
        assertTrue(link.find(), text);
        String html = (String) ((Multipart) mail.getContent()).getBodyPart(1).getContent();
        assertTrue(html.contains("/staff/welcome.xhtml#token=" + link.group(1)), "the same link as a button");
        return link.group(1);
    }

    /** The token is in the mail only: not in the outbox, the audit trail or the server log. */
    private static void assertNoTraceOf(String token) throws Exception {
        assertEquals(0, count("select count(*) from outbox_mail where details like '%" + token + "%'"));
        assertEquals(0, count("select count(*) from audit_entry where subject like '%" + token + "%' or detail like '%" + token + "%'"));
        assertEquals(0, count("select count(*) from staff_invitation where token_hash = '" + token + "'"));
        Path log = Path.of(System.getProperty("payara.home", "target/payara6"), "glassfish/domains/domain1/logs/server.log");
        if (Files.exists(log)) {
            assertFalse(Files.readString(log, StandardCharsets.ISO_8859_1).contains(token), "no token in the server log");
        }
    }

    private static String sha256(String token) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    }

    private static String passwordHash(long staffId) throws Exception {
        try (Connection c = TestDatabase.connect(); var st = c.prepareStatement("select password_hash from staff_account where id = ?")) {
            st.setLong(1, staffId);
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static List<String> organisationsOf(long staffId) throws Exception {
        try (Connection c = TestDatabase.connect(); var st = c.prepareStatement(
                "select organisation_id from staff_organisation where staff_id = ? order by organisation_id")) {
            st.setLong(1, staffId);
            try (var rs = st.executeQuery()) {
                List<String> ids = new java.util.ArrayList<>();
                while (rs.next()) {
                    ids.add(String.valueOf(rs.getLong(1)));
                }
                return ids;
            }
        }
    }

    private static long countChange(String actor, long staffId, String detail) throws Exception {
        try (Connection c = TestDatabase.connect(); var st = c.prepareStatement(
                "select count(*) from audit_entry where actor = ? and action = 'STAFF_ORGANISATIONS_CHANGED' and subject = ? and detail = ?")) {
            st.setString(1, actor);
            st.setString(2, "staff:" + staffId);
            st.setString(3, detail);
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long count(String sql) throws Exception {
        try (Connection c = TestDatabase.connect(); var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static boolean subjectIs(MimeMessage mail, String subject) {
        try {
            return subject.equals(mail.getSubject());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<MimeMessage> waitForMailTo(String address, int count) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (mailsTo(address).size() < count) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("waited 60 s for " + count + " mail(s) to " + address);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return mailsTo(address);
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
}

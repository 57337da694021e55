package nl.meldpunt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.Map;
import nl.meldpunt.demo.DemoData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A staff member changes the own password from the staff bar: the current password is required (a
 * wrong one counts as a failed login, five lock the account), the new one twice and strong enough.
 * Afterwards the old password is refused, the new one works, this session stays and every other
 * session of the account has ended; the change is audited without the password, and the platform
 * admin's log shows it in words. Runs on an account of its own, so the demo accounts keep theirs.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffPasswordIT {

    private static final String NEW_PASSWORD = "paarse olifant op de fiets";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MeldpuntDeployment.ear();
    }

    @Test
    void aStaffMemberChangesTheOwnPasswordAndEveryOtherSessionEnds() throws Exception {
        String login = "it.wachtwoord." + System.currentTimeMillis();
        long staffId = createHrAccountLike("hr", login, "Wendy Wachtwoord");
        String actor = "staff:" + staffId;
        StaffClient here = StaffClient.loggedInAs(login, DemoData.DEMO_PASSWORD);
        StaffClient elsewhere = StaffClient.loggedInAs(login, DemoData.DEMO_PASSWORD);
        assertEquals(200, elsewhere.get("/hr/index.xhtml").statusCode());

        HttpResponse<String> home = here.get("/hr/index.xhtml");
        String link = Jsoup.parse(home.body()).getElementById("staffbar:changePassword").attr("href");
        assertTrue(link.endsWith("/staff/password.xhtml"), "reachable from the staff bar: " + link);

        assertTrue(change(here, "niet mijn wachtwoord", NEW_PASSWORD, NEW_PASSWORD).contains("Het huidige wachtwoord klopt niet"));
        assertEquals(1, failedLogins(staffId), "a wrong current password counts as a failed login");
        assertEquals(1, TestDatabase.countAudit(actor, "STAFF_PASSWORD_CHANGE_FAILED", actor));
        assertTrue(change(here, DemoData.DEMO_PASSWORD, "kort", "kort").contains("te kort"));
        assertTrue(change(here, DemoData.DEMO_PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "!").contains("niet gelijk"));
        assertTrue(change(here, DemoData.DEMO_PASSWORD, login + "-2026", login + "-2026").contains("bevat uw inlognaam"));

        String answer = change(here, DemoData.DEMO_PASSWORD, NEW_PASSWORD, NEW_PASSWORD);
        assertTrue(answer.contains("Uw wachtwoord is gewijzigd"), answer);
        assertEquals(1, TestDatabase.countAudit(actor, "STAFF_PASSWORD_CHANGED", actor));
        assertEquals(0, failedLogins(staffId), "a successful change starts the count again");
        try (Connection c = TestDatabase.connect(); var st = c.prepareStatement(
                "select password_hash, (select count(*) from audit_entry where subject like ? or actor like ?) from staff_account where id = ?")) {
            st.setString(1, "%olifant%");
            st.setString(2, "%olifant%");
            st.setLong(3, staffId);
            try (var rs = st.executeQuery()) {
                rs.next();
                assertTrue(rs.getString(1).startsWith("$argon2id$"), "Argon2id");
                assertFalse(rs.getString(1).contains("olifant"));
                assertEquals(0, rs.getLong(2), "no password in the audit trail");
            }
        }

        assertEquals(200, here.get("/hr/index.xhtml").statusCode(), "this session stays");
        HttpResponse<String> ended = elsewhere.get("/hr/index.xhtml");
        assertEquals(302, ended.statusCode(), "the other session has ended");
        assertTrue(ended.headers().firstValue("Location").orElse("").contains("/staff/login.xhtml?ended=true"));

        assertEquals(200, StaffClient.anonymous().login(login, DemoData.DEMO_PASSWORD).statusCode(), "the old password is refused");
        HttpResponse<String> withNew = StaffClient.anonymous().login(login, NEW_PASSWORD);
        assertEquals(302, withNew.statusCode(), "the new one works");
        assertTrue(withNew.headers().firstValue("Location").orElse("").contains("/staff/home"));

        // The platform admin's log says it in words, with the name and Amsterdam time.
        HttpResponse<String> platform = StaffClient.loggedInAs("platform", DemoData.DEMO_PASSWORD).get("/platform/index.xhtml");
        var rows = Jsoup.parse(platform.body()).select("[id$=latestAudit_data] tr");
        var row = rows.stream().filter(r -> r.text().contains("eigen wachtwoord gewijzigd")).findFirst().orElseThrow(
                () -> new AssertionError("no password change in the platform log: " + rows.text()));
        assertTrue(row.text().contains("Wendy Wachtwoord"), row.text());
        assertTrue(row.text().matches(".*\\d{1,2} [a-z]+ \\d{4} \\d{2}:\\d{2}.*"), "written-out local time: " + row.text());
        String log = rows.text();
        assertFalse(log.contains("staff:") || log.contains("STAFF_") || log.matches(".*\\d{2}:\\d{2}:\\d{2}.*Z.*"),
                "no raw codes or UTC timestamps: " + log);
    }

    @Test
    void fiveWrongCurrentPasswordsLockTheAccountLikeFailedLogins() throws Exception {
        String login = "it.slot." + System.currentTimeMillis();
        long staffId = createHrAccountLike("hr", login, "Simon Slot");
        StaffClient session = StaffClient.loggedInAs(login, DemoData.DEMO_PASSWORD);
        for (int i = 0; i < 4; i++) {
            assertTrue(change(session, "geraden " + i, NEW_PASSWORD, NEW_PASSWORD).contains("klopt niet"));
        }
        assertTrue(change(session, "geraden 5", NEW_PASSWORD, NEW_PASSWORD).contains("tijdelijk geblokkeerd"));
        assertTrue(change(session, DemoData.DEMO_PASSWORD, NEW_PASSWORD, NEW_PASSWORD).contains("tijdelijk geblokkeerd"),
                "while locked not even the right password helps");
        assertEquals(200, StaffClient.anonymous().login(login, DemoData.DEMO_PASSWORD).statusCode(), "and no login either");
        assertEquals(5, TestDatabase.countAudit("staff:" + staffId, "STAFF_PASSWORD_CHANGE_FAILED", "staff:" + staffId));
    }

    private static String change(StaffClient client, String current, String next, String repeat) {
        HttpResponse<String> answer = client.submit("/staff/password.xhtml", "password",
                Map.of("password:current", current, "password:new", next, "password:repeat", repeat), "password:save");
        assertEquals(200, answer.statusCode(), answer.body());
        var messages = Jsoup.parse(answer.body()).getElementById("messages");
        return messages == null ? "" : messages.text();
    }

    private static int failedLogins(long staffId) throws Exception {
        try (Connection c = TestDatabase.connect();
             var st = c.prepareStatement("select failed_logins from staff_account where id = ?")) {
            st.setLong(1, staffId);
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** A dedicated HR account (no second factor) with the demo password, in the organisation of the template. */
    static long createHrAccountLike(String template, String login, String name) throws Exception {
        try (Connection c = TestDatabase.connect()) {
            long id;
            try (var seq = c.prepareStatement("select nextval('staff_account_seq')"); var rs = seq.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
            try (var st = c.prepareStatement("""
                    insert into staff_account (id, login_name, display_name, password_hash, role, active, failed_logins, created_at, version)
                    select ?, ?, ?, password_hash, role, true, 0, now(), 0 from staff_account where login_name = ?""")) {
                st.setLong(1, id);
                st.setString(2, login);
                st.setString(3, name);
                st.setString(4, template);
                assertEquals(1, st.executeUpdate());
            }
            try (var st = c.prepareStatement("""
                    insert into staff_organisation (staff_id, organisation_id)
                    select ?, organisation_id from staff_organisation where staff_id = (select id from staff_account where login_name = ?)""")) {
                st.setLong(1, id);
                st.setString(2, template);
                st.executeUpdate();
            }
            return id;
        }
    }
}

package nl.meldpunt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The first platform admin of an installation without demo data (APP_FIRST_ADMIN): made only when no platform
 * admin is in service, with a link to choose the password that works once; then the second factor is set up
 * and the platform page opens. The start-up bean's own method is called (the test server has demo data, so
 * its platform admins are taken out of service for the test and put back after). On both databases.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FirstPlatformAdminIT {

    private static final Pattern LINK = Pattern.compile("/staff/welcome\\.xhtml#token=([A-Za-z0-9_-]+)");
    private static final String NOTHING = "ALLOWED Optional.empty";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MeldpuntDeployment.ear();
    }

    @Test
    void withoutAPlatformAdminInServiceTheConfiguredAccountIsMadeWithALinkThatWorksOnce() throws Exception {
        String login = "eerste." + Long.toString(System.nanoTime(), 36);
        assertEquals(NOTHING, ensure(login), "with a platform admin in service nothing is made");
        assertEquals(0, count("select count(*) from staff_account where login_name = '" + login + "'"));

        List<Long> inService = platformAdminsInService();
        assertTrue(!inService.isEmpty(), "the demo data has a platform admin");
        setActive(inService, false);
        try {
            assertEquals(NOTHING, ensure("Geen Geldige Naam"), "an invalid login name makes nothing");
            assertEquals(NOTHING, ensure("vertrouwenspersoon"), "nor does the name of an existing account");

            String answer = ensure(login);
            Matcher link = LINK.matcher(answer);
            assertTrue(link.find(), answer);
            String token = link.group(1);
            assertEquals(NOTHING, ensure(login + ".twee"), "once made, the new admin is in service: nothing more");
            long staffId = TestDatabase.staffId(login);
            assertEquals("PLATFORM_ADMIN", one("select role from staff_account where id = " + staffId));
            assertEquals(1, TestDatabase.countAudit("system", "STAFF_ACCOUNT_CREATED", "staff:" + staffId));
            assertEquals(0, count("select count(*) from staff_organisation where staff_id = " + staffId), "no organisation");

            String password = "Het eerste beheer begint hier 1";
            StaffClient person = StaffClient.anonymous();
            HttpResponse<String> welcome = person.openWelcomeLink(token);
            assertTrue(Jsoup.parse(welcome.body()).text().contains(login), "the welcome page names the account");
            assertEquals(302, person.submitOn(welcome, "welcome", Map.of("welcome:password", password, "welcome:repeat", password),
                    "welcome:save").statusCode());
            assertNull(Jsoup.parse(StaffClient.anonymous().openWelcomeLink(token).body()).getElementById("welcome"),
                    "the link works once");

            StaffClient admin = StaffClient.anonymous();
            assertEquals(302, admin.login(login, password, "").statusCode(), "the chosen password works");
            String secret = Jsoup.parse(admin.get("/staff/enrol.xhtml").body()).getElementById("secret").text();
            assertEquals(302, admin.submit("/staff/enrol.xhtml", "enrol", Map.of("enrol:code", TestTotp.codeFor(secret, login)),
                    "enrol:confirm").statusCode(), "the second factor is set up as for everyone");
            HttpResponse<String> platform = admin.get("/platform/index.xhtml");
            assertEquals(200, platform.statusCode());
            assertNotNull(Jsoup.parse(platform.body()).getElementById("healthDatabase"), "the platform admin's page");
        } finally {
            setActive(inService, true);
            try (Connection c = TestDatabase.connect();
                 var st = c.prepareStatement("update staff_account set active = false where login_name = ?")) {
                st.setString(1, login);
                st.executeUpdate();
            }
        }
    }

    private static String ensure(String login) {
        return StaffClient.anonymous().callService("FirstPlatformAdmin", "ensure", login);
    }

    private static List<Long> platformAdminsInService() throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = TestDatabase.connect(); var st = c.createStatement();
             var rs = st.executeQuery("select id from staff_account where role = 'PLATFORM_ADMIN' and active = true")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private static void setActive(List<Long> ids, boolean active) throws SQLException {
        try (Connection c = TestDatabase.connect();
             var st = c.prepareStatement("update staff_account set active = ? where id = ?")) {
            for (long id : ids) {
                st.setBoolean(1, active);
                st.setLong(2, id);
                st.executeUpdate();
            }
        }
    }

    private static long count(String sql) throws SQLException {
        return Long.parseLong(one(sql));
    }

    private static String one(String sql) throws SQLException {
        try (Connection c = TestDatabase.connect(); var st = c.createStatement(); var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}

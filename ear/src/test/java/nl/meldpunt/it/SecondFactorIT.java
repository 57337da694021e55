package nl.meldpunt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
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
 * The staff's second factor (TOTP, RFC 6238): an admin without one is sent to set it up (QR code and
 * secret), confirms it with the first code, and from then on needs a fresh code at every login; a
 * code is never accepted twice.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecondFactorIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MeldpuntDeployment.ear();
    }

    @Test
    void anAdminSetsUpTheSecondFactorAndThenAlwaysNeedsAFreshCodeUntilThePlatformAdminResetsIt() throws Exception {
        StaffClient admin = StaffClient.anonymous();
        assertEquals(302, admin.login("beheerder.noord", DemoData.DEMO_PASSWORD, "").statusCode(), "no factor yet: password suffices");
        HttpResponse<String> adminPage = admin.get("/admin/index.xhtml");
        assertEquals(302, adminPage.statusCode());
        assertTrue(adminPage.headers().firstValue("Location").orElse("").endsWith("/staff/enrol.xhtml"), "sent to set it up");

        var enrolPage = Jsoup.parse(admin.get("/staff/enrol.xhtml").body());
        String secret = enrolPage.getElementById("secret").text();
        assertTrue(enrolPage.select("img[src^=data:image/png;base64,]").size() == 1, "a QR code to scan");
        HttpResponse<String> wrong = admin.submit("/staff/enrol.xhtml", "enrol", Map.of("enrol:code", "000000"), "enrol:confirm");
        assertTrue(wrong.body().contains("Deze code klopt niet"), "a wrong code is refused");
        String code = TestTotp.codeFor(secret, "beheerder.noord");
        HttpResponse<String> confirmed = admin.submit("/staff/enrol.xhtml", "enrol", Map.of("enrol:code", code), "enrol:confirm");
        assertEquals(302, confirmed.statusCode());
        assertEquals(200, admin.get("/admin/index.xhtml").statusCode(), "set up: the admin pages open");

        assertEquals(200, StaffClient.anonymous().login("beheerder.noord", DemoData.DEMO_PASSWORD, "").statusCode(),
                "from now on the password alone is not enough");
        assertEquals(200, StaffClient.anonymous().login("beheerder.noord", DemoData.DEMO_PASSWORD, code).statusCode(),
                "a used code is never accepted again");
        String next = TestTotp.codeFor(secret, "beheerder.noord");
        StaffClient again = StaffClient.anonymous();
        assertEquals(302, again.login("beheerder.noord", DemoData.DEMO_PASSWORD, next).statusCode());
        assertEquals(200, again.get("/admin/index.xhtml").statusCode());

        // The phone is lost: the platform admin resets the factor, after a confirmation naming the account.
        String platformActor = "staff:" + TestDatabase.staffId("platform");
        String account = "staff:" + TestDatabase.staffId("beheerder.noord");
        long resetsBefore = TestDatabase.countAudit(platformActor, "STAFF_SECOND_FACTOR_RESET", account);
        StaffClient platform = StaffClient.loggedInAs("platform", DemoData.DEMO_PASSWORD);
        HttpResponse<String> platformPage = platform.get("/platform/index.xhtml");
        String resetButton = Jsoup.parse(platformPage.body()).select("button[id$=:reset][title$=: beheerder.noord]").attr("name");
        assertFalse(resetButton.isEmpty(), "an enrolled account has a reset button");
        HttpResponse<String> asked = platform.submitOn(platformPage, "staffForm", Map.of(), resetButton);
        assertTrue(Jsoup.parse(asked.body()).getElementById("staffForm:resetConfirmation").text().contains("Nina Noord"),
                "the confirmation names the staff member: " + asked.body());
        HttpResponse<String> done = platform.submitOn(asked, "staffForm", Map.of(), "staffForm:confirmReset");
        assertTrue(done.body().contains("is gewist en alle sessies zijn beëindigd"), done.body());
        assertEquals(resetsBefore + 1, TestDatabase.countAudit(platformActor, "STAFF_SECOND_FACTOR_RESET", account));

        HttpResponse<String> ended = again.get("/admin/index.xhtml");
        assertEquals(302, ended.statusCode(), "the open session of the account has ended");
        assertTrue(ended.headers().firstValue("Location").orElse("").contains("/staff/login.xhtml?ended=true"));
        StaffClient afterReset = StaffClient.anonymous();
        assertEquals(302, afterReset.login("beheerder.noord", DemoData.DEMO_PASSWORD, "").statusCode(), "the password alone again");
        assertTrue(afterReset.get("/admin/index.xhtml").headers().firstValue("Location").orElse("").endsWith("/staff/enrol.xhtml"),
                "and straight to setting up a new authenticator");
    }

    @Test
    void aConfidantWithTheFactorSetUpCannotLogInWithoutAValidCode() {
        assertEquals(200, StaffClient.anonymous().login("kader", DemoData.DEMO_PASSWORD, "123456").statusCode());
        assertEquals(302, StaffClient.anonymous().login("kader", DemoData.DEMO_PASSWORD).statusCode());
    }
}

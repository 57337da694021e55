package nl.meldpunt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import nl.meldpunt.demo.DemoData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Password fields (ASVS 6.2.6, 6.2.7, 6.2.9): every one is masked, nothing on it blocks pasting (no event
 * handler; the CSP forbids inline ones anyway), no field is shorter than 64 characters, and a staff password of
 * 64 characters is accepted and logs in. The reporter's login asks the browser not to store the password
 * (autocomplete="off": a reporter may share the computer with the person reported); pasting still works.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PasswordFieldsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MeldpuntDeployment.ear();
    }

    @Test
    void everyPasswordFieldIsMaskedPasteableAndLongEnough() throws Exception {
        assertPasswordField(page(StaffClient.anonymous(), "/staff/login.xhtml"), "login:password");
        assertPasswordField(page(StaffClient.anonymous(), "/melder/login.xhtml?org=demo"), "login:password");

        String login = "lang." + Long.toString(System.nanoTime(), 36);
        StaffPasswordIT.createHrAccountLike("hr", login, "Lotte Lang");
        StaffClient staff = StaffClient.loggedInAs(login, DemoData.DEMO_PASSWORD);
        Document change = page(staff, "/staff/password.xhtml");
        for (String id : new String[] {"password:current", "password:new", "password:repeat"}) {
            assertPasswordField(change, id);
        }
        StaffClient reporter = StaffClient.reporterWithNewReport("demo");
        Document own = page(reporter, "/melder/index.xhtml");
        assertPasswordField(own, "password:current");
        assertPasswordField(own, "password:new");

        String longPassword = "Een wachtwoord van precies vierenzestig tekens met spaties erin!";
        assertEquals(64, longPassword.length());
        HttpResponse<String> changed = staff.submit("/staff/password.xhtml", "password", Map.of("password:current",
                DemoData.DEMO_PASSWORD, "password:new", longPassword, "password:repeat", longPassword), "password:save");
        assertTrue(Jsoup.parse(changed.body()).getElementById("messages").text().contains("Uw wachtwoord is gewijzigd"),
                changed.body());
        assertEquals(302, StaffClient.anonymous().login(login, longPassword, "").statusCode(), "64 characters log in");
    }

    private static Document page(StaffClient client, String path) {
        HttpResponse<String> answer = client.get(path);
        assertEquals(200, answer.statusCode(), path);
        return Jsoup.parse(answer.body());
    }

    private static void assertPasswordField(Document page, String id) {
        Element field = page.getElementById(id);
        assertNotNull(field, id);
        assertEquals("password", field.attr("type"), id + " is masked");
        for (Attribute attribute : field.attributes()) {
            assertTrue(!attribute.getKey().toLowerCase().startsWith("on"), id + " has no handler: " + attribute);
        }
        assertTrue(!field.hasAttr("maxlength") || Integer.parseInt(field.attr("maxlength")) >= 64, id + " takes 64 characters");
    }
}

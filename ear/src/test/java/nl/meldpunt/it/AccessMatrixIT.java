package nl.meldpunt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ejb.Stateless;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.meldpunt.demo.DemoData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The access matrix of PRODUCT.md section 2, as data: every URL and every service method, tried
 * anonymously and with each staff role against the real server. Allowed ones must work; the others
 * must be refused (403 or the login page) and every 403 must leave an audit entry. A new page or
 * service without a row here fails the service completeness check. No answer, whatever its status,
 * may be kept by the browser's cache ({@code Cache-Control: no-store}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessMatrixIT {

    /** The demo account per role; ANONYMOUS has none. */
    private static final Map<String, String> LOGINS = new LinkedHashMap<>();

    static {
        LOGINS.put("ANONYMOUS", null);
        LOGINS.put("PLATFORM_ADMIN", "platform");
        LOGINS.put("ORG_ADMIN", "beheerder");
        LOGINS.put("CONFIDANT", "vertrouwenspersoon");
        LOGINS.put("HR", "hr");
        LOGINS.put("REPORTER", null); // a fresh report of the demo organisation, see clients()
    }

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MeldpuntDeployment.ear();
    }

    @Test
    void everyUrlAnswersEachRoleAsTheMatrixSays() throws Exception {
        List<String> failures = new ArrayList<>();
        Map<String, StaffClient> clients = clients();
        String demoCase = String.valueOf(TestDatabase.reportId(nl.meldpunt.demo.DemoReport.CASE_CODE));
        String noordCase = String.valueOf(TestDatabase.reportId(
                StaffClient.anonymous().get("/it-probe/new-report?org=noord").body().split(" ")[0]));
        for (String[] row : rows("access-matrix-urls.csv")) {
            String path = row[0].replace("{demoCase}", demoCase).replace("{noordCase}", noordCase)
                    .replace("{demoOrg}", String.valueOf(TestDatabase.organisationId("demo")))
                    .replace("{noordOrg}", String.valueOf(TestDatabase.organisationId("noord")));
            int column = 1;
            for (var role : LOGINS.entrySet()) {
                String expected = row[column++];
                StaffClient client = clients.get(role.getKey());
                String pathOnly = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
                String actor = role.getKey().equals("REPORTER") ? "reporter:" + client.caseCode()
                        : role.getValue() == null ? "anonymous" : "staff:" + TestDatabase.staffId(role.getValue());
                long auditBefore = TestDatabase.countAudit(actor, "ACCESS_DENIED", "url:" + pathOnly);
                HttpResponse<String> answer = client.get(path);
                String actual = outcome(answer);
                // The one exception (issue 13): an organisation's logo is public and the same for everyone.
                String cacheable = pathOnly.startsWith("/logo/") && answer.statusCode() == 200 ? "public, max-age=300" : "no-store";
                if (!answer.headers().firstValue("Cache-Control").orElse("").equals(cacheable)) {
                    failures.add(path + " as " + role.getKey() + ": may be cached (HTTP " + answer.statusCode()
                            + ", Cache-Control: " + answer.headers().allValues("Cache-Control") + ")");
                }
                if (!expected.equals(actual)) {
                    failures.add(path + " as " + role.getKey() + ": expected " + expected + " but was " + actual
                            + " (HTTP " + answer.statusCode() + " " + answer.headers().firstValue("Location").orElse("") + ")");
                } else if (expected.equals("forbidden")
                        && TestDatabase.countAudit(actor, "ACCESS_DENIED", "url:" + pathOnly) != auditBefore + 1) {
                    failures.add(path + " as " + role.getKey() + ": refused without exactly one audit entry");
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void everyServiceMethodChecksTheRoleAsTheMatrixSays() throws Exception {
        List<String> failures = new ArrayList<>();
        Map<String, StaffClient> clients = clients();
        long demoCase = TestDatabase.reportId(nl.meldpunt.demo.DemoReport.CASE_CODE);
        long demoOrg = TestDatabase.organisationId("demo");
        // removeLogo, allowed for the demo's admin, removes its logo: put back afterwards (an SVG cannot be uploaded).
        OrganisationLogoAndSlugIT.StoredLogo logo = OrganisationLogoAndSlugIT.StoredLogo.of(demoOrg);
        try {
            checkServices(failures, clients, demoCase, demoOrg);
        } finally {
            logo.restore(demoOrg);
        }
        assertEquals(List.of(), failures);
    }

    private void checkServices(List<String> failures, Map<String, StaffClient> clients, long demoCase, long demoOrg) throws IOException {
        for (String[] row : rows("access-matrix-services.csv")) {
            String[] beanAndMethod = row[0].split("#");
            String[] args = row.length > LOGINS.size() + 1
                    ? row[LOGINS.size() + 1].replace("{demoCase}", String.valueOf(demoCase))
                            .replace("{demoOrg}", String.valueOf(demoOrg)).split(",")
                    : new String[0];
            int column = 1;
            for (String role : LOGINS.keySet()) {
                String expected = row[column++];
                String answer = clients.get(role).callService(beanAndMethod[0], beanAndMethod[1], args);
                String actual = answer.startsWith("DENIED") ? "denied" : "allowed";
                if (!expected.equals(actual)) {
                    failures.add(row[0] + " as " + role + ": expected " + expected + " but was " + answer);
                }
            }
        }
    }

    @Test
    void aConfidantCannotOpenOrChangeACaseOfAnotherOrganisation() throws Exception {
        // Logged in before the case comes in, so that the case's key is wrapped to this confidant's key pair too
        // (issue 17; a confidant whose first login comes later gets it at a colleague's next login).
        StaffClient bothOrganisations = StaffClient.loggedInAs("kader", DemoData.DEMO_PASSWORD);
        String noordCase = String.valueOf(TestDatabase.reportId(
                StaffClient.anonymous().get("/it-probe/new-report?org=noord").body().split(" ")[0]));
        String demoCase = String.valueOf(TestDatabase.reportId(nl.meldpunt.demo.DemoReport.CASE_CODE));
        StaffClient demoConfidant = StaffClient.loggedInAs("vertrouwenspersoon", DemoData.DEMO_PASSWORD);
        for (String method : List.of("open", "moveTo", "chooseTrack", "addStep", "writeMessage")) {
            assertEquals("DENIED", demoConfidant.callService("CaseFileService", method, noordCase), method);
        }
        long staffId = TestDatabase.staffId("vertrouwenspersoon");
        assertTrue(TestDatabase.countAudit("staff:" + staffId, "ACCESS_DENIED", "report:" + noordCase) >= 5,
                "every refusal is audited");
        assertTrue(demoConfidant.callService("CaseFileService", "open", demoCase).startsWith("ALLOWED"));
        assertTrue(bothOrganisations.callService("CaseFileService", "open", noordCase).startsWith("ALLOWED"),
                "a confidant who serves both organisations opens both");
    }

    @Test
    void aReferralIsADatedRecordAndTellingThePartyAboutTheCaseNeedsConsent() throws Exception {
        String code = StaffClient.anonymous().get("/it-probe/new-report?org=demo").body().split(" ")[0];
        String id = String.valueOf(TestDatabase.reportId(code));
        String today = java.time.LocalDate.now().toString();
        String actor = "staff:" + TestDatabase.staffId("vertrouwenspersoon");
        StaffClient confidant = StaffClient.loggedInAs("vertrouwenspersoon", DemoData.DEMO_PASSWORD);

        assertEquals("ALLOWED null", confidant.callService("CaseFileService", "recordReferral", id, "PSYCHOLOGIST", today, "false",
                "Nummer van de psycholoog meegegeven"), "only referring the reporter tells no one anything");
        assertTrue(confidant.callService("CaseFileService", "recordReferral", id, "POLICE_REPORT", today, "true", "")
                .contains("ConsentMissing"), "telling the police without consent or breach record: refused");
        assertEquals(1, TestDatabase.countAudit(actor, "CASE_STEP_REFUSED_WITHOUT_CONSENT", "report:" + id + ":referral:POLICE_REPORT"));
        assertTrue(confidant.callService("CaseFileService", "recordReferral", id, "MEDIATOR",
                java.time.LocalDate.now().plusDays(5).toString(), "false", "").startsWith("REFUSED"), "not in the future");

        assertEquals("ALLOWED null", confidant.callService("CaseFileService", "recordConsent", id, "THIRD_PARTY"));
        assertEquals("ALLOWED null", confidant.callService("CaseFileService", "recordReferral", id, "COMPLAINTS_COMMITTEE", today,
                "true", ""), "with the reporter's consent to inform a third party");
        assertTrue(confidant.callService("CaseFileService", "recordReferral", id, "MANAGEMENT", today, "true", "")
                .contains("ConsentMissing"), "consent for a third party is not consent to inform the organisation");

        try (var c = TestDatabase.connect(); var st = c.prepareStatement(
                "select (select count(*) from case_referral r where r.report_id = g.report_id), g.referrals, g.formal_steps, "
                        + "(select string_agg(" + (TestDatabase.embedded() ? "utf8tostring(sealed_note)" : "encode(sealed_note, 'escape')")
                        + ", '') from case_referral r where r.report_id = g.report_id) "
                        + "from case_registration g where g.report_id = ?")) {
            st.setLong(1, Long.parseLong(id));
            try (var rs = st.executeQuery()) {
                assertTrue(rs.next(), "the referrals count in the registration form");
                assertEquals(2, rs.getLong(1));
                assertEquals("PSYCHOLOGIST", rs.getString(2));
                assertEquals("COMPLAINTS_COMMITTEE", rs.getString(3));
                assertFalse(String.valueOf(rs.getString(4)).contains("psycholoog"), "the note is sealed");
            }
        }
        String page = confidant.get("/console/case.xhtml?id=" + id).body();
        assertTrue(Jsoup.parse(page).getElementById("referralList").text().contains("Nummer van de psycholoog meegegeven"), page);
    }

    @Test
    void aBreachRecordNeedsTheConfirmationAndThenLetsAStepGoWithoutConsent() throws Exception {
        String code = StaffClient.anonymous().get("/it-probe/new-report?org=demo").body().split(" ")[0];
        String id = String.valueOf(TestDatabase.reportId(code));
        String today = java.time.LocalDate.now().toString();
        StaffClient confidant = StaffClient.loggedInAs("vertrouwenspersoon", DemoData.DEMO_PASSWORD);
        assertTrue(confidant.callService("CaseFileService", "addStep", id, "BRING_TO_ATTENTION", today, "x", "false")
                .contains("ConsentMissing"), "no consent, no breach record: refused");
        assertTrue(confidant.callService("CaseFileService", "recordBreach", id, "SAFETY_AT_STAKE", "Directeur", today,
                "Acuut gevaar", "false").startsWith("REFUSED"), "not without the confirmation");
        assertEquals("ALLOWED null", confidant.callService("CaseFileService", "recordBreach", id, "SAFETY_AT_STAKE",
                "Directeur", today, "Acuut gevaar", "true"));
        assertEquals("ALLOWED null", confidant.callService("CaseFileService", "addStep", id, "BRING_TO_ATTENTION", today, "x", "false"),
                "the legal exception");
        assertEquals(1, TestDatabase.countAudit("staff:" + TestDatabase.staffId("vertrouwenspersoon"),
                "CASE_CONFIDENTIALITY_BREACHED", "report:" + id + ":SAFETY_AT_STAKE"));
    }

    @Test
    void theMatrixCoversEveryPublicServiceMethod() throws Exception {
        Set<String> inMatrix = new TreeSet<>();
        for (String[] row : rows("access-matrix-services.csv")) {
            inMatrix.add(row[0]);
        }
        Set<String> services = new TreeSet<>();
        for (JavaClass service : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.meldpunt")) {
            if (service.isAnnotatedWith(Stateless.class)) {
                service.getMethods().stream()
                        .filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC))
                        .forEach(m -> services.add(service.getSimpleName() + "#" + m.getName()));
            }
        }
        assertEquals(services, inMatrix, "every public service method needs a row in access-matrix-services.csv");
    }

    private static Map<String, StaffClient> clients() {
        Map<String, StaffClient> clients = new LinkedHashMap<>();
        LOGINS.forEach((role, login) -> clients.put(role,
                role.equals("REPORTER") ? StaffClient.reporterWithNewReport("demo")
                        : login == null ? StaffClient.anonymous() : StaffClient.loggedInAs(login, DemoData.DEMO_PASSWORD)));
        return clients;
    }

    private static String outcome(HttpResponse<String> answer) {
        String location = answer.headers().firstValue("Location").orElse("");
        return switch (answer.statusCode()) {
            case 200 -> "ok";
            case 403 -> "forbidden";
            case 404 -> "notfound";
            case 302, 303 -> location.contains("/staff/login.xhtml") ? "login"
                    : location.contains("/melder/login.xhtml") ? "reporterlogin"
                    : location.matches(".*/(platform|admin|console|hr)/index\\.xhtml") ? "home" : "redirect " + location;
            default -> "HTTP " + answer.statusCode();
        };
    }

    private static List<String[]> rows(String resource) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (var in = new BufferedReader(new InputStreamReader(
                AccessMatrixIT.class.getClassLoader().getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split(";"));
                }
            }
        }
        return rows;
    }
}

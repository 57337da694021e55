package nl.meldpunt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.meldpunt.demo.DemoData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 13, the organisation admin's settings and branding: refused values say why and change nothing;
 * saved values count at once (the next report's status update, the entry page's colours); every changed
 * field leaves an audit entry with before → after; an admin changes only the own organisation.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrganisationSettingsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MeldpuntDeployment.ear();
    }

    @Test
    void settingsAreCheckedSavedTogetherAuditedAndCountForTheNextReport() throws Exception {
        long demo = TestDatabase.organisationId("demo");
        long noord = TestDatabase.organisationId("noord");
        String actor = "staff:" + TestDatabase.staffId("beheerder");
        StaffClient admin = StaffClient.loggedInAs("beheerder", DemoData.DEMO_PASSWORD);
        long mark = mark(demo);
        try {
            HttpResponse<String> refused = admin.submit("/admin/index.xhtml", "orgSettings",
                    Map.of("orgSettings:interval", "0", "orgSettings:threshold", "2", "orgSettings:checkin", "6"), "orgSettings:save");
            Document page = Jsoup.parse(refused.body());
            assertTrue(page.getElementById("orgSettings:intervalError").text()
                    .startsWith("Kies voor de statusupdate tussen 7 en 42 dagen (u vulde 0 in)"), refused.body());
            assertTrue(page.getElementById("orgSettings:thresholdError").text()
                    .startsWith("Kies een drempel voor kleine aantallen tussen 3 en 10 (u vulde 2 in)"), refused.body());
            assertEquals(List.of("14", "12", "24", "5"), settings(demo), "nothing saved, not even the valid check-in");

            HttpResponse<String> saved = admin.submit("/admin/index.xhtml", "orgSettings", Map.of("orgSettings:interval", "21",
                    "orgSettings:checkin", "6", "orgSettings:threshold", "7"), "orgSettings:save");
            assertTrue(saved.body().contains("De instellingen zijn opgeslagen en gelden direct."), saved.body());
            assertEquals(List.of("21", "6", "24", "7"), settings(demo));
            assertEquals(List.of("14", "12", "24", "5"), settings(noord), "the other organisation keeps its own");
            assertEquals(List.of("14 → 21"), details(demo, mark, actor, "ORGANISATION_SETTINGS_CHANGED", "statusUpdateIntervalDays"));
            assertEquals(List.of("12 → 6"), details(demo, mark, actor, "ORGANISATION_SETTINGS_CHANGED", "checkinAfterMonths"));
            assertEquals(List.of("5 → 7"), details(demo, mark, actor, "ORGANISATION_SETTINGS_CHANGED", "smallCountThreshold"));
            assertEquals(0, count("select count(*) from audit_entry where organisation_id = " + demo
                    + " and sequence_no > " + mark + " and action = 'ORGANISATION_RETENTION_CHANGED'"), "an unchanged field is not audited");

            // At once: a report made now gets its first status update after the new interval.
            String code = StaffClient.anonymous().get("/it-probe/new-report?org=demo").body().split(" ")[0];
            assertEquals(Duration.ofDays(21), statusUpdateDelay(TestDatabase.reportId(code)));
            String chain = admin.callService("OrganisationService", "verifyOwnAuditChain");
            assertTrue(chain.contains("firstBrokenSequence=null"), "the entries with a detail keep the chain intact: " + chain);
        } finally {
            admin.callService("OrganisationService", "changeSettings", "14", "12", "24", "5");
        }
        assertEquals(List.of("14 → 21", "21 → 14"), details(demo, mark, actor, "ORGANISATION_SETTINGS_CHANGED",
                "statusUpdateIntervalDays"), "the change back is audited too");
    }

    @Test
    void coloursThatFailTheContrastCheckAreRefusedWithTheirRatioAndSavedOnesShowOnTheEntryPage() throws Exception {
        long demo = TestDatabase.organisationId("demo");
        String actor = "staff:" + TestDatabase.staffId("beheerder");
        StaffClient admin = StaffClient.loggedInAs("beheerder", DemoData.DEMO_PASSWORD);
        long mark = mark(demo);
        try {
            HttpResponse<String> refused = admin.submit("/admin/index.xhtml", "branding",
                    Map.of("branding:primary", "#ffd700", "branding:accent", "#1D5C2E"), "branding:save");
            assertTrue(refused.body().contains("De hoofdkleur #FFD700 heeft met #FFFFFF een contrast van 1.40:1; nodig is minstens 4.5:1"),
                    refused.body());
            assertTrue(refused.body().contains("De hoofdkleur #FFD700 heeft met #F6F7F9 een contrast van 1.30:1"), refused.body());
            HttpResponse<String> accent = admin.submit("/admin/index.xhtml", "branding",
                    Map.of("branding:accent", "#FFD700"), "branding:save");
            assertTrue(accent.body().contains("De accentkleur #FFD700 heeft met #FFFFFF een contrast van 1.40:1; nodig is minstens 3:1"),
                    accent.body());
            assertTrue(StaffClient.anonymous().get("/theme/demo.css").body().contains("--mp-primary:#00557F"), "nothing saved");
            assertEquals(0, count("select count(*) from audit_entry where organisation_id = " + demo
                    + " and sequence_no > " + mark + " and action = 'ORGANISATION_BRANDING_CHANGED'"), "nothing audited");

            // The entry page is kept between changes (PublicPageChanges): seen just before, it shows the new name at once.
            assertTrue(Jsoup.parse(StaffClient.anonymous().get("/m/demo").body()).title().contains("Gemeente Voorbeeldstad"));
            HttpResponse<String> saved = admin.submit("/admin/index.xhtml", "branding", Map.of("branding:name", "Gemeente Nieuwstad",
                    "branding:primary", "#1d5c2e", "branding:accent", "#B35900"), "branding:save");
            assertTrue(saved.body().contains("Naam en huisstijl zijn opgeslagen."), saved.body());
            String css = StaffClient.anonymous().get("/theme/demo.css").body();
            assertTrue(css.contains("--mp-primary:#1D5C2E") && css.contains("--mp-accent:#B35900"), css);
            assertTrue(Jsoup.parse(StaffClient.anonymous().get("/m/demo").body()).title().contains("Gemeente Nieuwstad"));
            assertEquals(List.of("Gemeente Voorbeeldstad → Gemeente Nieuwstad"),
                    details(demo, mark, actor, "ORGANISATION_BRANDING_CHANGED", "name"));
            assertEquals(List.of("#00557F → #1D5C2E"), details(demo, mark, actor, "ORGANISATION_BRANDING_CHANGED", "primaryColour"));
            assertEquals(List.of("#E17000 → #B35900"), details(demo, mark, actor, "ORGANISATION_BRANDING_CHANGED", "accentColour"));

            Document page = Jsoup.parse(admin.get("/admin/index.xhtml").body());
            assertTrue(page.getElementById("intranetUrl").val().endsWith("/m/demo"), page.getElementById("intranetUrl").val());
            String snippet = page.getElementById("snippet").text();
            assertTrue(snippet.startsWith("<a href=\"") && snippet.contains("/m/demo\"") && snippet.contains("background:#1D5C2E")
                    && snippet.contains("Vertrouwelijk melden bij Gemeente Nieuwstad</a>") && !snippet.contains("<script"), snippet);
        } finally {
            admin.callService("OrganisationService", "changeBranding", "Gemeente Voorbeeldstad", "#00557F", "#E17000");
        }
        assertTrue(StaffClient.anonymous().get("/theme/demo.css").body().contains("--mp-primary:#00557F"));
    }

    @Test
    void anOrganisationAdminChangesOnlyTheOwnOrganisationAndNoOtherRoleChangesAny() throws Exception {
        long demo = TestDatabase.organisationId("demo");
        long noord = TestDatabase.organisationId("noord");
        StaffClient noordAdmin = StaffClient.loggedInAs("beheerder.noord", DemoData.DEMO_PASSWORD);
        try {
            assertTrue(noordAdmin.callService("OrganisationService", "changeSettings", "28", "9", "36", "6").startsWith("ALLOWED"));
            assertTrue(noordAdmin.callService("OrganisationService", "changeBranding", "Zorggroep Noord", "#2E6B30", "#7A2E8C")
                    .startsWith("ALLOWED"));
            assertEquals(List.of("28", "9", "36", "6"), settings(noord));
            assertEquals(List.of("14", "12", "24", "5"), settings(demo), "the admin of noord cannot reach demo");
            assertTrue(StaffClient.anonymous().get("/theme/demo.css").body().contains("--mp-accent:#E17000"));
            assertTrue(StaffClient.anonymous().get("/theme/noord.css").body().contains("--mp-accent:#7A2E8C"));
            assertTrue(noordAdmin.callService("OrganisationService", "changeSettings", "28", "9", "36", "2").startsWith("REFUSED"),
                    "the service refuses a threshold below 3 too, not only the page");
        } finally {
            noordAdmin.callService("OrganisationService", "changeSettings", "14", "12", "24", "5");
            noordAdmin.callService("OrganisationService", "changeBranding", "Zorggroep Noord", "#2E6B30", "#8A4F9E");
        }
        for (String login : List.of("platform", "vertrouwenspersoon", "hr.noord")) {
            StaffClient other = StaffClient.loggedInAs(login, DemoData.DEMO_PASSWORD);
            assertEquals("DENIED", other.callService("OrganisationService", "changeSettings", "28", "9", "36", "6"), login);
            assertEquals("DENIED", other.callService("OrganisationService", "changeBranding", "X", "#000000", "#000000"), login);
        }
        assertEquals(List.of("14", "12", "24", "5"), settings(noord));
    }

    private static List<String> settings(long organisation) throws SQLException {
        try (var c = TestDatabase.connect(); var st = c.prepareStatement("select status_update_interval_days, checkin_after_months, "
                + "retention_months, small_count_threshold from organisation where id = ?")) {
            st.setLong(1, organisation);
            try (var rs = st.executeQuery()) {
                rs.next();
                return List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
            }
        }
    }

    /** The newest sequence number in the organisation's audit chain: later entries are this test's. */
    private static long mark(long organisation) throws SQLException {
        return count("select coalesce(max(sequence_no), 0) from audit_entry where organisation_id = " + organisation);
    }

    /** The before → after of the entries for one field, oldest first. */
    private static List<String> details(long organisation, long since, String actor, String action, String field) throws SQLException {
        try (var c = TestDatabase.connect(); var st = c.prepareStatement("select detail from audit_entry where organisation_id = ? "
                + "and sequence_no > ? and actor = ? and action = ? and subject = ? order by sequence_no")) {
            st.setLong(1, organisation);
            st.setLong(2, since);
            st.setString(3, actor);
            st.setString(4, action);
            st.setString(5, "organisation:" + organisation + ":" + field);
            List<String> details = new ArrayList<>();
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    details.add(rs.getString(1));
                }
            }
            return details;
        }
    }

    private static long count(String sql) throws SQLException {
        try (var c = TestDatabase.connect(); var st = c.prepareStatement(sql); var rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Duration statusUpdateDelay(long report) throws SQLException {
        try (var c = TestDatabase.connect(); var st = c.prepareStatement(
                "select submitted_at, next_status_mail_at from report where id = ?")) {
            st.setLong(1, report);
            try (var rs = st.executeQuery()) {
                rs.next();
                return Duration.between(rs.getObject(1, OffsetDateTime.class), rs.getObject(2, OffsetDateTime.class));
            }
        }
    }
}

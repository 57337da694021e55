package nl.meldpunt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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

/**
 * Issue 13, the platform admin's side of an organisation's life: creating one in the browser (with
 * validation in Dutch and English, a taken slug refused, the default questions and tips so that its
 * entry page and wizard work at once), suspending it (the entry page and the wizard say so with the
 * "where to go instead" text, escaped; no report can be stored, even through the service; the reporter
 * still logs in, the confidant still opens the case), archiving and making it active again, each change
 * audited with the status before and after; and the health figures read from the database.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrganisationLifecycleIT {

    /** One login per account for the whole class: every login uses up a one-time code. */
    private static StaffClient platform;
    private static StaffClient confidant;

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

    private static synchronized StaffClient confidant() {
        if (confidant == null) {
            confidant = StaffClient.loggedInAs("vertrouwenspersoon", DemoData.DEMO_PASSWORD);
        }
        return confidant;
    }

    private static String newSlug(String prefix) {
        return prefix + "-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    @Test
    void thePlatformAdminCreatesAnOrganisationThatWorksAtOnce() throws Exception {
        String platformActor = "staff:" + TestDatabase.staffId("platform");

        // Validation, in Dutch: nothing is created.
        HttpResponse<String> page = platform().get("/platform/index.xhtml?lang=nl");
        Document refused = Jsoup.parse(platform().submitOn(page, "create",
                Map.of("create:slug", "Niet Goed!", "create:name", "  "), "create:submit").body());
        assertEquals("Gebruik 3 tot 40 tekens: kleine letters, cijfers en streepjes (niet aan het begin of eind).",
                refused.getElementById("create:slugMessage").text());
        assertEquals("Vul de naam van de organisatie in.", refused.getElementById("create:nameMessage").text());
        assertEquals(0, count("select count(*) from organisation where slug = 'Niet Goed!'"));

        // And in English.
        page = platform().get("/platform/index.xhtml?lang=en");
        refused = Jsoup.parse(platform().submitOn(page, "create", Map.of("create:slug", "ab", "create:name", "Acme"),
                "create:submit").body());
        assertEquals("Use 3 to 40 characters: lower-case letters, digits and hyphens (not at the start or end).",
                refused.getElementById("create:slugMessage").text());
        assertEquals(0, count("select count(*) from organisation where name = 'Acme' and slug = 'ab'"));

        // A good one.
        String slug = newSlug("stichting");
        page = platform().get("/platform/index.xhtml?lang=nl");
        Document created = Jsoup.parse(platform().submitOn(page, "create",
                Map.of("create:slug", slug, "create:name", "Stichting Proef"), "create:submit").body());
        assertTrue(created.getElementById("create:created").text().contains("/m/" + slug), created.text());
        assertTrue(created.getElementById("organisations:organisationList").text().contains("Stichting Proef"));
        long id = TestDatabase.organisationId(slug);
        assertEquals(1, count("select count(*) from question_set where organisation_id = " + id), "default questions, version 1");
        assertEquals(1, count("select count(*) from tip_set where organisation_id = " + id), "default tips, version 1");
        assertEquals(1, TestDatabase.countAudit(platformActor, "ORGANISATION_CREATED", "organisation:" + id));

        // Its entry page and wizard work at once, and a report can be made.
        HttpResponse<String> entry = StaffClient.anonymous().get("/m/" + slug);
        assertEquals(200, entry.statusCode());
        assertNotNull(Jsoup.parse(entry.body()).getElementById("start"), "the entry page offers to make a report");
        HttpResponse<String> wizard = StaffClient.anonymous().get("/melden.xhtml?org=" + slug);
        assertEquals(200, wizard.statusCode());
        assertNotNull(Jsoup.parse(wizard.body()).getElementById("wizard"), "the wizard asks the default questions");
        assertEquals(200, StaffClient.anonymous().get("/it-probe/new-report?org=" + slug).statusCode());

        // The same slug again is refused; nothing changes.
        page = platform().get("/platform/index.xhtml?lang=nl");
        Document taken = Jsoup.parse(platform().submitOn(page, "create",
                Map.of("create:slug", slug, "create:name", "Nog een stichting"), "create:submit").body());
        assertEquals("Dit adres is al in gebruik. Kies een ander adres.", taken.getElementById("create:slugMessage").text());
        assertEquals(1, count("select count(*) from organisation where slug = '" + slug + "'"));
        assertEquals(0, count("select count(*) from organisation where name = 'Nog een stichting'"));
    }

    @Test
    void aSuspendedOrganisationTakesNoReportButItsCasesGoOn() throws Exception {
        String slug = newSlug("opgeschort");
        long id = created(slug, "Opgeschorte Stichting");
        long confidantId = TestDatabase.staffId("vertrouwenspersoon");
        assign(confidantId, id);
        try {
            String[] credentials = StaffClient.anonymous().get("/it-probe/new-report?org=" + slug).body().split(" ");
            long reportId = TestDatabase.reportId(credentials[0]);

            // Suspend through the page: first a confirmation naming the organisation, then the text.
            HttpResponse<String> page = platform().get("/platform/index.xhtml?lang=nl");
            String suspend = Jsoup.parse(page.body()).select("button[title=Opschorten: " + slug + "]").attr("name");
            assertFalse(suspend.isEmpty(), "a suspend button per organisation");
            HttpResponse<String> asked = platform().submitOn(page, "organisations", Map.of(), suspend);
            String confirmation = Jsoup.parse(asked.body()).getElementById("organisations:closeConfirmation").text();
            assertTrue(confirmation.contains("Opgeschorte Stichting"), confirmation);
            assertEquals("ACTIVE", status(id), "nothing changes before the confirmation");
            String notice = "Bel de vertrouwenspersoon van <b>de regio</b>: 0800-1234 & vraag naar Anna.";
            platform().submitOn(asked, "organisations", Map.of("organisations:notice", notice), "organisations:confirmClose");
            assertEquals("SUSPENDED", status(id));
            assertEquals(1, TestDatabase.countAudit("staff:" + TestDatabase.staffId("platform"), "ORGANISATION_STATUS_CHANGED",
                    "organisation:" + id + ":ACTIVE>SUSPENDED"), "audited with the status before and after");

            // The entry page says kindly that reporting is closed, and where to go instead (escaped).
            HttpResponse<String> entry = StaffClient.anonymous().get("/m/" + slug);
            assertEquals(200, entry.statusCode());
            Document entryPage = Jsoup.parse(entry.body());
            assertEquals("Melden is hier op dit moment niet mogelijk", entryPage.getElementById("closed-heading").text());
            assertEquals(notice, entryPage.getElementById("closedNotice").text());
            assertTrue(entry.body().contains("&lt;b&gt;de regio&lt;/b&gt;"), "the text is shown as text");
            assertTrue(entryPage.select("b").isEmpty(), "no markup from the text");
            assertEquals(null, entryPage.getElementById("start"), "no way to start a report");
            assertNotNull(entryPage.getElementById("dashboard"), "reporters with a case code can still log in");
            // ... and so does the wizard.
            Document wizard = Jsoup.parse(StaffClient.anonymous().get("/melden.xhtml?org=" + slug).body());
            assertEquals(null, wizard.getElementById("wizard"), "no form");
            assertEquals(notice, wizard.getElementById("closedNotice").text());

            // No report can be stored, not even through the service.
            long reports = count("select count(*) from report where organisation_id = " + id);
            HttpResponse<String> refused = StaffClient.anonymous().get("/it-probe/new-report?org=" + slug);
            assertEquals(409, refused.statusCode());
            assertEquals("CLOSED", refused.body());
            assertEquals(reports, count("select count(*) from report where organisation_id = " + id));

            // The reporter still logs in; the confidant still opens the case and still has the organisation in the list.
            HttpResponse<String> login = StaffClient.anonymous().loginAsReporter(credentials[0], credentials[1]);
            assertEquals(302, login.statusCode());
            assertTrue(login.headers().firstValue("Location").orElse("").contains("/melder/index.xhtml"));
            assertTrue(confidant().callService("CaseFileService", "open", String.valueOf(reportId)).startsWith("ALLOWED"));
            assertTrue(confidant().callService("OrganisationService", "assignedToMe").contains("Opgeschorte Stichting"));
        } finally {
            unassign(confidantId, id);
        }
    }

    @Test
    void anArchivedOrganisationLeavesTheConfidantsListAndCanBeActivatedAgain() throws Exception {
        String slug = newSlug("archief");
        long id = created(slug, "Gearchiveerde Stichting");
        long confidantId = TestDatabase.staffId("vertrouwenspersoon");
        String platformActor = "staff:" + TestDatabase.staffId("platform");
        assign(confidantId, id);
        try {
            String[] credentials = StaffClient.anonymous().get("/it-probe/new-report?org=" + slug).body().split(" ");
            long reportId = TestDatabase.reportId(credentials[0]);
            assertTrue(confidant().callService("OrganisationService", "assignedToMe").contains("Gearchiveerde Stichting"));

            assertTrue(platform().callService("OrganisationLifecycleService", "archive", String.valueOf(id),
                    "Ga naar het Huis voor Klokkenluiders.").startsWith("ALLOWED"));
            assertEquals("ARCHIVED", status(id));
            assertEquals(1, TestDatabase.countAudit(platformActor, "ORGANISATION_STATUS_CHANGED", "organisation:" + id + ":ACTIVE>ARCHIVED"));
            assertFalse(confidant().callService("OrganisationService", "assignedToMe").contains("Gearchiveerde Stichting"),
                    "left out of the confidant's list");
            assertTrue(confidant().callService("CaseFileService", "open", String.valueOf(reportId)).startsWith("ALLOWED"),
                    "the open case stays workable");
            Document entry = Jsoup.parse(StaffClient.anonymous().get("/m/" + slug).body());
            assertEquals("Ga naar het Huis voor Klokkenluiders.", entry.getElementById("closedNotice").text());
            assertEquals(409, StaffClient.anonymous().get("/it-probe/new-report?org=" + slug).statusCode());
            assertTrue(platform().callService("OrganisationLifecycleService", "archive", String.valueOf(id), "")
                    .contains("status.unchanged"), "archiving twice is refused");

            assertTrue(platform().callService("OrganisationLifecycleService", "reactivate", String.valueOf(id)).startsWith("ALLOWED"));
            assertEquals("ACTIVE", status(id));
            assertEquals(1, TestDatabase.countAudit(platformActor, "ORGANISATION_STATUS_CHANGED", "organisation:" + id + ":ARCHIVED>ACTIVE"));
            entry = Jsoup.parse(StaffClient.anonymous().get("/m/" + slug).body());
            assertNotNull(entry.getElementById("start"));
            assertEquals(null, entry.getElementById("closed"));
            assertEquals(200, StaffClient.anonymous().get("/it-probe/new-report?org=" + slug).statusCode());
            assertTrue(confidant().callService("OrganisationService", "assignedToMe").contains("Gearchiveerde Stichting"));

            assertTrue(platform().callService("OrganisationLifecycleService", "suspend", String.valueOf(id), "x".repeat(501))
                    .contains("notice.tooLong"), "at most 500 characters");
            assertEquals("ACTIVE", status(id));
            try (Connection c = TestDatabase.connect(); var st = c.prepareStatement(
                    "select count(*) from audit_entry where action = 'ORGANISATION_STATUS_CHANGED' and organisation_id = ? "
                            + "and subject not like ?")) {
                st.setLong(1, id);
                st.setString(2, "organisation:" + id + ":%>%");
                try (var rs = st.executeQuery()) {
                    rs.next();
                    assertEquals(0, rs.getLong(1), "status entries hold the organisation and the statuses only");
                }
            }
        } finally {
            unassign(confidantId, id);
        }
    }

    @Test
    void anArchivedOrganisationsReportSchedulesStopAndStartAgainWhenItIsActive() throws Exception {
        String slug = newSlug("planning");
        long id = created(slug, "Stichting Zonder Rapporten");
        assertTrue(platform().callService("OrganisationLifecycleService", "archive", String.valueOf(id), "")
                .startsWith("ALLOWED"));
        long schedule = PublicationRuns.count("select coalesce(max(id), 0) + 1000 from publication_schedule where id > ?", -1);
        try (Connection c = TestDatabase.connect(); var st = c.prepareStatement(
                "insert into publication_schedule (id, organisation_id, kind, frequency, day_of_month) values (?, ?, 'TREND', 'QUARTERLY', 1)")) {
            st.setLong(1, schedule);
            st.setLong(2, id);
            assertEquals(1, st.executeUpdate());
        }
        // The last quarter is due for a schedule that has never run: an active organisation's would be
        // queued at the next tick (every 10 s).
        Thread.sleep(25_000);
        assertEquals(0, PublicationRuns.count("select count(*) from publication_run where schedule_id = ?", schedule),
                "no report for an organisation that is no longer a client");

        assertTrue(platform().callService("OrganisationLifecycleService", "reactivate", String.valueOf(id)).startsWith("ALLOWED"));
        PublicationRuns.waitUntil(() -> PublicationRuns.count(
                        "select count(*) from publication_run where schedule_id = ?", schedule) == 1,
                "active again: the due quarter is queued", java.time.Duration.ofSeconds(60));
    }

    @Test
    void theHealthFiguresComeFromTheDatabase() throws Exception {
        String slug = newSlug("gezond");
        long id = created(slug, "Gezonde Stichting");
        Map<String, Long> before = figures(platform().callService("SystemHealthService", "check"));
        assertEquals(1, before.get("reachable"), "the database answers");
        assertEquals(1, before.get("diskKnown"));
        assertTrue(before.get("usableBytes") > 0);

        long base = 8_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (Connection c = TestDatabase.connect()) {
            // Two mails waiting (far in the future, so the outbox timer leaves them alone), one after a failed try.
            for (int i = 0; i < 2; i++) {
                try (var st = c.prepareStatement("""
                        insert into outbox_mail (id, kind, organisation_id, language, message_id, state, send_after, attempts, created_at)
                        values (?, 'REPORTER_NEWS', ?, 'nl', ?, 'WAITING', ?, ?, ?)""")) {
                    st.setLong(1, base + i);
                    st.setLong(2, id);
                    st.setString(3, "<health-" + (base + i) + "@it>");
                    st.setObject(4, now.plusYears(10));
                    st.setInt(5, i);
                    st.setObject(6, now.minusHours(5));
                    st.executeUpdate();
                }
            }
            try (var st = c.prepareStatement("""
                    insert into publication_run (id, organisation_id, kind, period_from, period_to, status, created_at, finished_at)
                    values (?, ?, 'REGISTER', ?, ?, 'GIVEN_UP', ?, ?)""")) {
                st.setLong(1, base);
                st.setLong(2, id);
                st.setObject(3, LocalDate.now().minusMonths(3));
                st.setObject(4, LocalDate.now().minusDays(1));
                st.setObject(5, now.minusHours(2));
                st.setObject(6, now.minusHours(1));
                st.executeUpdate();
            }
        }
        try {
            Map<String, Long> after = figures(platform().callService("SystemHealthService", "check"));
            // The outbox timer may send other mails meanwhile: the figures must match the table as it is.
            for (int attempt = 0; attempt < 3; attempt++) {
                long waiting = count("select count(*) from outbox_mail where state = 'WAITING'");
                long failing = count("select count(*) from outbox_mail where state = 'WAITING' and attempts > 0");
                after = figures(platform().callService("SystemHealthService", "check"));
                if (waiting == count("select count(*) from outbox_mail where state = 'WAITING'")) {
                    assertEquals(waiting, after.get("waiting"));
                    assertEquals(failing, after.get("failing"));
                    break;
                }
            }
            assertTrue(after.get("waiting") >= 2 && after.get("failing") >= 1, after.toString());
            assertTrue(after.get("oldestWaitingMinutes") >= 299, "the oldest waits five hours: " + after);
            assertEquals(before.get("failedLastWeek") + 1, after.get("failedLastWeek"));

            // The page shows them, with the attention state.
            Document page = Jsoup.parse(platform().get("/platform/index.xhtml?lang=nl").body());
            String outbox = page.getElementById("healthOutbox").text();
            assertTrue(outbox.contains("Aandacht nodig") && outbox.contains("wachtend, waarvan"), outbox);
            assertTrue(page.getElementById("healthDatabase").text().contains("Bereikbaar"), page.getElementById("healthDatabase").text());
            assertTrue(page.getElementById("healthReports").text().contains("Aandacht nodig"));
            assertTrue(page.getElementById("healthDisk").text().contains("MB vrij"));
        } finally {
            try (Connection c = TestDatabase.connect(); var st = c.createStatement()) {
                st.executeUpdate("delete from outbox_mail where id in (" + base + ", " + (base + 1) + ")");
                st.executeUpdate("delete from publication_run where id = " + base);
            }
        }
    }

    /** The named figures of {@code SystemHealth}'s text (booleans as 0/1; a null age as -1). */
    private static Map<String, Long> figures(String answer) {
        assertTrue(answer.startsWith("ALLOWED SystemHealth["), answer);
        Map<String, Long> figures = new java.util.HashMap<>();
        for (String name : new String[] {"waiting", "failing", "oldestWaitingMinutes", "givenUpLastWeek", "failedLastWeek",
                "usableBytes", "millis"}) {
            Matcher m = Pattern.compile("\\b" + name + "=(-?\\d+|null)").matcher(answer);
            assertTrue(m.find(), name + " in " + answer);
            figures.put(name, m.group(1).equals("null") ? -1L : Long.parseLong(m.group(1)));
        }
        figures.put("reachable", answer.contains("Database[reachable=true") ? 1L : 0L);
        figures.put("diskKnown", answer.contains("Disk[known=true") ? 1L : 0L);
        return figures;
    }

    private static long created(String slug, String name) throws SQLException {
        String answer = platform().callService("OrganisationLifecycleService", "create", slug, name);
        assertTrue(answer.startsWith("ALLOWED "), answer);
        return TestDatabase.organisationId(slug);
    }

    private static String status(long organisationId) throws SQLException {
        try (Connection c = TestDatabase.connect(); var st = c.prepareStatement("select status from organisation where id = ?")) {
            st.setLong(1, organisationId);
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = TestDatabase.connect(); var st = c.createStatement(); var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Assigning confidants is not built yet (issue 13, another part): the test assigns in the database. */
    private static void assign(long staffId, long organisationId) throws SQLException {
        try (Connection c = TestDatabase.connect(); var st = c.prepareStatement(
                "insert into staff_organisation (staff_id, organisation_id) values (?, ?)")) {
            st.setLong(1, staffId);
            st.setLong(2, organisationId);
            st.executeUpdate();
        }
    }

    /** The demo confidant serves the demo organisation only again, as the other tests expect. */
    private static void unassign(long staffId, long organisationId) throws SQLException {
        try (Connection c = TestDatabase.connect(); var st = c.prepareStatement(
                "delete from staff_organisation where staff_id = ? and organisation_id = ?")) {
            st.setLong(1, staffId);
            st.setLong(2, organisationId);
            st.executeUpdate();
        }
    }
}

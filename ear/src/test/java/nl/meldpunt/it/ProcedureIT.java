package nl.meldpunt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.SQLException;
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
 * Issue 14, item 3: the organisation's procedure and PSA policy. Published versions stay as they were and the
 * public page shows the newest; refused texts say why and change nothing; an admin changes only the own
 * organisation (a try at another is refused and audited); the public page starts no session, always shows the
 * confidant's role and the Huis voor Klokkenluiders, and shows markup in the text as text.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProcedureIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MeldpuntDeployment.ear();
    }

    @Test
    void aSecondVersionIsShownAndTheFirstIsKeptAsItWas() throws Exception {
        long demo = TestDatabase.organisationId("demo");
        String actor = "staff:" + TestDatabase.staffId("beheerder");
        StaffClient admin = StaffClient.loggedInAs("beheerder", DemoData.DEMO_PASSWORD);
        int before = currentVersion(demo);
        assertTrue(before >= 1, "the demo organisation has a published procedure");
        String[] original = texts(demo, before);
        long mark = mark(demo);
        try {
            assertTrue(admin.callServicePosted("ProcedureService", "saveDraft", String.valueOf(demo),
                    "Versie een van de procedure.\n\n- eerste punt", "Version one of the procedure.", String.valueOf(before))
                    .startsWith("ALLOWED"));
            assertFalse(StaffClient.anonymous().get("/procedure/demo").body().contains("Versie een van de procedure"),
                    "a draft is seen by no employee");
            assertEquals("ALLOWED " + (before + 1), admin.callService("ProcedureService", "publish", String.valueOf(demo),
                    String.valueOf(before + 1)));

            String second = "Versie twee. <script>alert('x')</script>\n\n- punt met <b>vet</b> & meer\n- tweede punt";
            assertTrue(admin.callServicePosted("ProcedureService", "saveDraft", String.valueOf(demo), second,
                    "Version two in English.", String.valueOf(before + 1)).startsWith("ALLOWED"));
            assertEquals("ALLOWED " + (before + 2), admin.callService("ProcedureService", "publish", String.valueOf(demo),
                    String.valueOf(before + 2)));
            assertTrue(admin.callService("ProcedureService", "publish", String.valueOf(demo), String.valueOf(before + 2))
                    .startsWith("REFUSED"), "no draft left: nothing to publish");

            HttpResponse<String> page = StaffClient.anonymous().get("/procedure/demo");
            assertEquals(200, page.statusCode());
            Document html = Jsoup.parse(page.body());
            assertTrue(html.getElementById("procedureVersion").text().startsWith("Versie " + (before + 2) + ", gepubliceerd op"),
                    html.getElementById("procedureVersion").text());
            var text = html.getElementById("procedureText");
            assertTrue(text.text().contains("Versie twee. <script>alert('x')</script>"), text.outerHtml());
            assertTrue(text.select("script, b").isEmpty(), "markup is shown as text, never as markup: " + text.outerHtml());
            assertEquals(List.of("punt met <b>vet</b> & meer", "tweede punt"), text.select("li").eachText());
            assertTrue(page.body().contains("&lt;script&gt;"), "escaped");
            assertFalse(text.text().contains("Versie een"), "the page shows the newest version only");
            Document english = Jsoup.parse(StaffClient.anonymous().get("/procedure/demo?lang=en").body());
            assertEquals("Version two in English.", english.getElementById("procedureText").text());
            assertTrue(english.getElementById("procedureVersion").text().startsWith("Version " + (before + 2) + ", published on"));

            // The first version is kept as it was, and can be read again (read-only: there is no way to change it).
            assertEquals(List.of("Versie een van de procedure.\n\n- eerste punt", "Version one of the procedure."),
                    List.of(texts(demo, before + 1)));
            String first = admin.callService("ProcedureService", "version", String.valueOf(demo), String.valueOf(before + 1));
            assertTrue(first.startsWith("ALLOWED PublishedProcedure[version=" + (before + 1)) && first.contains("Versie een van de procedure"),
                    first);
            Document editor = Jsoup.parse(admin.get("/admin/procedure.xhtml").body());
            String versions = editor.getElementById("versionsForm:versions").text();
            assertTrue(versions.contains(String.valueOf(before + 1)) && versions.contains(String.valueOf(before + 2))
                    && versions.contains("Bea Beheer"), versions);
            assertTrue(editor.getElementById("draftStatus").text().contains("Gepubliceerd: versie " + (before + 2)),
                    editor.getElementById("draftStatus").text());

            List<String> published = details(demo, mark, actor, "PROCEDURE_PUBLISHED");
            assertEquals(2, published.size(), published.toString());
            assertTrue(published.get(0).startsWith("version " + before + " → " + (before + 1)), published.toString());
            assertTrue(published.get(1).startsWith("version " + (before + 1) + " → " + (before + 2)), published.toString());
            for (String detail : details(demo, mark, actor, null)) {
                assertFalse(detail.contains("Versie") || detail.contains("script") || detail.contains("punt"),
                        "no text in the audit: " + detail);
            }
        } finally {
            admin.callService("ProcedureService", "discardDraft", String.valueOf(demo));
            int now = currentVersion(demo);
            admin.callServicePosted("ProcedureService", "saveDraft", String.valueOf(demo), original[0], original[1], String.valueOf(now));
            admin.callService("ProcedureService", "publish", String.valueOf(demo), String.valueOf(now + 1));
        }
    }

    @Test
    void refusedTextsSayWhyAndChangeNothing() throws Exception {
        long demo = TestDatabase.organisationId("demo");
        StaffClient admin = StaffClient.loggedInAs("beheerder", DemoData.DEMO_PASSWORD);
        int version = currentVersion(demo);
        String id = String.valueOf(demo);
        try {
            String tooLong = "x".repeat(20_001);
            assertTrue(admin.callServicePosted("ProcedureService", "saveDraft", id, tooLong, "", String.valueOf(version))
                    .contains("procedure.refused.dutch.tooLong"));
            assertEquals(0, drafts(demo), "nothing saved");
            assertTrue(admin.callServicePosted("ProcedureService", "saveDraft", id, "Tekst", "Text", String.valueOf(version - 1))
                    .contains("procedure.refused.changedElsewhere"), "a draft on an older version than the current one");
            assertEquals(0, drafts(demo));
            assertTrue(admin.callService("ProcedureService", "publish", id, String.valueOf(version + 1))
                    .contains("procedure.refused.noDraft"));
            assertTrue(admin.callServicePosted("ProcedureService", "saveDraft", id, "", "Only English", String.valueOf(version))
                    .startsWith("ALLOWED"), "a draft need not be complete");
            assertTrue(admin.callService("ProcedureService", "publish", id, String.valueOf(version + 1))
                    .contains("procedure.refused.dutchEmpty"));
            assertTrue(admin.callService("ProcedureService", "publish", id, String.valueOf(version + 2))
                    .contains("procedure.refused.changedElsewhere"), "only the next number can be published");
            assertEquals(version, currentVersion(demo), "nothing published");

            // On the page: the refusal next to the field, in Dutch and in English.
            HttpResponse<String> refused = admin.submit("/admin/procedure.xhtml", "procedureForm",
                    Map.of("procedureForm:dutch", tooLong, "procedureForm:english", "Text"), "procedureForm:save");
            Document page = Jsoup.parse(refused.body());
            assertTrue(page.getElementById("procedureForm:dutchError").text()
                    .startsWith("De Nederlandse tekst is te lang: hoogstens 20000 tekens, het zijn er nu 20001."), refused.body());
            HttpResponse<String> english = admin.submit("/admin/procedure.xhtml?lang=en", "procedureForm",
                    Map.of("procedureForm:dutch", "Tekst", "procedureForm:english", tooLong), "procedureForm:save");
            assertTrue(Jsoup.parse(english.body()).getElementById("procedureForm:englishError").text()
                    .startsWith("The English text is too long: at most 20000 characters, it now has 20001."), english.body());
            admin.get("/admin/procedure.xhtml?lang=nl");
            String[] current = texts(demo, version);
            admin.callService("ProcedureService", "discardDraft", id);
            HttpResponse<String> unchanged = admin.submit("/admin/procedure.xhtml", "procedureForm",
                    Map.of("procedureForm:dutch", current[0], "procedureForm:english", current[1]), "procedureForm:publish");
            assertTrue(unchanged.body().contains("Er is niets nieuws om te publiceren"), unchanged.body());
            assertEquals(version, currentVersion(demo));
        } finally {
            admin.callService("ProcedureService", "discardDraft", id);
        }
    }

    @Test
    void anAdminChangesOnlyTheOwnOrganisationAndATryAtAnotherIsRefusedAndAudited() throws Exception {
        long demo = TestDatabase.organisationId("demo");
        long noord = TestDatabase.organisationId("noord");
        StaffClient noordAdmin = StaffClient.loggedInAs("beheerder.noord", DemoData.DEMO_PASSWORD);
        String actor = "staff:" + TestDatabase.staffId("beheerder.noord");
        int version = currentVersion(demo);
        long before = TestDatabase.countAudit(actor, "ACCESS_DENIED", "procedure:" + demo + ":save-draft");
        long beforePublish = TestDatabase.countAudit(actor, "ACCESS_DENIED", "procedure:" + demo + ":publish");
        assertEquals("DENIED", noordAdmin.callServicePosted("ProcedureService", "saveDraft", String.valueOf(demo), "Overgenomen",
                "Taken over", String.valueOf(version)));
        assertEquals("DENIED", noordAdmin.callService("ProcedureService", "publish", String.valueOf(demo), String.valueOf(version + 1)));
        assertEquals("DENIED", noordAdmin.callService("ProcedureService", "version", String.valueOf(demo), String.valueOf(version)));
        assertEquals("DENIED", noordAdmin.callService("ProcedureService", "discardDraft", String.valueOf(demo)));
        assertEquals(before + 1, TestDatabase.countAudit(actor, "ACCESS_DENIED", "procedure:" + demo + ":save-draft"));
        assertEquals(beforePublish + 1, TestDatabase.countAudit(actor, "ACCESS_DENIED", "procedure:" + demo + ":publish"));
        assertEquals(0, drafts(demo), "nothing saved for demo");
        assertEquals(version, currentVersion(demo), "nothing published for demo");
        assertFalse(StaffClient.anonymous().get("/procedure/demo").body().contains("Overgenomen"));

        String own = noordAdmin.callService("ProcedureService", "own");
        assertTrue(own.startsWith("ALLOWED ProcedureOverview[organisationId=" + noord + ", organisationSlug=noord"), own);
        try {
            assertTrue(noordAdmin.callServicePosted("ProcedureService", "saveDraft", String.valueOf(noord), "Concept Noord", "",
                    String.valueOf(currentVersion(noord))).startsWith("ALLOWED"), "the own organisation: allowed");
            assertEquals(1, drafts(noord));
        } finally {
            noordAdmin.callService("ProcedureService", "discardDraft", String.valueOf(noord));
        }
        assertEquals(0, drafts(noord));
    }

    @Test
    void thePublicPageStartsNoSessionAndAlwaysShowsTheConfidantAndExternalReporting() throws Exception {
        HttpResponse<String> entry = StaffClient.anonymous().get("/m/demo");
        var link = Jsoup.parse(entry.body()).getElementById("procedureLink");
        assertTrue(link.attr("href").endsWith("/procedure/demo?lang=nl"), link.outerHtml());

        for (String path : List.of("/procedure/demo", "/procedure/noord", "/procedure/demo?lang=en")) {
            HttpResponse<String> page = StaffClient.anonymous().get(path);
            assertEquals(200, page.statusCode(), path);
            assertTrue(page.headers().allValues("Set-Cookie").isEmpty(), path + " cookies: " + page.headers().allValues("Set-Cookie"));
            assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(null), path);
            assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"), path);
            Document html = Jsoup.parse(page.body());
            assertTrue(html.select("script").isEmpty(), path + ": no script");
            assertEquals("https://www.huisvoorklokkenluiders.nl", html.getElementById("huisLink").attr("href"), path);
            assertFalse(html.getElementById("confidant").select("li").isEmpty(), path);
        }
        Document noord = Jsoup.parse(StaffClient.anonymous().get("/procedure/noord").body());
        assertTrue(noord.getElementById("noProcedure").text().startsWith("De organisatie heeft haar meldprocedure hier nog niet gepubliceerd"));
        assertTrue(noord.getElementById("external").text().contains("Huis voor Klokkenluiders"));
        assertTrue(noord.getElementById("external").text().contains("U mag dat direct doen"), noord.getElementById("external").text());
        assertTrue(noord.getElementById("confidant").text().contains("geheimhoudingsplicht"));
        assertTrue(noord.title().contains("Zorggroep Noord"), noord.title());
        Document english = Jsoup.parse(StaffClient.anonymous().get("/procedure/demo?lang=en").body());
        assertTrue(english.getElementById("external").text().contains("You may do so directly"), english.getElementById("external").text());
        assertEquals(404, StaffClient.anonymous().get("/procedure/bestaat-niet").statusCode());
        assertEquals(404, StaffClient.anonymous().get("/procedure/demo/extra").statusCode());
        assertEquals("[]", String.valueOf(StaffClient.anonymous().get("/procedure/demo").headers().allValues("Set-Cookie")));
    }

    static int currentVersion(long organisation) throws SQLException {
        return (int) count("select coalesce(max(version_no), 0) from procedure_version where organisation_id = " + organisation);
    }

    private static long drafts(long organisation) throws SQLException {
        return count("select count(*) from procedure_draft where organisation_id = " + organisation);
    }

    /** The Dutch and English text of one published version. */
    static String[] texts(long organisation, int version) throws SQLException {
        try (var c = TestDatabase.connect(); var st = c.prepareStatement(
                "select body_nl, body_en from procedure_version where organisation_id = ? and version_no = ?")) {
            st.setLong(1, organisation);
            st.setInt(2, version);
            try (var rs = st.executeQuery()) {
                rs.next();
                return new String[] {rs.getString(1), rs.getString(2)};
            }
        }
    }

    private static long mark(long organisation) throws SQLException {
        return count("select coalesce(max(sequence_no), 0) from audit_entry where organisation_id = " + organisation);
    }

    /** The details of the procedure's audit entries since {@code since} (one action, or all when null), oldest first. */
    private static List<String> details(long organisation, long since, String actor, String action) throws SQLException {
        try (var c = TestDatabase.connect(); var st = c.prepareStatement("select detail from audit_entry where organisation_id = ? "
                + "and sequence_no > ? and actor = ? and subject = ?" + (action == null ? "" : " and action = ?") + " order by sequence_no")) {
            st.setLong(1, organisation);
            st.setLong(2, since);
            st.setString(3, actor);
            st.setString(4, "organisation:" + organisation + ":procedure");
            if (action != null) {
                st.setString(5, action);
            }
            List<String> details = new ArrayList<>();
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    details.add(String.valueOf(rs.getString(1)));
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
}

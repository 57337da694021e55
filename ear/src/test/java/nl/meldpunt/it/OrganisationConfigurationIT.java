package nl.meldpunt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
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
 * Issue 13, item 4: an organisation's configuration as a file. Export, then a new organisation from it as a template,
 * exports the same configuration (apart from name and slug); an update import changes exactly the fields of its diff,
 * only after confirmation, in one go, and is audited; a bad file (malformed, unknown version, 10 MB, script in a
 * text, a threshold below 3) is refused and changes nothing; an organisation admin reaches only the own organisation.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrganisationConfigurationIT {

    private static final String SERVICE = "OrganisationConfigurationService";
    private static final Pattern FIELD = Pattern.compile("Change\\[field=([^,]+),");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MeldpuntDeployment.ear();
    }

    @Test
    void aNewOrganisationFromAnExportedTemplateExportsTheSameConfiguration() throws Exception {
        StaffClient admin = StaffClient.loggedInAs("beheerder", DemoData.DEMO_PASSWORD);
        StaffClient platform = StaffClient.loggedInAs("platform", DemoData.DEMO_PASSWORD);
        String exported = allowed(admin.callService(SERVICE, "exportOwn"));
        assertTrue(exported.contains("\"format\": \"meldpunt-organisation-configuration\"") && exported.contains("\"formatVersion\": 1"),
                exported);
        assertTrue(exported.contains("\"smallCountThreshold\"") && exported.contains("\"questionSet\"")
                && exported.contains("\"reportSchedules\"") && exported.contains("\"base64\""), "settings, sets, schedules, logo");
        for (String secret : List.of("passwordHash", "password_hash", "totp", DemoData.DEMO_PASSWORD, "DEMV")) {
            assertTrue(!exported.contains(secret), "no staff secret and no report in the file: " + secret);
        }
        // HR recipients are accounts of the demo organisation; a new organisation has none, so the template has none.
        // Switched off in the template, so that the new organisation's reports do not run in the other tests' server.
        String template = withoutRecipients(exported).replace("\"active\": true", "\"active\": false");
        String slug = "kopie-" + Long.toString(System.nanoTime() % 1_000_000, 36);
        long id = Long.parseLong(allowed(platform.callServicePosted(SERVICE, "createFromTemplate", file(template), slug, "Gemeente Kopie")).strip());
        assertEquals(id, TestDatabase.organisationId(slug));

        String again = allowed(platform.callService(SERVICE, "export", String.valueOf(id)));
        String expected = template.replace("\"name\": \"Gemeente Voorbeeldstad\"", "\"name\": \"Gemeente Kopie\"")
                .replace("\"slug\": \"demo\"", "\"slug\": \"" + slug + "\"");
        assertEquals(expected, withoutRecipients(again), "the same configuration apart from name and slug");
        assertTrue(!again.contains("\"hr\""), "and without recipients");
        assertEquals(1, count("select max(version) from question_set where organisation_id = " + id), "its own version 1");
        assertEquals(1, count("select max(version) from tip_set where organisation_id = " + id));
        assertTrue(template.contains("\"procedure\": {"), "the demo's published procedure is in the file");
        assertEquals(1, count("select max(version_no) from procedure_version where organisation_id = " + id),
                "the new organisation publishes the template's procedure as its version 1");
        assertEquals(1, TestDatabase.countAudit("staff:" + TestDatabase.staffId("platform"), "CONFIGURATION_IMPORTED",
                "organisation:" + id + ":configuration"));
        assertTrue(StaffClient.anonymous().get("/theme/" + slug + ".css").body().contains("--mp-primary:#00557F"),
                "the entry page has the template's colours");
    }

    @Test
    void anUpdateShowsADiffFirstAndThenChangesExactlyTheDiffedFieldsAuditedOnce() throws Exception {
        long noord = TestDatabase.organisationId("noord");
        String actor = "staff:" + TestDatabase.staffId("beheerder.noord");
        StaffClient admin = StaffClient.loggedInAs("beheerder.noord", DemoData.DEMO_PASSWORD);
        String before = allowed(admin.callService(SERVICE, "exportOwn"));
        long questionVersion = count("select max(version) from question_set where organisation_id = " + noord);
        long tipVersion = count("select max(version) from tip_set where organisation_id = " + noord);
        String changed = replaceOnce(before, "\"smallCountThreshold\": 5", "\"smallCountThreshold\": 7");
        changed = replaceOnce(changed, "\"primaryColour\": \"#2E6B30\"", "\"primaryColour\": \"#1D5C2E\"");
        changed = replaceOnce(changed, "\"Waar gaat uw melding over?\"", "\"Waarover gaat uw melding?\"");
        try {
            String diff = allowed(admin.callServicePosted(SERVICE, "previewImport", file(changed)));
            assertEquals(List.of("branding.primaryColour", "settings.smallCountThreshold", "questionSet"), fields(diff), diff);
            assertTrue(diff.contains("field=settings.smallCountThreshold, before=5, after=7"), diff);
            assertTrue(diff.contains("field=questionSet, before=" + questionVersion + ", after=" + (questionVersion + 1)
                    + ", added=[], removed=[], changed=[category]"), diff);
            assertEquals(before, allowed(admin.callService(SERVICE, "exportOwn")), "a diff changes nothing");

            assertTrue(admin.callServicePosted(SERVICE, "applyImport", file(changed), "0".repeat(64)).contains("configuration.refused.stale"),
                    "only the diff that was shown is applied");
            String applied = allowed(admin.callServicePosted(SERVICE, "applyImport", file(changed), fingerprint(diff)));
            assertEquals(fields(diff), fields(applied));
            assertEquals(changed, allowed(admin.callService(SERVICE, "exportOwn")), "exactly the diffed fields changed");
            assertEquals(questionVersion + 1, count("select max(version) from question_set where organisation_id = " + noord),
                    "a new version of the question set");
            assertEquals(tipVersion, count("select max(version) from tip_set where organisation_id = " + noord),
                    "the tips did not differ: no new version");
            assertEquals(1, TestDatabase.countAudit(actor, "CONFIGURATION_IMPORTED", "organisation:" + noord + ":configuration"));
            String detail = detail(noord, actor);
            assertTrue(detail.contains("settings.smallCountThreshold 5 → 7") && detail.contains("branding.primaryColour #2E6B30 → #1D5C2E")
                    && detail.contains("questionSet " + questionVersion + " → " + (questionVersion + 1)), detail);
            assertTrue(StaffClient.anonymous().get("/theme/noord.css").body().contains("--mp-primary:#1D5C2E"), "counts at once");
            assertTrue(admin.callServicePosted(SERVICE, "applyImport", file(changed), fingerprint(diff)).contains("configuration.refused.stale"),
                    "the organisation has changed since that diff");
        } finally {
            String back = allowed(admin.callServicePosted(SERVICE, "previewImport", file(before)));
            allowed(admin.callServicePosted(SERVICE, "applyImport", file(before), fingerprint(back)));
        }
        assertEquals(before, allowed(admin.callService(SERVICE, "exportOwn")), "restored");
    }

    /**
     * The procedure travels in the file (issue 14, item 3): a changed text is shown in the diff and published as the next
     * version, which the public page shows at once; a file without a procedure leaves the published one alone.
     */
    @Test
    void theProcedureInTheFileIsPublishedAsTheNextVersionAndNeverRemoved() throws Exception {
        long demo = TestDatabase.organisationId("demo");
        StaffClient admin = StaffClient.loggedInAs("beheerder", DemoData.DEMO_PASSWORD);
        String before = allowed(admin.callService(SERVICE, "exportOwn"));
        long version = count("select max(version_no) from procedure_version where organisation_id = " + demo);
        Matcher dutch = Pattern.compile("\"procedure\": \\{\\s*\"nl\": \"((?:[^\"\\\\]|\\\\.)*)\"").matcher(before);
        assertTrue(dutch.find(), before);
        String changed = replaceOnce(before, "\"nl\": \"" + dutch.group(1) + "\"",
                "\"nl\": \"Zo meldt u bij ons: eerst de vertrouwenspersoon (< 5 werkdagen antwoord).\"");
        try {
            String diff = allowed(admin.callServicePosted(SERVICE, "previewImport", file(changed)));
            assertEquals(List.of("procedure"), fields(diff), diff);
            allowed(admin.callServicePosted(SERVICE, "applyImport", file(changed), fingerprint(diff)));
            assertEquals(version + 1, count("select max(version_no) from procedure_version where organisation_id = " + demo));
            assertTrue(StaffClient.anonymous().get("/procedure/demo").body().contains("eerst de vertrouwenspersoon (&lt; 5 werkdagen antwoord)"),
                    "the public page shows the imported version, escaped");
            assertEquals(changed, allowed(admin.callService(SERVICE, "exportOwn")));

            String without = changed.replaceAll("(?s),\\s*\"procedure\": \\{.*?\\}(?=\\s*\\}\\s*$)", "");
            assertTrue(!without.contains("\"procedure\"") && without.strip().endsWith("}"), without);
            assertEquals(List.of(), fields(allowed(admin.callServicePosted(SERVICE, "previewImport", file(without)))),
                    "no procedure in the file: the published one stays");
        } finally {
            String back = allowed(admin.callServicePosted(SERVICE, "previewImport", file(before)));
            allowed(admin.callServicePosted(SERVICE, "applyImport", file(before), fingerprint(back)));
        }
        assertEquals(before, allowed(admin.callService(SERVICE, "exportOwn")), "the earlier text again, as the newest version");
    }

    @Test
    void badFilesAreRefusedWithTheirReasonAndChangeNothing() throws Exception {
        long noord = TestDatabase.organisationId("noord");
        StaffClient admin = StaffClient.loggedInAs("beheerder.noord", DemoData.DEMO_PASSWORD);
        StaffClient platform = StaffClient.loggedInAs("platform", DemoData.DEMO_PASSWORD);
        String before = allowed(admin.callService(SERVICE, "exportOwn"));
        long versions = count("select count(*) from question_set where organisation_id = " + noord);
        long organisations = count("select count(*) from organisation");
        long imports = TestDatabase.countAudit("staff:" + TestDatabase.staffId("beheerder.noord"), "CONFIGURATION_IMPORTED",
                "organisation:" + noord + ":configuration");
        List<String[]> cases = List.of(
                new String[] {"{\"format\": \"meldpunt-organisation-configuration\", ", "configuration.refused.malformed"},
                new String[] {replaceOnce(before, "\"formatVersion\": 1", "\"formatVersion\": 2"), "configuration.refused.version"},
                new String[] {"@big:" + 10 * 1024 * 1024, "configuration.refused.tooLarge"},
                new String[] {replaceOnce(before, "\"name\": \"Zorggroep Noord\"", "\"name\": \"Zorggroep <script>alert(1)</script>\""),
                        "configuration.refused.markup"},
                new String[] {replaceOnce(before, "\"Waar gaat uw melding over?\"", "\"<img src=x onerror=alert(1)>\""),
                        "configuration.refused.markup"},
                new String[] {replaceOnce(before, "\"smallCountThreshold\": 5", "\"smallCountThreshold\": 2"), "configuration.refused.range"},
                new String[] {replaceOnce(before, "\"primaryColour\": \"#2E6B30\"", "\"primaryColour\": \"#FFD700\""),
                        "configuration.refused.contrast"},
                new String[] {replaceOnce(before, "\"type\": \"SINGLE_CHOICE\"", "\"type\": \"DRAWING\""), "configuration.refused.questionSet"});
        for (String[] c : cases) {
            String what = c[0].length() > 60 ? c[1] : c[0];
            assertRefused(admin.callServicePosted(SERVICE, "previewImport", file(c[0])), c[1], what);
            assertRefused(admin.callServicePosted(SERVICE, "applyImport", file(c[0]), "0".repeat(64)), c[1], what);
            assertRefused(platform.callServicePosted(SERVICE, "createFromTemplate", file(c[0]), "nieuw-" + c[1].length(), "Nieuw"), c[1], what);
        }
        assertRefused(platform.callServicePosted(SERVICE, "createFromTemplate", file(before), "Geen Slug!", "Nieuw"),
                "configuration.refused.slug", "slug");
        assertRefused(platform.callServicePosted(SERVICE, "createFromTemplate", file(before), "demo", "Nieuw"),
                "configuration.refused.slugTaken", "slug in use");
        assertEquals(before, allowed(admin.callService(SERVICE, "exportOwn")), "nothing changed");
        assertEquals(versions, count("select count(*) from question_set where organisation_id = " + noord));
        assertEquals(organisations, count("select count(*) from organisation"), "no organisation was created");
        assertEquals(imports, TestDatabase.countAudit("staff:" + TestDatabase.staffId("beheerder.noord"), "CONFIGURATION_IMPORTED",
                "organisation:" + noord + ":configuration"), "no import audited");
    }

    @Test
    void aPngOrJpegLogoInAFileIsCheckedAndReEncodedLikeAnUpload() throws Exception {
        StaffClient admin = StaffClient.loggedInAs("beheerder", DemoData.DEMO_PASSWORD);
        StaffClient platform = StaffClient.loggedInAs("platform", DemoData.DEMO_PASSWORD);
        String template = withoutRecipients(allowed(admin.callService(SERVICE, "exportOwn"))).replace("\"active\": true", "\"active\": false");
        Pattern svgLogo = Pattern.compile("\"contentType\": \"image/svg\\+xml\",\\s*\"base64\": \"[^\"]*\"");
        assertTrue(svgLogo.matcher(template).find(), "the demo organisation's logo is in its file");
        long organisations = count("select count(*) from organisation");

        String bomb = svgLogo.matcher(template).replaceFirst("\"contentType\": \"image/png\", \"base64\": \""
                + java.util.Base64.getEncoder().encodeToString(OrganisationLogoAndSlugIT.bomb(50_000, 50_000)) + "\"");
        assertRefused(platform.callServicePosted(SERVICE, "createFromTemplate", file(bomb), "logo-bom", "Nieuw"),
                "configuration.refused.logo", "a PNG claiming 50,000 × 50,000 pixels");
        assertEquals(organisations, count("select count(*) from organisation"), "no organisation was created");

        byte[] withMetadata = OrganisationLogoAndSlugIT.withMetadata(OrganisationLogoAndSlugIT.png(900, 300, new java.awt.Color(0x00557F)));
        String tagged = svgLogo.matcher(template).replaceFirst("\"contentType\": \"image/png\", \"base64\": \""
                + java.util.Base64.getEncoder().encodeToString(withMetadata) + "\"");
        String slug = "logo-" + Long.toString(System.nanoTime() % 1_000_000, 36);
        long id = Long.parseLong(allowed(platform.callServicePosted(SERVICE, "createFromTemplate", file(tagged), slug, "Gemeente Logo")).strip());
        try (var c = TestDatabase.connect(); var st = c.prepareStatement("select logo, logo_content_type from organisation where id = ?")) {
            st.setLong(1, id);
            try (var rs = st.executeQuery()) {
                assertTrue(rs.next());
                byte[] stored = rs.getBytes(1);
                String raw = new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1);
                assertEquals("image/png", rs.getString(2));
                assertTrue(!raw.contains("Geheime locatie") && !raw.contains("tEXt") && !raw.contains("eXIf"), "no metadata kept");
                java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(stored));
                assertEquals(600, image.getWidth(), "scaled into the logo box like an upload");
                assertEquals(200, image.getHeight());
            }
        }
    }

    @Test
    void anOrganisationAdminReachesOnlyTheOwnConfiguration() throws Exception {
        long demo = TestDatabase.organisationId("demo");
        long noord = TestDatabase.organisationId("noord");
        StaffClient demoAdmin = StaffClient.loggedInAs("beheerder", DemoData.DEMO_PASSWORD);
        StaffClient noordAdmin = StaffClient.loggedInAs("beheerder.noord", DemoData.DEMO_PASSWORD);
        String demoBefore = allowed(demoAdmin.callService(SERVICE, "exportOwn"));
        long denied = TestDatabase.countAudit("staff:" + TestDatabase.staffId("beheerder.noord"), "ACCESS_DENIED",
                "organisation:" + demo + ":configuration");
        assertEquals("DENIED", noordAdmin.callService(SERVICE, "export", String.valueOf(demo)));
        assertEquals(denied + 1, TestDatabase.countAudit("staff:" + TestDatabase.staffId("beheerder.noord"), "ACCESS_DENIED",
                "organisation:" + demo + ":configuration"), "the attempt is audited");
        assertTrue(noordAdmin.callService(SERVICE, "export", String.valueOf(noord)).startsWith("ALLOWED {"), "the own one");
        // Importing demo's file as noord's admin can only ever touch noord: the diff is noord's, with demo's slug not taken.
        String diff = allowed(noordAdmin.callServicePosted(SERVICE, "previewImport", file(demoBefore)));
        assertTrue(diff.contains("configuration.note.slugKept, args=[demo, noord]"), diff);
        assertTrue(diff.contains("configuration.note.recipientUnknown, args=[hr]"), "demo's HR is no recipient in noord: " + diff);
        assertEquals("DENIED", noordAdmin.callServicePosted(SERVICE, "createFromTemplate", file(demoBefore), "noord-kopie", "Kopie"));
        for (String login : List.of("vertrouwenspersoon", "hr")) {
            StaffClient other = StaffClient.loggedInAs(login, DemoData.DEMO_PASSWORD);
            assertEquals("DENIED", other.callService(SERVICE, "exportOwn"), login);
            assertEquals("DENIED", other.callService(SERVICE, "export", String.valueOf(demo)), login);
            assertEquals("DENIED", other.callServicePosted(SERVICE, "applyImport", file(demoBefore), "x"), login);
        }
        assertEquals(demoBefore, allowed(demoAdmin.callService(SERVICE, "exportOwn")), "demo unchanged");
    }

    @Test
    void theConfigurationPageOffersExportAndImportAndTheSchemaIsPublished() throws Exception {
        StaffClient admin = StaffClient.loggedInAs("beheerder", DemoData.DEMO_PASSWORD);
        Document home = Jsoup.parse(admin.get("/admin/index.xhtml").body());
        assertTrue(home.getElementById("configurationLink").attr("href").endsWith("/admin/configuration.xhtml"));
        Document page = Jsoup.parse(admin.get("/admin/configuration.xhtml").body());
        assertTrue(page.getElementById("export:download") != null, page.html());
        assertEquals("multipart/form-data", page.getElementById("import").attr("enctype"));
        assertEquals("file", page.getElementById("import:file").attr("type"));
        assertTrue(page.getElementById("schemaLink").attr("href").endsWith("/schema/organisation-configuration-1.json"));
        var schema = StaffClient.anonymous().get("/schema/organisation-configuration-1.json");
        assertEquals(200, schema.statusCode());
        assertTrue(schema.headers().firstValue("Content-Type").orElse("").startsWith("application/schema+json"));
        assertEquals(Files.readString(Path.of("..", "docs", "organisation-configuration.schema.json")), schema.body(),
                "the app serves the schema published in docs/");
        Document platform = Jsoup.parse(StaffClient.loggedInAs("platform", DemoData.DEMO_PASSWORD).get("/platform/index.xhtml").body());
        assertEquals("multipart/form-data", platform.getElementById("template").attr("enctype"));
    }

    /** The file with every schedule's recipients left out (the same way in every file, whatever the printer makes of []). */
    private static String withoutRecipients(String file) {
        return file.replaceAll("\"recipients\": \\[[^\\]]*\\]", "\"recipients\": []");
    }

    private static void assertRefused(String answer, String key, String what) {
        assertTrue(answer.startsWith("REFUSED") && answer.contains(key), what + ": " + answer);
    }

    private static String allowed(String answer) {
        assertTrue(answer.startsWith("ALLOWED "), answer);
        return answer.substring("ALLOWED ".length());
    }

    private static String replaceOnce(String text, String from, String to) {
        assertTrue(text.contains(from), from);
        return text.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to));
    }

    private static List<String> fields(String diff) {
        List<String> fields = new ArrayList<>();
        Matcher m = FIELD.matcher(diff);
        while (m.find()) {
            fields.add(m.group(1));
        }
        return fields;
    }

    private static String fingerprint(String diff) {
        Matcher m = Pattern.compile("fingerprint=([0-9a-f]{64})").matcher(diff);
        assertTrue(m.find(), diff);
        return m.group(1);
    }

    private static String detail(long organisation, String actor) throws SQLException {
        try (var c = TestDatabase.connect(); var st = c.prepareStatement("select detail from audit_entry where organisation_id = ? "
                + "and actor = ? and action = 'CONFIGURATION_IMPORTED' order by sequence_no desc")) {
            st.setLong(1, organisation);
            st.setString(2, actor);
            try (var rs = st.executeQuery()) {
                assertTrue(rs.next());
                return rs.getString(1);
            }
        }
    }

    private static long count(String sql) throws SQLException {
        try (var c = TestDatabase.connect(); var st = c.prepareStatement(sql); var rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A configuration file as the probe takes it: base64, so that no character set is guessed on the way. */
    private static String file(String text) {
        return text.startsWith("@big:") ? text
                : "@base64:" + java.util.Base64.getEncoder().encodeToString(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}

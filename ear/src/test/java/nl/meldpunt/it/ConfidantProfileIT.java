package nl.meldpunt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import nl.meldpunt.demo.DemoData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 14, item 2: a confidant writes the own profile in the console; the entry page (session-less, every value
 * escaped) and the wizard's choice of confidant show it; a photo is judged like a logo (kind refusals, re-encoded
 * without metadata) and served publicly beside the logo, only for the organisations the confidant serves. Changes
 * are audited with field names, never the text.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConfidantProfileIT {

    private static final String CONFIDANT = "vertrouwenspersoon.noord";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MeldpuntDeployment.ear();
    }

    @Test
    void aConfidantWritesTheProfileAndTheEntryPageShowsItEscaped() throws Exception {
        StaffClient confidant = StaffClient.loggedInAs(CONFIDANT, DemoData.DEMO_PASSWORD);
        String actor = "staff:" + TestDatabase.staffId(CONFIDANT);
        String subject = actor + ":profile";
        long audited = TestDatabase.countAudit(actor, "CONFIDANT_PROFILE_CHANGED", subject);
        HttpResponse<String> page = confidant.get("/console/profile.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("/m/noord"), "the page says where the profile is shown");
        StaffClient.anonymous().get("/m/noord"); // the entry page is kept now (PublicPageChanges): the change must show at once
        String intro = "Ik ben Niels <b>vet</b>, vertrouwenspersoon sinds 2019.\nBel gerust.";
        HttpResponse<String> saved = confidant.submitChoices(page, "profile", Map.of(
                "profile:introductionNl", List.of(intro),
                "profile:introductionEn", List.of(""),
                "profile:availabilityNl", List.of("Maandag tot en met donderdag, 9 tot 17 uur"),
                "profile:availabilityEn", List.of("Monday to Thursday, 9 am to 5 pm"),
                "profile:phone", List.of("030 123 45 67"),
                "profile:languages", List.of("nl", "tr")), "profile:save");
        assertTrue(saved.body().contains("Uw profiel is opgeslagen"), saved.body());
        assertEquals(audited + 1, TestDatabase.countAudit(actor, "CONFIDANT_PROFILE_CHANGED", subject));
        String detail = lastDetail(actor, "CONFIDANT_PROFILE_CHANGED");
        assertTrue(detail.contains("introductionNl") && detail.contains("phone") && detail.contains("languages"), detail);
        assertFalse(detail.contains("Niels") || detail.contains("030"), "field names only, never the text: " + detail);

        HttpResponse<String> entry = StaffClient.anonymous().get("/m/noord");
        assertTrue(entry.headers().allValues("Set-Cookie").isEmpty(), "still no session for a visitor");
        Document nl = Jsoup.parse(entry.body());
        Element card = nl.getElementById("confidant-" + TestDatabase.staffId(CONFIDANT));
        assertTrue(card != null, entry.body());
        assertEquals("Niels Noord", card.selectFirst("h3").text());
        assertEquals(intro.replace("\n", " "), card.selectFirst(".mp-confidant-intro").text(), "markup shown as text");
        assertTrue(!entry.body().contains("<b>vet</b>") && entry.body().contains("&lt;b&gt;vet&lt;/b&gt;"), "escaped");
        assertTrue(card.text().contains("Nederlands, Turks") && card.text().contains("Maandag tot en met donderdag"), card.text());
        assertEquals("tel:0301234567", card.selectFirst("a[href^=tel:]").attr("href"));

        Element english = Jsoup.parse(StaffClient.anonymous().get("/m/noord?lang=en").body())
                .getElementById("confidant-" + TestDatabase.staffId(CONFIDANT));
        assertTrue(english.text().contains("Dutch, Turkish") && english.text().contains("Monday to Thursday"), english.text());
        assertTrue(english.text().contains("Ik ben Niels"), "without an English introduction the Dutch one is shown");

        // Saving the same again changes nothing and is not audited again.
        HttpResponse<String> again = confidant.get("/console/profile.xhtml");
        confidant.submitChoices(again, "profile", Map.of(), "profile:save");
        assertEquals(audited + 1, TestDatabase.countAudit(actor, "CONFIDANT_PROFILE_CHANGED", subject));
    }

    @Test
    void aRefusedProfileSaysWhyAndKeepsWhatWasSaved() throws Exception {
        StaffClient confidant = StaffClient.loggedInAs(CONFIDANT, DemoData.DEMO_PASSWORD);
        String actor = "staff:" + TestDatabase.staffId(CONFIDANT);
        long audited = TestDatabase.countAudit(actor, "CONFIDANT_PROFILE_CHANGED", actor + ":profile");
        String before = Jsoup.parse(StaffClient.anonymous().get("/m/noord").body()).getElementById("confidants").text();
        HttpResponse<String> page = confidant.get("/console/profile.xhtml");
        HttpResponse<String> refused = confidant.submitChoices(page, "profile", Map.of(
                "profile:introductionNl", List.of("x".repeat(801)),
                "profile:phone", List.of("bel mij"),
                "profile:languages", List.of()), "profile:save");
        Document answer = Jsoup.parse(refused.body());
        assertTrue(answer.getElementById("profile:introductionNlError").text().contains("hoogstens 800 tekens"), refused.body());
        assertTrue(answer.getElementById("profile:phoneError").text().contains("geen telefoonnummer"), refused.body());
        assertTrue(answer.getElementById("profile:languagesError").text().contains("ten minste één taal"), refused.body());
        assertEquals("x".repeat(801), answer.getElementById("profile:introductionNl").text(), "what was typed stays in the form");
        assertEquals(before, Jsoup.parse(StaffClient.anonymous().get("/m/noord").body()).getElementById("confidants").text(),
                "nothing saved");
        assertEquals(audited, TestDatabase.countAudit(actor, "CONFIDANT_PROFILE_CHANGED", actor + ":profile"));
    }

    @Test
    void aPhotoIsJudgedLikeALogoAndServedOnlyWhereTheConfidantServes() throws Exception {
        StaffClient confidant = StaffClient.loggedInAs(CONFIDANT, DemoData.DEMO_PASSWORD);
        long id = TestDatabase.staffId(CONFIDANT);
        String actor = "staff:" + id;
        assertRefused(confidant, OrganisationLogoAndSlugIT.bomb(50_000, 50_000), "Deze foto is te groot");
        assertRefused(confidant, ("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")
                .getBytes(StandardCharsets.UTF_8), "Een SVG-bestand nemen we niet aan");
        assertRefused(confidant, "gewoon tekst".getBytes(StandardCharsets.UTF_8), "geen PNG- of JPEG-foto");
        assertEquals(404, StaffClient.anonymous().getBytes("/logo/noord/confidant-" + id).statusCode(), "no photo yet");

        byte[] upload = OrganisationLogoAndSlugIT.withMetadata(OrganisationLogoAndSlugIT.png(1200, 600, new Color(0x2E6B30)));
        HttpResponse<String> page = confidant.get("/console/profile.xhtml");
        StaffClient.anonymous().get("/m/noord"); // kept now, without a photo: the new photo must show at once all the same
        HttpResponse<String> saved = confidant.submitFileOn(page, "photoForm", "photoForm:photo", "ik.png", "image/png", upload,
                "photoForm:upload");
        assertTrue(saved.body().contains("Uw foto is opgeslagen"), saved.body());
        String src = Jsoup.parse(StaffClient.anonymous().get("/m/noord").body()).getElementById("confidant-" + id)
                .selectFirst("img.mp-portrait").attr("src");
        assertTrue(src.matches(".*/logo/noord/confidant-" + id + "\\?v=[0-9a-f]{16}"), src);
        HttpResponse<byte[]> photo = StaffClient.anonymous().getBytes("/logo/noord/confidant-" + id);
        assertEquals(200, photo.statusCode());
        assertEquals("image/png", photo.headers().firstValue("Content-Type").orElse(""));
        assertEquals("public, max-age=300", photo.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(photo.headers().allValues("Set-Cookie").isEmpty());
        String raw = new String(photo.body(), StandardCharsets.ISO_8859_1);
        assertFalse(raw.contains("Geheime locatie") || raw.contains("tEXt") || raw.contains("eXIf"), "no metadata left");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(photo.body()));
        assertEquals(400, image.getWidth(), "scaled into 400 × 400");
        assertEquals(200, image.getHeight(), "proportions kept");
        assertEquals(404, StaffClient.anonymous().getBytes("/logo/demo/confidant-" + id).statusCode(),
                "not on the pages of an organisation the confidant does not serve");
        assertTrue(lastDetail(actor, "CONFIDANT_PHOTO_CHANGED").matches("- → image/png, [0-9a-f]{12}"),
                lastDetail(actor, "CONFIDANT_PHOTO_CHANGED"));

        // A multipart form, as a browser sends it, with no file chosen.
        HttpResponse<String> removed = confidant.submitFileOn(confidant.get("/console/profile.xhtml"), "photoForm", "photoForm:photo", "",
                "application/octet-stream", new byte[0], "photoForm:remove");
        assertTrue(removed.body().contains("Uw foto is verwijderd"), removed.body());
        assertEquals(404, StaffClient.anonymous().getBytes("/logo/noord/confidant-" + id).statusCode());
    }

    private static void assertRefused(StaffClient confidant, byte[] upload, String message) throws SQLException {
        long audited = TestDatabase.countAudit("staff:" + TestDatabase.staffId(CONFIDANT), "CONFIDANT_PHOTO_CHANGED",
                "staff:" + TestDatabase.staffId(CONFIDANT) + ":profile");
        HttpResponse<String> page = confidant.get("/console/profile.xhtml");
        HttpResponse<String> answer = confidant.submitFileOn(page, "photoForm", "photoForm:photo", "foto.png", "image/png", upload,
                "photoForm:upload");
        assertTrue(Jsoup.parse(answer.body()).getElementById("photoForm:photoError").text().contains(message), answer.body());
        assertEquals(audited, TestDatabase.countAudit("staff:" + TestDatabase.staffId(CONFIDANT), "CONFIDANT_PHOTO_CHANGED",
                "staff:" + TestDatabase.staffId(CONFIDANT) + ":profile"), "nothing changed");
    }

    private static String lastDetail(String actor, String action) throws SQLException {
        try (var c = TestDatabase.connect(); var st = c.prepareStatement(
                "select detail from audit_entry where actor = ? and action = ? order by id desc")) {
            st.setString(1, actor);
            st.setString(2, action);
            List<String> details = new ArrayList<>();
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    details.add(rs.getString(1));
                }
            }
            assertFalse(details.isEmpty(), "audited");
            return details.get(0);
        }
    }
}

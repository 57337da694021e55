package nl.meldpunt.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;
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
 * Issue 13, the organisation admin's logo and entry address. A logo is judged by its bytes, re-encoded
 * without metadata and scaled into its box; a file that is no image, one over the cap and one whose header
 * claims an enormous picture are refused with nothing changed; the logo is served with a strong ETag,
 * public caching and 304. A new address is checked (rules, reserved words, taken, another organisation's
 * former address), confirmed, and the old one answers 301 to the new. Every change is audited before → after.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrganisationLogoAndSlugIT {

    private static final String LOGO_SAVED = "Het logo is opgeslagen.";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MeldpuntDeployment.ear();
    }

    @Test
    void aLogoIsCheckedByItsBytesCleanedScaledAuditedAndServedWithCachingHeaders() throws Exception {
        long demo = TestDatabase.organisationId("demo");
        String actor = "staff:" + TestDatabase.staffId("beheerder");
        StaffClient admin = StaffClient.loggedInAs("beheerder", DemoData.DEMO_PASSWORD);
        StoredLogo original = StoredLogo.of(demo);
        long mark = mark(demo);
        try {
            // Refused, each with its reason, and nothing changed: the demo keeps its logo, nothing is audited.
            byte[] pdf = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
                    .getBytes(StandardCharsets.US_ASCII);
            assertRefused(admin, pdf, "logo.png", "Dit bestand is geen PNG- of JPEG-afbeelding");
            byte[] oversized = new byte[2 * 1024 * 1024 + 1];
            System.arraycopy(png(200, 100, Color.BLUE), 0, oversized, 0, 8);
            assertRefused(admin, oversized, "groot.png", "Dit bestand is groter dan 2 MB");
            assertRefused(admin, bomb(50_000, 50_000), "bom.png", "Deze afbeelding is te groot: hoogstens 10000 pixels");
            assertRefused(admin, ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
                    + "<script>alert(1)</script></svg>").getBytes(StandardCharsets.UTF_8), "logo.svg", "Een SVG-bestand nemen we niet aan");
            assertArrayEquals(original.image(), StoredLogo.of(demo).image(), "nothing changed");
            assertEquals(List.of(), details(demo, mark, actor, "ORGANISATION_LOGO_CHANGED", "logo"), "nothing audited");

            // A PNG with metadata (a text chunk and EXIF), 1200 × 300: stored as a PNG of 600 × 150 without them.
            byte[] upload = withMetadata(png(1200, 300, new Color(0x1D5C2E)));
            assertTrue(new String(upload, StandardCharsets.ISO_8859_1).contains("Geheime locatie"));
            HttpResponse<String> page = admin.get("/admin/index.xhtml");
            HttpResponse<String> saved = admin.submitFileOn(page, "logoForm", "logoForm:logo", "logo.png", "image/png", upload,
                    "logoForm:upload");
            assertTrue(saved.body().contains(LOGO_SAVED), saved.body());
            StoredLogo stored = StoredLogo.of(demo);
            assertEquals("image/png", stored.contentType());
            String raw = new String(stored.image(), StandardCharsets.ISO_8859_1);
            assertFalse(raw.contains("Geheime locatie") || raw.contains("tEXt") || raw.contains("eXIf") || raw.contains("Exif"),
                    "no metadata left");
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(stored.image()));
            assertEquals(600, image.getWidth(), "scaled into the 600 × 200 box");
            assertEquals(150, image.getHeight(), "proportions kept");
            String sha = sha256(stored.image());
            assertEquals(sha, stored.sha256());
            assertEquals(List.of(original.auditText() + " → png " + stored.image().length + " B sha256:" + sha.substring(0, 12)),
                    details(demo, mark, actor, "ORGANISATION_LOGO_CHANGED", "logo"), "before → after as type, size and short hash");

            // The preview and the entry page show it, by an address that changes with the logo.
            Document admin2 = Jsoup.parse(saved.body());
            assertTrue(admin2.getElementById("previewLogo").attr("src").endsWith("/logo/demo?v=" + sha.substring(0, 16)),
                    admin2.getElementById("previewLogo").outerHtml());
            Document entry = Jsoup.parse(StaffClient.anonymous().get("/m/demo").body());
            assertTrue(entry.selectFirst("img.mp-logo").attr("src").endsWith("/logo/demo?v=" + sha.substring(0, 16)));

            // Served with caching headers and 304 when the browser's copy is current.
            HttpResponse<byte[]> logo = StaffClient.anonymous().getBytes("/logo/demo");
            assertEquals(200, logo.statusCode());
            assertArrayEquals(stored.image(), logo.body());
            assertEquals("image/png", logo.headers().firstValue("Content-Type").orElse(""));
            assertEquals("\"" + sha + "\"", logo.headers().firstValue("ETag").orElse(""), "a strong ETag: the hash of the bytes");
            assertEquals("public, max-age=300", logo.headers().firstValue("Cache-Control").orElse(""));
            assertEquals("nosniff", logo.headers().firstValue("X-Content-Type-Options").orElse(""));
            assertFalse(logo.headers().firstValue("Pragma").isPresent(), logo.headers().map().toString());
            HttpResponse<byte[]> again = StaffClient.anonymous().getBytesWith("/logo/demo", "If-None-Match", "\"" + sha + "\"");
            assertEquals(304, again.statusCode());
            assertEquals(0, again.body().length);
            assertEquals("\"" + sha + "\"", again.headers().firstValue("ETag").orElse(""));
            assertEquals(200, StaffClient.anonymous().getBytesWith("/logo/demo", "If-None-Match", "\"ander\"").statusCode());
            HttpResponse<byte[]> missing = StaffClient.anonymous().getBytes("/logo/bestaat-niet");
            assertEquals(404, missing.statusCode());
            assertEquals("no-store", missing.headers().firstValue("Cache-Control").orElse(""), "only the logo itself is cached");

            // A JPEG photo is taken too; stored as a PNG within the box.
            HttpResponse<String> jpeg = admin.submitFileOn(admin.get("/admin/index.xhtml"), "logoForm", "logoForm:logo", "foto.jpg",
                    "image/jpeg", jpeg(400, 400), "logoForm:upload");
            assertTrue(jpeg.body().contains(LOGO_SAVED), jpeg.body());
            BufferedImage square = ImageIO.read(new ByteArrayInputStream(StoredLogo.of(demo).image()));
            assertEquals(200, square.getWidth());
            assertEquals(200, square.getHeight());

            // Removed: the entry page shows the name only, and the removal is audited.
            HttpResponse<String> removed = admin.submitFileOn(admin.get("/admin/index.xhtml"), "logoForm", "logoForm:logo", "",
                    "application/octet-stream", new byte[0], "logoForm:remove");
            assertTrue(removed.body().contains("Het logo is verwijderd."), removed.body());
            assertEquals(404, StaffClient.anonymous().getBytes("/logo/demo").statusCode());
            assertTrue(Jsoup.parse(StaffClient.anonymous().get("/m/demo").body()).select("img.mp-logo").isEmpty());
            List<String> audited = details(demo, mark, actor, "ORGANISATION_LOGO_CHANGED", "logo");
            assertEquals(3, audited.size(), audited.toString());
            assertTrue(audited.get(2).endsWith(" → —"), audited.toString());
            String chain = admin.callService("OrganisationService", "verifyOwnAuditChain");
            assertTrue(chain.contains("firstBrokenSequence=null"), chain);
        } finally {
            original.restore(demo);
        }
    }

    @Test
    void anAddressIsCheckedConfirmedAuditedAndTheOldOneRedirectsPermanently() throws Exception {
        long demo = TestDatabase.organisationId("demo");
        String actor = "staff:" + TestDatabase.staffId("beheerder");
        StaffClient admin = StaffClient.loggedInAs("beheerder", DemoData.DEMO_PASSWORD);
        StaffClient noordAdmin = StaffClient.loggedInAs("beheerder.noord", DemoData.DEMO_PASSWORD);
        long mark = mark(demo);
        try {
            assertSlugRefused(admin, "Admin Pagina", "„Admin Pagina” kan geen adres zijn");
            assertSlugRefused(admin, "admin", "„admin” is gereserveerd");
            assertSlugRefused(admin, "noord", "Het adres „noord” is al in gebruik bij een andere organisatie");

            // Step 1 checks and asks; nothing changes until the admin confirms.
            HttpResponse<String> check = admin.submit("/admin/index.xhtml", "slugForm", Map.of("slugForm:slug", "demo-nieuw"),
                    "slugForm:check");
            String question = Jsoup.parse(check.body()).getElementById("confirmText").text();
            assertTrue(question.contains("/m/demo-nieuw") && question.contains("blijven werken"), question);
            assertEquals("demo", slug(demo), "not yet");
            assertEquals(200, StaffClient.anonymous().get("/m/demo").statusCode());

            HttpResponse<String> confirmed = admin.submitOn(check, "slugForm", Map.of(), "slugForm:confirm");
            assertTrue(confirmed.body().contains("Het adres is gewijzigd."), confirmed.body());
            assertEquals("demo-nieuw", slug(demo));
            Document page = Jsoup.parse(confirmed.body());
            assertTrue(page.getElementById("intranetUrl").val().endsWith("/m/demo-nieuw"), page.getElementById("intranetUrl").val());
            assertTrue(page.getElementById("snippet").text().contains("/m/demo-nieuw\""), "the snippet shows the new address");
            assertTrue(page.getElementById("slugForm:former").text().contains("/m/demo"));
            assertEquals(List.of("demo → demo-nieuw"), details(demo, mark, actor, "ORGANISATION_SLUG_CHANGED", "slug"));

            // The old address keeps working: a permanent redirect, for the entry page and the logo, with the query kept.
            HttpResponse<String> old = StaffClient.anonymous().get("/m/demo");
            assertEquals(301, old.statusCode());
            assertTrue(old.headers().firstValue("Location").orElse("").endsWith("/m/demo-nieuw"), old.headers().map().toString());
            assertTrue(StaffClient.anonymous().get("/m/demo?lang=en").headers().firstValue("Location").orElse("")
                    .endsWith("/m/demo-nieuw?lang=en"));
            HttpResponse<byte[]> oldLogo = StaffClient.anonymous().getBytes("/logo/demo");
            assertEquals(301, oldLogo.statusCode());
            assertTrue(oldLogo.headers().firstValue("Location").orElse("").endsWith("/logo/demo-nieuw"));
            assertEquals(200, StaffClient.anonymous().get("/m/demo-nieuw").statusCode());
            assertEquals(404, StaffClient.anonymous().get("/m/bestaat-niet").statusCode());

            // A former address stays the organisation's own: no other organisation and no new one takes it.
            String taken = noordAdmin.callService("OrganisationService", "changeSlug", "demo");
            assertTrue(taken.startsWith("REFUSED") && taken.contains("admin.slug.former"), taken);
            String now = noordAdmin.callService("OrganisationService", "changeSlug", "demo-nieuw");
            assertTrue(now.startsWith("REFUSED") && now.contains("admin.slug.taken"), now);
            assertEquals("noord", slug(TestDatabase.organisationId("noord")), "the admin of noord changed nothing");
            StaffClient platform = StaffClient.loggedInAs("platform", DemoData.DEMO_PASSWORD);
            String created = platform.callService("OrganisationLifecycleService", "create", "demo", "Een nieuwe klant");
            assertTrue(created.startsWith("REFUSED") && created.contains("slug.taken"), created);
            for (String login : List.of("platform", "vertrouwenspersoon", "hr")) {
                assertEquals("DENIED", StaffClient.loggedInAs(login, DemoData.DEMO_PASSWORD)
                        .callService("OrganisationService", "changeSlug", "iets-anders"), login);
            }
        } finally {
            admin.callService("OrganisationService", "changeSlug", "demo");
        }
        // Taking back the own former address is allowed; the address used in between now redirects.
        assertEquals("demo", slug(demo));
        assertEquals(200, StaffClient.anonymous().get("/m/demo").statusCode());
        HttpResponse<String> between = StaffClient.anonymous().get("/m/demo-nieuw");
        assertEquals(301, between.statusCode());
        assertTrue(between.headers().firstValue("Location").orElse("").endsWith("/m/demo"));
        assertEquals(List.of("demo → demo-nieuw", "demo-nieuw → demo"), details(demo, mark, actor, "ORGANISATION_SLUG_CHANGED", "slug"));
    }

    private static void assertRefused(StaffClient admin, byte[] file, String name, String message) {
        HttpResponse<String> answer = admin.submitFileOn(admin.get("/admin/index.xhtml"), "logoForm", "logoForm:logo", name,
                "image/png", file, "logoForm:upload");
        Document page = Jsoup.parse(answer.body());
        assertNotNull(page.getElementById("logoForm:logoError"), answer.body());
        String shown = page.getElementById("logoForm:logoError").text();
        assertTrue(shown.startsWith(message) && shown.endsWith("Er is niets opgeslagen."), name + ": " + shown);
        assertFalse(answer.body().contains(LOGO_SAVED));
    }

    private static void assertSlugRefused(StaffClient admin, String slug, String message) throws SQLException {
        HttpResponse<String> answer = admin.submit("/admin/index.xhtml", "slugForm", Map.of("slugForm:slug", slug), "slugForm:check");
        Document page = Jsoup.parse(answer.body());
        assertNotNull(page.getElementById("slugForm:slugError"), answer.body());
        String shown = page.getElementById("slugForm:slugError").text();
        assertTrue(shown.startsWith(message), slug + ": " + shown);
        assertTrue(page.select("#confirmText").isEmpty(), "no confirmation for a refused address");
        assertEquals("demo", slug(TestDatabase.organisationId("demo")));
    }

    /** The logo columns of an organisation, to put back exactly as they were (the demo's SVG cannot be uploaded). */
    record StoredLogo(byte[] image, String contentType, String sha256) {

        static StoredLogo of(long organisation) throws SQLException {
            try (var c = TestDatabase.connect(); var st = c.prepareStatement(
                    "select logo, logo_content_type, logo_sha256 from organisation where id = ?")) {
                st.setLong(1, organisation);
                try (var rs = st.executeQuery()) {
                    rs.next();
                    return new StoredLogo(rs.getBytes(1), rs.getString(2), rs.getString(3));
                }
            }
        }

        void restore(long organisation) throws SQLException {
            try (var c = TestDatabase.connect(); var st = c.prepareStatement(
                    "update organisation set logo = ?, logo_content_type = ?, logo_sha256 = ? where id = ?")) {
                st.setBytes(1, image);
                st.setString(2, contentType);
                st.setString(3, sha256);
                st.setLong(4, organisation);
                st.executeUpdate();
            }
        }

        /** As the audit names a logo. */
        String auditText() throws Exception {
            if (contentType == null) {
                return "—";
            }
            return contentType.replace("image/", "") + " " + image.length + " B sha256:" + OrganisationLogoAndSlugIT.sha256(image).substring(0, 12);
        }
    }

    static byte[] png(int width, int height, Color colour) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRoundRect(0, 0, width, height, height / 4, height / 4);
        g.setColor(Color.WHITE);
        g.fillOval(width / 10, height / 4, height / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static byte[] jpeg(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x00557F));
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    /** The PNG with a text chunk and an EXIF chunk (as a phone or a drawing program writes) right after IHDR. */
    static byte[] withMetadata(byte[] png) {
        int afterHeader = 8 + 4 + 4 + 13 + 4;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, afterHeader);
        out.writeBytes(chunk("tEXt", "Comment\0Geheime locatie 52.37N 4.89E".getBytes(StandardCharsets.ISO_8859_1)));
        out.writeBytes(chunk("eXIf", "MM\0*\0\0\0\bGeheime locatie".getBytes(StandardCharsets.ISO_8859_1)));
        out.write(png, afterHeader, png.length - afterHeader);
        return out.toByteArray();
    }

    /** A tiny PNG whose header claims {@code width × height} pixels: a decompression bomb. */
    static byte[] bomb(int width, int height) {
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        Deflater deflater = new Deflater();
        deflater.setInput(new byte[64 * 1024]);
        deflater.finish();
        byte[] compressed = new byte[1024];
        int length = deflater.deflate(compressed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        out.writeBytes(chunk("IHDR", header.array()));
        out.writeBytes(chunk("IDAT", java.util.Arrays.copyOf(compressed, length)));
        out.writeBytes(chunk("IEND", new byte[0]));
        return out.toByteArray();
    }

    private static byte[] chunk(String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(name).put(data).putInt((int) crc.getValue()).array();
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static String slug(long organisation) throws SQLException {
        try (var c = TestDatabase.connect(); var st = c.prepareStatement("select slug from organisation where id = ?")) {
            st.setLong(1, organisation);
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static long mark(long organisation) throws SQLException {
        try (var c = TestDatabase.connect(); var st = c.prepareStatement(
                "select coalesce(max(sequence_no), 0) from audit_entry where organisation_id = ?")) {
            st.setLong(1, organisation);
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

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
}

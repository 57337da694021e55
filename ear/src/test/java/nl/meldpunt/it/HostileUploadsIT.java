package nl.meldpunt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 15, item 4: uploads that attack, sent as a browser sends them to the reporter's personal page. Each is refused
 * with its kind explanation and nothing is stored; a thousand tiny uploads to one case store ten and refuse the rest
 * kindly; afterwards the server still answers and its heap (after garbage collection) has not grown by more than a
 * bounded amount.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileUploadsIT {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    /** Heap growth allowed over the whole test: the sessions and cached views of a thousand requests, no file's bytes. */
    private static final long HEAP_GROWTH = 96L * 1024 * 1024;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MeldpuntDeployment.ear();
    }

    @Test
    void hostileFilesAreRefusedKindlyAndNothingIsStored() throws Exception {
        long heapBefore = heap();
        StaffClient reporter = StaffClient.reporterWithNewReport("demo");
        long report = TestDatabase.reportId(reporter.caseCode());

        refused(reporter, "verslag.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                zipBombInADocument(), "op een ongewone manier ingepakt");
        refused(reporter, "foto.png", "image/png", pngClaiming(50_000, 50_000), "Deze foto kunnen we niet openen");
        refused(reporter, "brief.pdf", "application/pdf", pdfWithAZipBehindIt(), "een PDF en tegelijk een ander soort bestand");
        byte[] tooLarge = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, tooLarge, 0, PDF.length);
        refused(reporter, "groot.pdf", "application/pdf", tooLarge, "groter dan 10 MB");
        assertEquals(0, TestDatabase.attachmentCount(report), "nothing stored");

        assertEquals(200, StaffClient.anonymous().get("/m/demo").statusCode(), "the server still answers");
        assertTrue(heap() - heapBefore < HEAP_GROWTH, "heap bounded");
    }

    @Test
    void aThousandTinyUploadsToOneCaseStoreTenAndRefuseTheRestKindly() throws Exception {
        long heapBefore = heap();
        StaffClient reporter = StaffClient.reporterWithNewReport("demo");
        long report = TestDatabase.reportId(reporter.caseCode());
        HttpResponse<String> page = reporter.get("/melder/index.xhtml");
        int accepted = 0;
        int full = 0;
        for (int i = 0; i < 1000; i++) {
            byte[] tiny = ("bestand " + i + "\n").getBytes(StandardCharsets.UTF_8);
            page = reporter.submitFileOn(page, "upload", "upload:file", "notitie-" + i + ".txt", "text/plain", tiny, "upload:add");
            assertEquals(200, page.statusCode());
            if (page.body().contains("Er passen geen bestanden meer bij deze melding")) {
                full++;
            } else if (page.body().contains("notitie-" + i + ".txt")) {
                accepted++;
            }
        }
        assertEquals(10, accepted, "ten files fit in one report");
        assertEquals(990, full, "every other one is refused with the kind explanation");
        assertEquals(10, TestDatabase.attachmentCount(report));
        assertEquals(200, StaffClient.anonymous().get("/m/demo").statusCode(), "the server still answers");
        assertTrue(heap() - heapBefore < HEAP_GROWTH, "heap bounded after a thousand uploads");
    }

    /**
     * ASVS 5.4.1 (and W3): a stored file comes back only as a download, whatever it claims to be: a text named and
     * sent as a web page is stored as text and sent back with {@code Content-Disposition: attachment}, its
     * stored name (the last path part, with the detected type's extension), the detected type, {@code nosniff}, and
     * the bytes as stored.
     */
    @Test
    void anAcceptedFileComesBackAsADownloadNeverAsAPage() {
        StaffClient reporter = StaffClient.reporterWithNewReport("demo");
        byte[] note = "Aantekening van 3 juni, 09:12 uur.\n".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> page = reporter.submitFileOn(reporter.get("/melder/index.xhtml"), "upload", "upload:file",
                "..\\map\\notitie <juni>.html", "text/html", note, "upload:add");
        assertEquals(200, page.statusCode());
        String link = org.jsoup.Jsoup.parse(page.body()).select("a[id$=:download]").attr("id");
        assertFalse(link.isEmpty(), "the file is listed with a download link: " + page.body());

        HttpResponse<String> file = reporter.submitOn(page, "fileList", java.util.Map.of(link, link), link);
        assertEquals(200, file.statusCode());
        String disposition = file.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(disposition.startsWith("attachment"), "a download, never shown inline: " + disposition);
        assertTrue(disposition.contains("notitie") && !disposition.contains("map"), "the last part of the name only: " + disposition);
        assertTrue(disposition.replace("\"", "").endsWith(".txt"), "with the detected type's extension last: " + disposition);
        assertTrue(file.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"), "the detected type, not the claimed one");
        assertEquals("nosniff", file.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals(new String(note, StandardCharsets.UTF_8), file.body(), "the bytes as stored");
    }

    private static void refused(StaffClient reporter, String name, String claimedType, byte[] content, String explanation) {
        HttpResponse<String> page = reporter.get("/melder/index.xhtml");
        HttpResponse<String> answer = reporter.submitFileOn(page, "upload", "upload:file", name, claimedType, content, "upload:add");
        assertEquals(200, answer.statusCode(), name);
        assertTrue(answer.body().contains(explanation), name + ": the kind explanation");
        assertTrue(answer.body().contains("De rest van uw melding is bewaard"), name + ": and that nothing else is lost");
    }

    /** A Word document whose main part unpacks to 500 MB of zeros, packed into well under a megabyte. */
    private static byte[] zipBombInADocument() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<Types><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 500; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertTrue(bytes.size() < 1024 * 1024, "a bomb: " + bytes.size());
        return bytes.toByteArray();
    }

    /** A PNG signature and header claiming {@code width} × {@code height} pixels, with a token of pixel data. */
    private static byte[] pngClaiming(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2).array());
        chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(name);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** A PDF with a ZIP archive (holding a program) behind it: a reader of either kind opens it. */
    private static byte[] pdfWithAZipBehindIt() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(PDF);
        ByteArrayOutputStream archive = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(archive)) {
            zip.putNextEntry(new ZipEntry("setup.exe"));
            zip.write("MZ".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
        bytes.writeBytes(archive.toByteArray());
        return bytes.toByteArray();
    }

    private static long heap() {
        return Long.parseLong(StaffClient.anonymous().get("/it-probe/heap").body().trim());
    }
}

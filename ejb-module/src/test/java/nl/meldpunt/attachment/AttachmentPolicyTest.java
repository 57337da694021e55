package nl.meldpunt.attachment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.meldpunt.attachment.AttachmentPolicy.Accepted;
import nl.meldpunt.attachment.AttachmentPolicy.Decision;
import nl.meldpunt.attachment.AttachmentPolicy.Refused;
import org.junit.jupiter.api.Test;

/** The type whitelist, judged from content only, and the limits. Images: {@link ImageCleanerTest}. */
class AttachmentPolicyTest {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    private final AttachmentPolicy policy = new AttachmentPolicy();

    @Test
    void pdfIsAcceptedAsItIs() {
        Accepted accepted = accept(PDF, AttachmentPolicy.PDF);
        assertArrayEquals(PDF, accepted.cleanedBytes());
    }

    /** A PDF with a ZIP archive behind it opens as either; it is the one type kept unchanged, so it is refused. */
    @Test
    void aPdfThatIsAlsoAZipArchiveIsRefused() {
        byte[] zip = TestFiles.zip(java.util.Map.of("evil.exe", "MZ".getBytes(StandardCharsets.US_ASCII)));
        byte[] polyglot = new byte[PDF.length + zip.length];
        System.arraycopy(PDF, 0, polyglot, 0, PDF.length);
        System.arraycopy(zip, 0, polyglot, PDF.length, zip.length);
        refuse(polyglot, AttachmentPolicy.REFUSED_TWO_KINDS);
        // The record's signature alone, without a directory inside the file before it, is no archive.
        byte[] look = new byte[PDF.length + 22];
        System.arraycopy(PDF, 0, look, 0, PDF.length);
        look[PDF.length] = 'P';
        look[PDF.length + 1] = 'K';
        look[PDF.length + 2] = 5;
        look[PDF.length + 3] = 6;
        look[PDF.length + 16] = (byte) 0xFF; // directory offset far beyond the file
        accept(look, AttachmentPolicy.PDF);
    }

    @Test
    void emptyFilesAreRefused() {
        refuse(new byte[0], AttachmentPolicy.REFUSED_EMPTY);
        assertEquals(new Refused(AttachmentPolicy.REFUSED_EMPTY), policy.decide(null, 0, 0));
        refuse(" \n\t ".getBytes(StandardCharsets.US_ASCII), AttachmentPolicy.REFUSED_EMPTY);
    }

    @Test
    void limitsAreCheckedBeforeTheContent() {
        byte[] tooBig = new byte[(int) AttachmentPolicy.MAX_FILE_BYTES + 1];
        System.arraycopy(PDF, 0, tooBig, 0, PDF.length);
        refuse(tooBig, AttachmentPolicy.REFUSED_TOO_LARGE);

        assertEquals(new Refused(AttachmentPolicy.REFUSED_REPORT_FULL),
                policy.decide(PDF, AttachmentPolicy.MAX_FILES_PER_REPORT, 0));
        assertEquals(new Refused(AttachmentPolicy.REFUSED_REPORT_FULL),
                policy.decide(PDF, 1, AttachmentPolicy.MAX_REPORT_BYTES - PDF.length + 1));
        assertInstanceOf(Accepted.class, policy.decide(PDF, AttachmentPolicy.MAX_FILES_PER_REPORT - 1,
                AttachmentPolicy.MAX_REPORT_BYTES - PDF.length));

        byte[] exactlyTheLimit = new byte[(int) AttachmentPolicy.MAX_FILE_BYTES];
        System.arraycopy(PDF, 0, exactlyTheLimit, 0, PDF.length);
        accept(exactlyTheLimit, AttachmentPolicy.PDF);
    }

    @Test
    void programsScriptsWebPagesAndOtherTypesAreRefused() {
        Map<String, byte[]> refused = new LinkedHashMap<>();
        refused.put("Windows program", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0});
        refused.put("ELF program", new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        refused.put("shell script", "#!/bin/sh\nrm -rf ~\n".getBytes());
        refused.put("HTML", "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes());
        refused.put("SVG", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes());
        refused.put("XML", "<?xml version=\"1.0\"?><a/>".getBytes());
        refused.put("RTF", "{\\rtf1\\ansi hallo}".getBytes());
        refused.put("WebP", "RIFF\0\0\0\0WEBPVP8 ".getBytes());
        refused.put("unknown binary", new byte[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
        refused.put("7-Zip", new byte[] {'7', 'z', (byte) 0xBC, (byte) 0xAF, 0x27, 0x1C, 0, 4});
        refused.put("plain ZIP", TestFiles.zip(Map.of("verhaal.txt", "tekst".getBytes())));
        refused.put("Java archive", TestFiles.zip(Map.of("META-INF/MANIFEST.MF", "Main-Class: A\n".getBytes(), "A.class", new byte[] {1})));
        refused.put("EPUB", TestFiles.openDocument("application/epub+zip"));
        for (Map.Entry<String, byte[]> e : refused.entrySet()) {
            assertEquals(new Refused(AttachmentPolicy.REFUSED_TYPE), policy.decide(e.getValue(), 0, 0), e.getKey());
        }
    }

    @Test
    void heicPhotosGetTheirOwnExplanation() {
        byte[] heic = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c', 0, 0, 0, 0, 'm', 'i', 'f', '1', 'h', 'e', 'i', 'c'};
        refuse(heic, AttachmentPolicy.REFUSED_HEIC);
    }

    @Test
    void plainTextIsStoredAsUtf8WhateverItCameIn() {
        String story = "Op maandag zei mijn leidinggevende: \"Dat regel ik wel.\"\r\nCafé, € 20,–\n";
        assertArrayEquals(story.getBytes(StandardCharsets.UTF_8),
                accept(story.getBytes(StandardCharsets.UTF_8), AttachmentPolicy.TEXT).cleanedBytes());
        assertArrayEquals(story.getBytes(StandardCharsets.UTF_8),
                accept(TestFiles.concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, story.getBytes(StandardCharsets.UTF_8)),
                        AttachmentPolicy.TEXT).cleanedBytes());
        String windows = "Caf\u00e9, \u20ac 20 \u2013 notities\n";
        assertArrayEquals(windows.getBytes(StandardCharsets.UTF_8),
                accept(windows.getBytes(Charset.forName("windows-1252")), AttachmentPolicy.TEXT).cleanedBytes());
        assertArrayEquals(story.getBytes(StandardCharsets.UTF_8),
                accept(TestFiles.concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, story.getBytes(StandardCharsets.UTF_16LE)),
                        AttachmentPolicy.TEXT).cleanedBytes());
    }

    @Test
    void textThatTurnsBinaryAfterItsStartIsRefused() {
        byte[] text = "Gewone tekst aan het begin.\n".repeat(100).getBytes(StandardCharsets.US_ASCII);
        byte[] sneaky = TestFiles.concat(text, new byte[] {0, 0, 1, 2, 'M', 'Z', 0, 0});
        assertEquals("text/plain", AttachmentPolicy.detect(sneaky), "tika looks at the start only");
        refuse(sneaky, AttachmentPolicy.REFUSED_TYPE);
    }

    @Test
    void officeOpenXmlDocumentsAreAcceptedWithTheirRealType() {
        accept(TestFiles.docx(), AttachmentPolicy.DOCX);
        accept(TestFiles.docx("word/media/image1.png", "word/embeddings/Microsoft_Excel_Worksheet.xlsx"), AttachmentPolicy.DOCX);
        accept(TestFiles.zip(TestFiles.officeOpenXml("xl/workbook.xml",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")), AttachmentPolicy.XLSX);
        accept(TestFiles.zip(TestFiles.officeOpenXml("ppt/presentation.xml",
                "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml")), AttachmentPolicy.PPTX);
    }

    @Test
    void officeOpenXmlIsRecognisedWhereverItsContentTypesEntrySits() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("word/document.xml", "<document/>".getBytes());
        entries.putAll(TestFiles.officeOpenXml("word/document.xml",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"));
        byte[] docx = TestFiles.zip(entries);
        assertEquals("application/zip", AttachmentPolicy.detect(docx));
        accept(docx, AttachmentPolicy.DOCX);
    }

    @Test
    void officeFilesWithMacrosActiveXOrEmbeddedProgramsAreRefused() {
        refuse(TestFiles.zip(TestFiles.officeOpenXml("word/document.xml",
                        "application/vnd.ms-word.document.macroEnabled.main+xml", "word/vbaProject.bin")),
                AttachmentPolicy.REFUSED_MACRO);
        refuse(TestFiles.zip(TestFiles.officeOpenXml("xl/workbook.xml",
                        "application/vnd.ms-excel.sheet.macroEnabled.main+xml", "xl/vbaProject.bin")),
                AttachmentPolicy.REFUSED_MACRO);
        refuse(TestFiles.docx("word/vbaProject.bin"), AttachmentPolicy.REFUSED_MACRO);
        refuse(TestFiles.docx("word/activeX/activeX1.xml"), AttachmentPolicy.REFUSED_MACRO);
        refuse(TestFiles.docx("word/embeddings/oleObject1.bin"), AttachmentPolicy.REFUSED_MACRO);
        refuse(TestFiles.docx("word/embeddings/Microsoft_Excel_Macro-Enabled_Worksheet.xlsm"), AttachmentPolicy.REFUSED_MACRO);
        refuse(TestFiles.docx("word/media/setup.exe"), AttachmentPolicy.REFUSED_TYPE);
        refuse(TestFiles.docx("payload/App.class"), AttachmentPolicy.REFUSED_TYPE);
    }

    @Test
    void aZipWithContentTypesButNoDocumentIsRefused() {
        refuse(TestFiles.zip(TestFiles.officeOpenXml("other/thing.xml", "application/xml")), AttachmentPolicy.REFUSED_TYPE);
        Map<String, byte[]> noWordFolder = TestFiles.officeOpenXml("word/document.xml",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
        noWordFolder.remove("word/document.xml");
        refuse(TestFiles.zip(noWordFolder), AttachmentPolicy.REFUSED_TYPE);
    }

    @Test
    void openDocumentIsAcceptedByItsMimetypeEntryAndRefusedWithMacros() {
        accept(TestFiles.openDocument(AttachmentPolicy.ODT), AttachmentPolicy.ODT);
        accept(TestFiles.openDocument(AttachmentPolicy.ODS), AttachmentPolicy.ODS);
        accept(TestFiles.openDocument(AttachmentPolicy.ODP), AttachmentPolicy.ODP);
        refuse(TestFiles.openDocument(AttachmentPolicy.ODT, "Basic/Standard/Module1.xml"), AttachmentPolicy.REFUSED_MACRO);
        refuse(TestFiles.openDocument(AttachmentPolicy.ODT, "Scripts/python/run.py"), AttachmentPolicy.REFUSED_TYPE);
        refuse(TestFiles.openDocument(AttachmentPolicy.ODT, "Scripts/javascript/run.txt"), AttachmentPolicy.REFUSED_MACRO);
    }

    @Test
    void aZipBombIsJudgedWithoutInflatingIt() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<document/>".getBytes());
            zip.closeEntry();
        }
        assertTrue(bytes.size() < AttachmentPolicy.MAX_FILE_BYTES);
        long start = System.nanoTime();
        refuse(bytes.toByteArray(), AttachmentPolicy.REFUSED_TYPE);
        assertTrue(System.nanoTime() - start < 2_000_000_000L, "judged without inflating 200 MB");
    }

    /** A document whose main part unpacks to 300 MB of zeros: refused by its directory's sizes, without unpacking. */
    @Test
    void aDocumentThatWouldUnpackToHundredsOfMegabytesIsRefused() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<Types><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 300; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertTrue(bytes.size() < AttachmentPolicy.MAX_FILE_BYTES);
        refuse(bytes.toByteArray(), AttachmentPolicy.REFUSED_PACKED);
    }

    @Test
    void damagedZipsAreRefused() {
        byte[] docx = TestFiles.docx();
        byte[] truncated = java.util.Arrays.copyOf(docx, docx.length - 30);
        refuse(truncated, AttachmentPolicy.REFUSED_TYPE);
        byte[] onlyMagic = {'P', 'K', 3, 4, 0, 0, 0, 0};
        refuse(onlyMagic, AttachmentPolicy.REFUSED_TYPE);
    }

    @Test
    void theStoredNameIsTheLastPathPartWithAFittingExtension() {
        assertEquals("foto.jpg", AttachmentPolicy.storedName("C:\\Users\\anna\\Pictures\\foto.jpg", AttachmentPolicy.JPEG, "bijlage"));
        assertEquals("foto.JPEG", AttachmentPolicy.storedName("/home/anna/foto.JPEG", AttachmentPolicy.JPEG, "bijlage"));
        assertEquals("brief.exe.pdf", AttachmentPolicy.storedName("brief.exe", AttachmentPolicy.PDF, "bijlage"));
        assertEquals("bijlage.pdf", AttachmentPolicy.storedName(null, AttachmentPolicy.PDF, "bijlage"));
        assertEquals("attachment.docx", AttachmentPolicy.storedName("  ", AttachmentPolicy.DOCX, "attachment"));
        assertEquals("notities.txt", AttachmentPolicy.storedName("notities", AttachmentPolicy.TEXT, "bijlage"));
        assertEquals("htaccess.txt", AttachmentPolicy.storedName(".htaccess", AttachmentPolicy.TEXT, "bijlage"));
        // A right-to-left override would show "fdp.exe" reversed as if it were a PDF.
        assertEquals("factuurexe.pdf", AttachmentPolicy.storedName("factuur\u202Eexe.pdf", AttachmentPolicy.PDF, "bijlage"));
        assertEquals("ab.pdf", AttachmentPolicy.storedName("a\u0000b\n.pdf", AttachmentPolicy.PDF, "bijlage"));

        String longName = AttachmentPolicy.storedName("x".repeat(500) + ".pdf", AttachmentPolicy.PDF, "bijlage");
        assertEquals(200, longName.length());
        assertTrue(longName.endsWith(".pdf"));
    }

    private Accepted accept(byte[] bytes, String expectedType) {
        Decision decision = policy.decide(bytes, 0, 0);
        Accepted accepted = assertInstanceOf(Accepted.class, decision, () -> "refused: " + decision);
        assertEquals(expectedType, accepted.contentType());
        return accepted;
    }

    private void refuse(byte[] bytes, String reasonKey) {
        assertEquals(new Refused(reasonKey), policy.decide(bytes, 0, 0));
    }

    /**
     * Found by fuzzing (AttachmentFuzzTest#storedName, docs/fuzzing.md): a name such as {@code "/. maar"} lost its dot
     * but kept the space behind it, so the stored name began with a space, and stored once more it changed again.
     */
    @Test
    void aStoredNameNeverStartsWithASpaceAndStaysAsItIs() {
        assertEquals("maar.odt", AttachmentPolicy.storedName("/. maar", AttachmentPolicy.ODT, "bijlage"));
        assertEquals("x.pdf", AttachmentPolicy.storedName(". . .x", AttachmentPolicy.PDF, "bijlage"));
        assertEquals("bijlage.pdf", AttachmentPolicy.storedName(". .", AttachmentPolicy.PDF, "bijlage"));
        for (String submitted : new String[] {"/. maar", ". . .x", "verslag.pdf", " .htaccess"}) {
            String stored = AttachmentPolicy.storedName(submitted, AttachmentPolicy.PDF, "bijlage");
            assertEquals(stored, AttachmentPolicy.storedName(stored, AttachmentPolicy.PDF, "bijlage"), submitted);
        }
    }
}

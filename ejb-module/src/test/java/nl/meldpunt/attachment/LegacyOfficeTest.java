package nl.meldpunt.attachment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import nl.meldpunt.attachment.AttachmentPolicy.Accepted;
import nl.meldpunt.attachment.AttachmentPolicy.Refused;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.junit.jupiter.api.Test;

/**
 * Word and Excel 97–2003 files (OLE2 compound files), written by Apache POI so that the reader in
 * {@link CompoundFile} meets real files: small streams in the mini stream, big ones in the FAT, and a
 * FAT large enough to need DIFAT sectors.
 */
class LegacyOfficeTest {

    private final AttachmentPolicy policy = new AttachmentPolicy();

    @Test
    void aWordDocumentIsAccepted() {
        byte[] doc = TestFiles.compoundFile(root -> TestFiles.stream(root, "WordDocument", wordFib(false, 600)));
        assertEquals("application/x-tika-msoffice", AttachmentPolicy.detect(doc));
        Accepted accepted = assertInstanceOf(Accepted.class, policy.decide(doc, 0, 0));
        assertEquals(AttachmentPolicy.DOC, accepted.contentType());
    }

    @Test
    void aWordDocumentWithItsMainStreamInTheFatIsAccepted() {
        byte[] doc = TestFiles.compoundFile(root -> TestFiles.stream(root, "WordDocument", wordFib(false, 20_000)));
        assertEquals(AttachmentPolicy.DOC, assertInstanceOf(Accepted.class, policy.decide(doc, 0, 0)).contentType());
    }

    @Test
    void aLargeDocumentWhoseFatNeedsDifatSectorsIsRead() {
        byte[] doc = TestFiles.compoundFile(root -> {
            TestFiles.stream(root, "WordDocument", wordFib(false, 600));
            TestFiles.stream(root, "Data", new byte[8 * 1024 * 1024]);
        });
        assertEquals(AttachmentPolicy.DOC, assertInstanceOf(Accepted.class, policy.decide(doc, 0, 0)).contentType());
    }

    @Test
    void wordWithMacrosOrEmbeddedPackagesIsRefused() {
        refuse(TestFiles.compoundFile(root -> {
            TestFiles.stream(root, "WordDocument", wordFib(false, 600));
            DirectoryEntry macros = TestFiles.directory(root, "Macros");
            TestFiles.stream(TestFiles.directory(macros, "VBA"), "dir", new byte[100]);
        }), AttachmentPolicy.REFUSED_MACRO);
        refuse(TestFiles.compoundFile(root -> {
            TestFiles.stream(root, "WordDocument", wordFib(false, 600));
            DirectoryEntry pool = TestFiles.directory(TestFiles.directory(root, "ObjectPool"), "_1234");
            TestFiles.stream(pool, "\u0001Ole10Native", new byte[100]);
        }), AttachmentPolicy.REFUSED_MACRO);
        refuse(TestFiles.compoundFile(root -> {
            TestFiles.stream(root, "WordDocument", wordFib(false, 600));
            TestFiles.stream(TestFiles.directory(TestFiles.directory(root, "ObjectPool"), "_5678"), "Equation Native", new byte[100]);
        }), AttachmentPolicy.REFUSED_MACRO);
    }

    @Test
    void passwordProtectedFilesAreRefusedWithTheirOwnReason() {
        refuse(TestFiles.compoundFile(root -> TestFiles.stream(root, "WordDocument", wordFib(true, 600))), AttachmentPolicy.REFUSED_PROTECTED);
        refuse(TestFiles.compoundFile(root -> {
            TestFiles.stream(root, "EncryptionInfo", new byte[200]);
            TestFiles.stream(root, "EncryptedPackage", new byte[5000]);
        }), AttachmentPolicy.REFUSED_PROTECTED);
        refuse(TestFiles.compoundFile(root -> TestFiles.stream(root, "Workbook",
                biff(record(0x0809, new byte[16]), record(0x002F, new byte[6]), record(0x000A, new byte[0])))),
                AttachmentPolicy.REFUSED_PROTECTED);
    }

    @Test
    void anExcelWorkbookWrittenByPoiIsAccepted() throws IOException {
        byte[] xls;
        try (HSSFWorkbook workbook = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Overzicht").createRow(0).createCell(0).setCellValue("Datum van het voorval");
            workbook.write(out);
            xls = out.toByteArray();
        }
        assertEquals(AttachmentPolicy.XLS, assertInstanceOf(Accepted.class, policy.decide(xls, 0, 0)).contentType());
    }

    @Test
    void excelWithMacroSheetsOrVbaIsRefused() {
        // Not padded: a stream under 4096 bytes lives in the mini stream.
        byte[] excel4 = TestFiles.concat(TestFiles.concat(record(0x0809, new byte[16]), record(0x0085, boundSheet(1))),
                record(0x000A, new byte[0]));
        refuse(TestFiles.compoundFile(root -> TestFiles.stream(root, "Workbook", excel4)), AttachmentPolicy.REFUSED_MACRO);
        byte[] module = biff(record(0x0809, new byte[16]), record(0x0085, boundSheet(6)), record(0x000A, new byte[0]));
        refuse(TestFiles.compoundFile(root -> TestFiles.stream(root, "Workbook", module)), AttachmentPolicy.REFUSED_MACRO);
        byte[] plain = biff(record(0x0809, new byte[16]), record(0x0085, boundSheet(0)), record(0x000A, new byte[0]));
        refuse(TestFiles.compoundFile(root -> {
            TestFiles.stream(root, "Workbook", plain);
            TestFiles.stream(TestFiles.directory(root, "_VBA_PROJECT_CUR"), "PROJECT", new byte[50]);
        }), AttachmentPolicy.REFUSED_MACRO);
        assertInstanceOf(Accepted.class, policy.decide(TestFiles.compoundFile(root -> TestFiles.stream(root, "Workbook", plain)), 0, 0));
    }

    @Test
    void otherCompoundFilesAreRefused() {
        refuse(TestFiles.compoundFile(root -> TestFiles.stream(root, "PowerPoint Document", new byte[5000])), AttachmentPolicy.REFUSED_TYPE);
        refuse(TestFiles.compoundFile(root -> TestFiles.stream(root, "\u4840\u3f3f\u4577\u446c", new byte[5000])), AttachmentPolicy.REFUSED_TYPE);
        refuse(TestFiles.compoundFile(root -> TestFiles.stream(root, "__substg1.0_0037001F", new byte[100])), AttachmentPolicy.REFUSED_TYPE);
    }

    @Test
    void damagedCompoundFilesAreRefused() {
        byte[] doc = TestFiles.compoundFile(root -> TestFiles.stream(root, "WordDocument", wordFib(false, 600)));
        refuse(java.util.Arrays.copyOf(doc, 600), AttachmentPolicy.REFUSED_TYPE);
        byte[] loop = doc.clone();
        ByteBuffer.wrap(loop).order(ByteOrder.LITTLE_ENDIAN).putInt(0x30, 0x7FFFFFF0);  // directory outside the file
        refuse(loop, AttachmentPolicy.REFUSED_TYPE);
        byte[] headerOnly = java.util.Arrays.copyOf(CompoundFile.SIGNATURE, 512);
        refuse(headerOnly, AttachmentPolicy.REFUSED_TYPE);
    }

    private void refuse(byte[] bytes, String reasonKey) {
        assertEquals(new Refused(reasonKey), policy.decide(bytes, 0, 0));
    }


    /** A Word FIB start: wIdent 0xA5EC, nFib, and the flags word with fEncrypted (bit 8). */
    private static byte[] wordFib(boolean encrypted, int length) {
        ByteBuffer fib = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        fib.putShort(0, (short) 0xA5EC).putShort(2, (short) 0x00C1).putShort(0x0A, (short) (encrypted ? 0x0100 : 0));
        return fib.array();
    }

    private static byte[] boundSheet(int sheetType) {
        return new byte[] {0, 0, 0, 0, 0, (byte) sheetType, 1, 0, 'A'};
    }

    private static byte[] record(int type, byte[] data) {
        return ByteBuffer.allocate(4 + data.length).order(ByteOrder.LITTLE_ENDIAN)
                .putShort((short) type).putShort((short) data.length).put(data).array();
    }

    /** A workbook stream, padded to 4096 bytes as Excel writes it. */
    private static byte[] biff(byte[]... records) {
        ByteBuffer stream = ByteBuffer.allocate(4096);
        for (byte[] r : records) {
            stream.put(r);
        }
        return stream.array();
    }
}

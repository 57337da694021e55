package nl.meldpunt.attachment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import nl.meldpunt.attachment.AttachmentPolicy.Accepted;
import nl.meldpunt.attachment.AttachmentPolicy.Refused;
import org.junit.jupiter.api.Test;

/**
 * Containers made to mislead the readers behind {@link ZipDirectory} (Commons Compress) and
 * {@link CompoundFile} (POIFS): directories that lie about sizes, entries hidden from a reader that
 * walks local headers, compression methods nobody reads, sector tables that claim more than the file,
 * chains that loop. Each is refused as a file of unknown type, quickly and without a large allocation.
 */
class HostileContainersTest {

    private static final String DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    private final AttachmentPolicy policy = new AttachmentPolicy();

    @Test
    void aDirectoryThatUnderstatesASizeDoesNotGetAnEntryInflatedPastTheLimit() {
        byte[] docx = docxWithContentTypes(contentTypesOf(3 * 1024 * 1024));
        Zip zip = Zip.of(docx);
        zip.central("[Content_Types].xml").putInt(24, 400);
        long start = System.nanoTime();
        refuse(docx, AttachmentPolicy.REFUSED_TYPE);
        assertTrue(System.nanoTime() - start < 2_000_000_000L);
    }

    @Test
    void aDirectoryThatOverstatesASizeIsRefusedWithoutInflating() {
        byte[] docx = TestFiles.docx();
        Zip.of(docx).central("[Content_Types].xml").putInt(24, Integer.MAX_VALUE);
        // 2 GB declared: refused by the declared size already, before any part is read.
        refuse(docx, AttachmentPolicy.REFUSED_PACKED);
    }

    @Test
    void contentThatDoesNotMatchItsDirectoryRecordIsRefused() {
        accept(TestFiles.docx(), AttachmentPolicy.DOCX);
        byte[] wrongSize = TestFiles.docx();
        ByteBuffer record = Zip.of(wrongSize).central("[Content_Types].xml");
        record.putInt(24, record.getInt(24) - 1);
        refuse(wrongSize, AttachmentPolicy.REFUSED_TYPE);
        byte[] wrongCrc = TestFiles.docx();
        record = Zip.of(wrongCrc).central("[Content_Types].xml");
        record.putInt(16, record.getInt(16) ^ 1);
        refuse(wrongCrc, AttachmentPolicy.REFUSED_TYPE);
    }

    /**
     * Word reads the central directory; a reader of local headers (ZipInputStream) takes a stored
     * entry's length from its own header and steps over whatever that covers. Here a padding entry's
     * local header covers the macro project that the directory lists.
     */
    @Test
    void anEntryListedInTheDirectoryButHiddenFromTheLocalHeadersStillCounts() throws IOException {
        Map<String, byte[]> entries = TestFiles.officeOpenXml("word/document.xml", DOCX_MAIN);
        entries.put("word/media/padding.bin", new byte[100]);
        entries.put("word/vbaProject.bin", "macro".getBytes(StandardCharsets.US_ASCII));
        byte[] docx = storedZip(entries);
        Zip zip = Zip.of(docx);
        int padding = zip.localHeaderOffset("word/media/padding.bin");
        int paddingData = padding + 30 + "word/media/padding.bin".length();
        int hiddenEnd = zip.localHeaderOffset("word/vbaProject.bin") + 30 + "word/vbaProject.bin".length() + 5;
        CRC32 crc = new CRC32();
        crc.update(docx, paddingData, hiddenEnd - paddingData);
        ByteBuffer local = ByteBuffer.wrap(docx).order(ByteOrder.LITTLE_ENDIAN);
        local.putInt(padding + 14, (int) crc.getValue()).putInt(padding + 18, hiddenEnd - paddingData)
                .putInt(padding + 22, hiddenEnd - paddingData);

        List<String> seenByLocalHeaders = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                seenByLocalHeaders.add(e.getName());
            }
        }
        assertFalse(seenByLocalHeaders.contains("word/vbaProject.bin"), "the construction hides the entry: " + seenByLocalHeaders);
        refuse(docx, AttachmentPolicy.REFUSED_MACRO);
    }

    @Test
    void anEncryptedEntryIsRefused() {
        byte[] docx = TestFiles.docx();
        ByteBuffer record = Zip.of(docx).central("word/document.xml");
        record.putShort(8, (short) (record.getShort(8) | 1));
        refuse(docx, AttachmentPolicy.REFUSED_TYPE);
    }

    /** Zstandard (93) needs a native library that is not there; BZIP2 (12) is no Office format either. */
    @Test
    void compressionMethodsOtherThanStoredAndDeflatedAreNotRead() {
        for (short method : new short[] {93, 12}) {
            Map<String, byte[]> entries = TestFiles.officeOpenXml("word/document.xml", DOCX_MAIN);
            byte[] docx = storedZip(entries);
            Zip zip = Zip.of(docx);
            zip.central("[Content_Types].xml").putShort(10, method);
            ByteBuffer.wrap(docx).order(ByteOrder.LITTLE_ENDIAN).putShort(zip.localHeaderOffset("[Content_Types].xml") + 8, method);
            refuse(docx, AttachmentPolicy.REFUSED_TYPE);
        }
    }

    @Test
    void tooManyEntriesAreRefused() {
        Map<String, byte[]> entries = TestFiles.officeOpenXml("word/document.xml", DOCX_MAIN);
        for (int i = 0; i < ZipDirectory.MAX_ENTRIES; i++) {
            entries.put("word/p" + i, new byte[0]);
        }
        refuse(TestFiles.zip(entries), AttachmentPolicy.REFUSED_TYPE);
        entries.keySet().removeIf(name -> name.startsWith("word/p1"));
        accept(TestFiles.zip(entries), AttachmentPolicy.DOCX);
    }

    /**
     * POIFS buffers as much as the header's sector table count can address (up to 250 MB); a
     * 20-kilobyte file must not make it do so.
     */
    @Test
    void aHeaderClaimingAHugeSectorTableIsRefusedWithoutBufferingIt() {
        byte[] doc = TestFiles.compoundFile(root -> TestFiles.stream(root, "WordDocument", wordFib(20_000)));
        ByteBuffer.wrap(doc).order(ByteOrder.LITTLE_ENDIAN).putInt(0x2C, 3000);  // 3000 FAT sectors: 196 MB addressable
        long before = allocatedBytes();
        refuse(doc, AttachmentPolicy.REFUSED_TYPE);
        long allocated = allocatedBytes() - before;
        assertTrue(allocated < 32L * 1024 * 1024, "allocated " + allocated + " bytes");
    }

    @Test
    void aWorkbookWhoseSectorChainLoopsIsRefused() {
        byte[] plain = biff(20_000);
        accept(TestFiles.compoundFile(root -> TestFiles.stream(root, "Workbook", plain)), AttachmentPolicy.XLS);
        byte[] xls = TestFiles.compoundFile(root -> TestFiles.stream(root, "Workbook", plain));
        Ole2 file = Ole2.of(xls);
        int start = file.startSector("Workbook");
        file.setNext(start + 2, start);
        long begin = System.nanoTime();
        refuse(xls, AttachmentPolicy.REFUSED_TYPE);
        assertTrue(System.nanoTime() - begin < 2_000_000_000L);
    }

    @Test
    void aWorkbookCutOffBeforeItsEndIsRefused() {
        byte[] xls = TestFiles.compoundFile(root -> TestFiles.stream(root, "Workbook", biff(20_000)));
        Ole2 file = Ole2.of(xls);
        file.setNext(file.startSector("Workbook") + 5, 0xFFFFFFFE);  // the chain ends, the stream's size says more
        refuse(xls, AttachmentPolicy.REFUSED_TYPE);
        refuse(java.util.Arrays.copyOf(xls, xls.length / 2), AttachmentPolicy.REFUSED_TYPE);
    }

    /** Word and Excel look for their main stream in the root storage; an Outlook message keeps attachments in storages. */
    @Test
    void aMainStreamInsideAStorageIsNoDocument() {
        refuse(TestFiles.compoundFile(root -> TestFiles.stream(TestFiles.directory(root, "__substg1.0_3701000D"), "WordDocument", wordFib(600))),
                AttachmentPolicy.REFUSED_TYPE);
        refuse(TestFiles.compoundFile(root -> TestFiles.stream(TestFiles.directory(root, "_1234"), "Workbook", biff(600))), AttachmentPolicy.REFUSED_TYPE);
    }

    private void accept(byte[] bytes, String expectedType) {
        assertEquals(expectedType, assertInstanceOf(Accepted.class, policy.decide(bytes, 0, 0)).contentType());
    }

    private void refuse(byte[] bytes, String reasonKey) {
        assertEquals(new Refused(reasonKey), policy.decide(bytes, 0, 0));
    }

    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    private static byte[] contentTypesOf(int size) {
        String head = """
                <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Override PartName="/word/document.xml" ContentType="%s"/>""".formatted(DOCX_MAIN);
        return (head + " ".repeat(size - head.length() - 8) + "</Types>").getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] docxWithContentTypes(byte[] contentTypes) {
        Map<String, byte[]> entries = TestFiles.officeOpenXml("word/document.xml", DOCX_MAIN);
        entries.put("[Content_Types].xml", contentTypes);
        return TestFiles.zip(entries);
    }

    /** Every entry stored, so that local headers carry sizes and CRCs (no data descriptors). */
    private static byte[] storedZip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : new LinkedHashMap<>(entries).entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(e.getValue().length);
                CRC32 crc = new CRC32();
                crc.update(e.getValue());
                entry.setCrc(crc.getValue());
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The records of a ZIP file, found from its end record, to change in place. */
    private record Zip(byte[] bytes, Map<String, Integer> centralRecords) {

        static Zip of(byte[] bytes) {
            ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            int end = bytes.length - 22;
            while (b.getInt(end) != 0x06054b50) {
                end--;
            }
            int count = b.getShort(end + 10) & 0xFFFF;
            int p = b.getInt(end + 16);
            Map<String, Integer> records = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                int nameLength = b.getShort(p + 28) & 0xFFFF;
                records.put(new String(bytes, p + 46, nameLength, StandardCharsets.ISO_8859_1), p);
                p += 46 + nameLength + (b.getShort(p + 30) & 0xFFFF) + (b.getShort(p + 32) & 0xFFFF);
            }
            return new Zip(bytes, records);
        }

        /** The entry's central directory record, little-endian, positions relative to its start. */
        ByteBuffer central(String name) {
            return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).slice(centralRecords.get(name), 46)
                    .order(ByteOrder.LITTLE_ENDIAN);
        }

        int localHeaderOffset(String name) {
            return central(name).getInt(42);
        }
    }

    /** The FAT and directory of a compound file written by POIFS (512-byte sectors, one FAT sector). */
    private record Ole2(ByteBuffer b) {

        static Ole2 of(byte[] bytes) {
            return new Ole2(ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN));
        }

        int startSector(String stream) {
            int directory = 512 * (b.getInt(0x30) + 1);
            for (int p = directory; p < directory + 512; p += 128) {
                int nameBytes = b.getShort(p + 0x40);
                if (nameBytes > 2 && new String(b.array(), p, nameBytes - 2, StandardCharsets.UTF_16LE).equals(stream)) {
                    return b.getInt(p + 0x74);
                }
            }
            throw new IllegalArgumentException(stream);
        }

        void setNext(int sector, int next) {
            int fat = 512 * (b.getInt(0x4C) + 1);
            b.putInt(fat + 4 * sector, next);
        }
    }


    private static byte[] wordFib(int length) {
        ByteBuffer fib = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        fib.putShort(0, (short) 0xA5EC).putShort(2, (short) 0x00C1);
        return fib.array();
    }

    /** Workbook globals of about {@code length} bytes: BOF, filler records (type 0x00E2), EOF at the very end. */
    private static byte[] biff(int length) {
        ByteBuffer stream = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        stream.putShort((short) 0x0809).putShort((short) 16).put(new byte[16]);
        while (stream.remaining() > 4 + 100 + 8) {
            stream.putShort((short) 0x00E2).putShort((short) 100).put(new byte[100]);
        }
        int rest = stream.remaining() - 8;
        stream.putShort((short) 0x00E2).putShort((short) rest).put(new byte[rest]);
        stream.putShort((short) 0x000A).putShort((short) 0);
        return stream.array();
    }
}

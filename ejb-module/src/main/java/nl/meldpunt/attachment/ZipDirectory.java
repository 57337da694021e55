package nl.meldpunt.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * A ZIP file held in memory, judged by its central directory as Office and OpenDocument programs
 * read it, through Commons Compress's {@link ZipFile} (java.util.zip reads a central directory only
 * from a file on disk, and an upload must not land there unsealed; its stream reader sees the local
 * headers only, which a hostile file can make disagree with the directory).
 *
 * <p>Kept here is what the library leaves to its caller against a ZIP bomb: an entry is never
 * inflated unless asked for, and then only up to a limit, counting the bytes actually inflated
 * (declared sizes are only believed when they refuse); the number of directory records is bounded
 * before the library builds an object for each; only stored and deflated entries are read (what
 * Office writes), and what was read must match the directory's size and CRC. Entry names are
 * compared in ASCII: they are decoded as ISO-8859-1 from their raw bytes, so that nothing is hidden
 * by decoding.
 */
final class ZipDirectory implements AutoCloseable {

    /** @param encrypted the entry's general purpose flag says it is encrypted (bit 0) */
    record Entry(String name, boolean encrypted, ZipArchiveEntry archived) {
    }

    /** The bytes are not a ZIP file that can be taken apart within the limits. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String reason) {
            super(reason);
        }

        Unreadable(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    static final int MAX_ENTRIES = 20_000;

    /** "PK\1\2", the start of a central directory record. */
    private static final byte[] CENTRAL_SIGNATURE = {'P', 'K', 1, 2};

    private final byte[] zip;
    private final ZipFile file;
    private final List<Entry> entries;

    private ZipDirectory(byte[] zip, ZipFile file, List<Entry> entries) {
        this.zip = zip;
        this.file = file;
        this.entries = entries;
    }

    static ZipDirectory read(byte[] zip) throws Unreadable {
        // No reader can find more directory records than there are signatures of one.
        if (occurrences(zip, CENTRAL_SIGNATURE) > MAX_ENTRIES) {
            throw new Unreadable("Too many entries");
        }
        ZipFile file = null;
        try {
            file = ZipFile.builder()
                    .setSeekableByteChannel(new SeekableInMemoryByteChannel(zip))
                    .setUseUnicodeExtraFields(false)
                    .setIgnoreLocalFileHeader(true)
                    .get();
            List<Entry> entries = new ArrayList<>();
            for (ZipArchiveEntry archived : Collections.list(file.getEntries())) {
                entries.add(new Entry(new String(archived.getRawName(), StandardCharsets.ISO_8859_1),
                        archived.getGeneralPurposeBit().usesEncryption(), archived));
            }
            return new ZipDirectory(zip, file, List.copyOf(entries));
        } catch (IOException | RuntimeException e) {
            ZipFile.closeQuietly(file);
            throw new Unreadable("Damaged ZIP file", e);
        }
    }

    /**
     * Whether {@code data} ends like a ZIP archive: an end-of-central-directory record ("PK\5\6") where ZIP readers
     * look for it (in the last 64 KiB plus its own 22 bytes), whose directory lies inside the file before it. A
     * file of another kind with such an ending is two kinds at once (a "polyglot"). Random bytes fit all three
     * conditions far less than once in a billion files.
     */
    static boolean hasEndRecord(byte[] data) {
        int lowest = Math.max(0, data.length - (22 + 0xFFFF));
        for (int i = data.length - 22; i >= lowest; i--) {
            if (data[i] == 'P' && data[i + 1] == 'K' && data[i + 2] == 5 && data[i + 3] == 6) {
                long size = littleEndian(data, i + 12);
                long offset = littleEndian(data, i + 16);
                if (offset + size <= i) {
                    return true;
                }
            }
        }
        return false;
    }

    private static long littleEndian(byte[] data, int at) {
        return (data[at] & 0xFFL) | (data[at + 1] & 0xFFL) << 8 | (data[at + 2] & 0xFFL) << 16 | (data[at + 3] & 0xFFL) << 24;
    }

    /** The whole file, as read (not a copy). */
    byte[] bytes() {
        return zip;
    }

    List<Entry> entries() {
        return entries;
    }

    Entry find(String name) {
        return entries.stream().filter(e -> e.name().equals(name)).findFirst().orElse(null);
    }

    /** The entry's content, at most {@code maxBytes}; a longer entry is unreadable here. */
    byte[] content(Entry entry, int maxBytes) throws Unreadable {
        ZipArchiveEntry archived = entry.archived();
        if (entry.encrypted()) {
            throw new Unreadable("Encrypted entry");
        }
        if (archived.getMethod() != ZipEntry.STORED && archived.getMethod() != ZipEntry.DEFLATED) {
            throw new Unreadable("Unsupported compression");
        }
        if (archived.getSize() > maxBytes) {
            throw new Unreadable("Entry too large to inspect");
        }
        byte[] content;
        try (InputStream in = file.getInputStream(archived)) {
            content = in.readNBytes(maxBytes + 1);
        } catch (IOException | RuntimeException e) {
            throw new Unreadable("Entry damaged", e);
        }
        if (content.length > maxBytes) {
            throw new Unreadable("Entry too large to inspect");
        }
        CRC32 crc = new CRC32();
        crc.update(content);
        if (content.length != archived.getSize() || crc.getValue() != archived.getCrc()) {
            throw new Unreadable("Entry does not match the directory");
        }
        return content;
    }

    @Override
    public void close() {
        ZipFile.closeQuietly(file);
    }

    private static int occurrences(byte[] data, byte[] pattern) {
        int count = 0;
        outer:
        for (int i = 0; i + pattern.length <= data.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            count++;
        }
        return count;
    }
}

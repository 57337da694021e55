package nl.meldpunt.attachment;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Reads the central directory of a ZIP file held in memory, to judge an Office Open XML or
 * OpenDocument upload by its entries. It never inflates an entry it is not asked for, and inflates
 * an asked one only up to a limit, so a ZIP bomb costs nothing. ZIP64 and encrypted entries are
 * not supported: a document under the size limit needs neither.
 */
final class ZipDirectory {

    /** Entry names are compared in ASCII; ISO-8859-1 keeps every byte, so nothing is hidden by decoding. */
    record Entry(String name, int method, boolean encrypted, long compressedSize, long size, long localHeaderOffset) {
    }

    /** The bytes are not a ZIP file this reader can take apart. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String reason) {
            super(reason);
        }
    }

    static final int MAX_ENTRIES = 20_000;

    private static final int END_SIGNATURE = 0x06054b50;
    private static final int CENTRAL_SIGNATURE = 0x02014b50;
    private static final int LOCAL_SIGNATURE = 0x04034b50;
    private static final int END_RECORD_LENGTH = 22;
    private static final int STORED = 0;
    private static final int DEFLATED = 8;

    private final byte[] zip;
    private final List<Entry> entries;

    private ZipDirectory(byte[] zip, List<Entry> entries) {
        this.zip = zip;
        this.entries = entries;
    }

    static ZipDirectory read(byte[] zip) throws Unreadable {
        int end = findEndRecord(zip);
        int count = u16(zip, end + 10);
        long size = u32(zip, end + 12);
        long offset = u32(zip, end + 16);
        if (count == 0xFFFF || size == 0xFFFFFFFFL || offset == 0xFFFFFFFFL) {
            throw new Unreadable("ZIP64 is not supported");
        }
        if (count > MAX_ENTRIES) {
            throw new Unreadable("Too many entries");
        }
        List<Entry> entries = new ArrayList<>(count);
        long at = offset;
        for (int i = 0; i < count; i++) {
            require(zip, at, 46);
            int p = (int) at;
            if (s32(zip, p) != CENTRAL_SIGNATURE) {
                throw new Unreadable("Central directory damaged");
            }
            int flags = u16(zip, p + 8);
            int nameLength = u16(zip, p + 28);
            int extraLength = u16(zip, p + 30);
            int commentLength = u16(zip, p + 32);
            require(zip, p + 46L, nameLength);
            String name = new String(zip, p + 46, nameLength, StandardCharsets.ISO_8859_1);
            entries.add(new Entry(name, u16(zip, p + 10), (flags & 1) != 0, u32(zip, p + 20), u32(zip, p + 24), u32(zip, p + 42)));
            at = p + 46L + nameLength + extraLength + commentLength;
        }
        return new ZipDirectory(zip, List.copyOf(entries));
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
        if (entry.encrypted()) {
            throw new Unreadable("Encrypted entry");
        }
        if (entry.size() > maxBytes || entry.compressedSize() > zip.length) {
            throw new Unreadable("Entry too large to inspect");
        }
        require(zip, entry.localHeaderOffset(), 30);
        int p = (int) entry.localHeaderOffset();
        if (s32(zip, p) != LOCAL_SIGNATURE) {
            throw new Unreadable("Local header damaged");
        }
        long dataStart = p + 30L + u16(zip, p + 26) + u16(zip, p + 28);
        require(zip, dataStart, entry.compressedSize());
        int start = (int) dataStart;
        int length = (int) entry.compressedSize();
        if (entry.method() == STORED) {
            byte[] copy = new byte[length];
            System.arraycopy(zip, start, copy, 0, length);
            return copy;
        }
        if (entry.method() != DEFLATED) {
            throw new Unreadable("Unsupported compression");
        }
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(zip, start, length);
            byte[] out = new byte[maxBytes + 1];
            int total = 0;
            while (!inflater.finished() && total < out.length) {
                int n = inflater.inflate(out, total, out.length - total);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                total += n;
            }
            if (total > maxBytes) {
                throw new Unreadable("Entry too large to inspect");
            }
            byte[] result = new byte[total];
            System.arraycopy(out, 0, result, 0, total);
            return result;
        } catch (DataFormatException e) {
            throw new Unreadable("Entry damaged");
        } finally {
            inflater.end();
        }
    }

    private static int findEndRecord(byte[] zip) throws Unreadable {
        int last = zip.length - END_RECORD_LENGTH;
        int first = Math.max(0, last - 0xFFFF);
        for (int p = last; p >= first; p--) {
            if (s32(zip, p) == END_SIGNATURE) {
                return p;
            }
        }
        throw new Unreadable("No ZIP end record");
    }

    private static void require(byte[] data, long offset, long length) throws Unreadable {
        if (offset < 0 || length < 0 || offset + length > data.length) {
            throw new Unreadable("Truncated");
        }
    }

    private static int u16(byte[] b, int p) {
        return (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8;
    }

    private static int s32(byte[] b, int p) {
        return (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8 | (b[p + 2] & 0xFF) << 16 | (b[p + 3] & 0xFF) << 24;
    }

    private static long u32(byte[] b, int p) {
        return s32(b, p) & 0xFFFFFFFFL;
    }
}

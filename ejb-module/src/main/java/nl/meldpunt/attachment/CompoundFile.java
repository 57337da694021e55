package nl.meldpunt.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.poifs.storage.BATBlock;
import org.apache.poi.poifs.storage.HeaderBlock;

/**
 * An OLE2 compound file ([MS-CFB]) held in memory, read by Apache POI's POIFS: the container of
 * legacy Word and Excel files, but also of installers (.msi), Outlook messages and more. tika-core
 * alone only says "some OLE2 file"; the entry names tell a Word document from an Excel workbook, and
 * reveal macro storages and embedded packages.
 *
 * <p>POIFS checks sector chains for loops and bounds the depth of the directory; what it leaves to
 * its caller is kept here: it copies the file into a buffer as large as the header says the sector
 * table can address, so a header that claims far more than the file holds is refused before POIFS
 * sees it; streams are read as streams, never whole. Whatever POIFS throws on a damaged or hostile
 * file ends in {@link Unreadable}, never in a hang.
 */
final class CompoundFile implements AutoCloseable {

    static final byte[] SIGNATURE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    /** The bytes are not a compound file POIFS can take apart. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String reason) {
            super(reason);
        }

        Unreadable(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    private static final int HEADER_BYTES = 512;
    /** What POIFS may buffer beyond the file itself: one sector table's reach with 4096-byte sectors. */
    private static final long MAX_BUFFER_SLACK = 4L * 1024 * 1024 + 8192;

    private final POIFSFileSystem fs;
    private final List<String> names;

    private CompoundFile(POIFSFileSystem fs, List<String> names) {
        this.fs = fs;
        this.names = names;
    }

    static CompoundFile read(byte[] data) throws Unreadable {
        if (data.length < HEADER_BYTES) {
            throw new Unreadable("Not a compound file");
        }
        long buffered;
        try {
            buffered = BATBlock.calculateMaximumSize(new HeaderBlock(ByteBuffer.wrap(Arrays.copyOf(data, HEADER_BYTES))));
        } catch (IOException | RuntimeException e) {
            throw new Unreadable("Damaged header", e);
        }
        if (buffered > 2L * data.length + MAX_BUFFER_SLACK) {
            throw new Unreadable("Sector table larger than the file");
        }
        POIFSFileSystem fs = null;
        try {
            fs = new POIFSFileSystem(new ByteArrayInputStream(data));
            List<String> names = new ArrayList<>();
            collect(fs.getRoot(), names);
            return new CompoundFile(fs, List.copyOf(names));
        } catch (IOException | RuntimeException e) {
            close(fs);
            throw new Unreadable("Damaged compound file", e);
        }
    }

    /** POIFS has bounded the depth of the tree (and refuses a storage that holds itself). */
    private static void collect(DirectoryEntry storage, List<String> into) {
        for (Entry entry : storage) {
            into.add(entry.getName());
            if (entry instanceof DirectoryEntry child) {
                collect(child, into);
            }
        }
    }

    /** The name of every entry, storage (folder) or stream (file), of every storage: names are enough to judge the file. */
    List<String> names() {
        return names;
    }

    /** Whether the root storage holds a stream of this name (where Word and Excel look for their main stream). */
    boolean hasStream(String name) {
        return entryOrNull(name) instanceof DocumentEntry;
    }

    /** A root stream's first {@code maxBytes} bytes (or all of it when shorter). */
    byte[] head(String name, int maxBytes) throws Unreadable {
        try (InputStream in = open(name)) {
            return in.readNBytes(maxBytes);
        } catch (IOException | RuntimeException e) {
            throw new Unreadable("Stream damaged", e);
        }
    }

    /**
     * A root stream, to read up to its end: every read may throw {@link IOException} or a runtime
     * exception when its sectors are damaged.
     */
    InputStream open(String name) throws Unreadable {
        if (!(entryOrNull(name) instanceof DocumentEntry document)) {
            throw new Unreadable("No such stream");
        }
        try {
            return new DocumentInputStream(document);
        } catch (IOException | RuntimeException e) {
            throw new Unreadable("Stream damaged", e);
        }
    }

    /** Case-sensitive, as Word and Excel look for their streams. */
    private Entry entryOrNull(String name) {
        DirectoryEntry root = fs.getRoot();
        try {
            return root.hasEntry(name) ? root.getEntry(name) : null;
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public void close() {
        close(fs);
    }

    private static void close(POIFSFileSystem fs) {
        if (fs == null) {
            return;
        }
        try {
            fs.close();
        } catch (IOException e) {
            // In memory: nothing to release.
        }
    }
}

package nl.meldpunt.attachment;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Reads the directory of an OLE2 compound file ([MS-CFB]) held in memory: the container of legacy
 * Word and Excel files, but also of installers (.msi), Outlook messages and more. tika-core alone
 * only says "some OLE2 file"; the entry names tell a Word document from an Excel workbook, and
 * reveal macro storages and embedded packages. Every chain is bounded and checked for loops, so a
 * damaged or hostile file ends in {@link Unreadable}, never in a hang.
 */
final class CompoundFile {

    static final byte[] SIGNATURE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    /** A directory entry: a storage (folder) or a stream (file). */
    record Entry(String name, int type, int startSector, long size) {
        static final int STORAGE = 1;
        static final int STREAM = 2;
        static final int ROOT = 5;
    }

    /** The bytes are not a compound file this reader can take apart. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String reason) {
            super(reason);
        }
    }

    private static final int END_OF_CHAIN = 0xFFFFFFFE;
    private static final int FREE = 0xFFFFFFFF;
    private static final int HEADER_DIFAT_ENTRIES = 109;
    private static final int DIRECTORY_ENTRY_BYTES = 128;

    private final byte[] data;
    private final int sectorSize;
    private final int sectorCount;
    private final int miniSectorSize;
    private final long miniStreamCutoff;
    private final int[] fat;
    private final List<Entry> entries;

    private CompoundFile(byte[] data) throws Unreadable {
        this.data = data;
        if (data.length < 512 || !startsWithSignature(data)) {
            throw new Unreadable("Not a compound file");
        }
        int sectorShift = u16(0x1E);
        if (sectorShift != 9 && sectorShift != 12) {
            throw new Unreadable("Unknown sector size");
        }
        sectorSize = 1 << sectorShift;
        sectorCount = (data.length - sectorSize + sectorSize - 1) / sectorSize;
        int miniShift = u16(0x20);
        if (miniShift != 6) {
            throw new Unreadable("Unknown mini sector size");
        }
        miniSectorSize = 1 << miniShift;
        miniStreamCutoff = u32(0x38);
        fat = readFat();
        entries = readDirectory(s32(0x30));
    }

    static boolean startsWithSignature(byte[] data) {
        if (data.length < SIGNATURE.length) {
            return false;
        }
        for (int i = 0; i < SIGNATURE.length; i++) {
            if (data[i] != SIGNATURE[i]) {
                return false;
            }
        }
        return true;
    }

    static CompoundFile read(byte[] data) throws Unreadable {
        return new CompoundFile(data);
    }

    /** Every entry, of every storage: names are enough to judge the file. */
    List<Entry> entries() {
        return entries;
    }

    Entry find(String name) {
        return entries.stream().filter(e -> e.type() == Entry.STREAM && e.name().equals(name)).findFirst().orElse(null);
    }

    /** A stream's first {@code maxBytes} bytes (or all of it when shorter). */
    byte[] stream(Entry entry, int maxBytes) throws Unreadable {
        int length = (int) Math.min(entry.size(), maxBytes);
        if (entry.size() < miniStreamCutoff) {
            return readMiniStream(entry.startSector(), length);
        }
        return readChain(fat, entry.startSector(), length, sectorSize, this::sectorOffset);
    }

    private int[] readFat() throws Unreadable {
        long fatSectors = u32(0x2C);
        if (fatSectors > sectorCount) {
            throw new Unreadable("FAT larger than file");
        }
        List<Integer> fatSectorIds = new ArrayList<>();
        for (int i = 0; i < HEADER_DIFAT_ENTRIES && fatSectorIds.size() < fatSectors; i++) {
            int id = s32(0x4C + 4 * i);
            if (id != FREE) {
                fatSectorIds.add(id);
            }
        }
        int difat = s32(0x44);
        int perDifatSector = sectorSize / 4 - 1;
        BitSet seen = new BitSet();
        while (fatSectorIds.size() < fatSectors && difat != END_OF_CHAIN && difat != FREE) {
            checkSector(difat);
            if (seen.get(difat)) {
                throw new Unreadable("DIFAT loop");
            }
            seen.set(difat);
            int base = sectorOffset(difat);
            for (int i = 0; i < perDifatSector && fatSectorIds.size() < fatSectors; i++) {
                int id = s32(base + 4 * i);
                if (id != FREE) {
                    fatSectorIds.add(id);
                }
            }
            difat = s32(base + 4 * perDifatSector);
        }
        int perSector = sectorSize / 4;
        int[] table = new int[fatSectorIds.size() * perSector];
        for (int i = 0; i < fatSectorIds.size(); i++) {
            int id = fatSectorIds.get(i);
            checkSector(id);
            int base = sectorOffset(id);
            for (int j = 0; j < perSector; j++) {
                table[i * perSector + j] = s32(base + 4 * j);
            }
        }
        return table;
    }

    private List<Entry> readDirectory(int firstSector) throws Unreadable {
        byte[] directory = readChain(fat, firstSector, Integer.MAX_VALUE, sectorSize, this::sectorOffset);
        List<Entry> list = new ArrayList<>();
        for (int p = 0; p + DIRECTORY_ENTRY_BYTES <= directory.length; p += DIRECTORY_ENTRY_BYTES) {
            int type = directory[p + 0x42];
            if (type != Entry.STORAGE && type != Entry.STREAM && type != Entry.ROOT) {
                continue;
            }
            int nameBytes = (directory[p + 0x40] & 0xFF) | (directory[p + 0x41] & 0xFF) << 8;
            if (nameBytes < 2 || nameBytes > 64 || nameBytes % 2 != 0) {
                throw new Unreadable("Bad entry name");
            }
            String name = new String(directory, p, nameBytes - 2, StandardCharsets.UTF_16LE);
            int start = le32(directory, p + 0x74);
            long size = le32(directory, p + 0x78) & 0xFFFFFFFFL;
            list.add(new Entry(name, type, start, size));
        }
        if (list.isEmpty() || list.get(0).type() != Entry.ROOT) {
            throw new Unreadable("No root entry");
        }
        return List.copyOf(list);
    }

    private byte[] readMiniStream(int firstMiniSector, int length) throws Unreadable {
        Entry root = entries.get(0);
        byte[] container = readChain(fat, root.startSector(), (int) Math.min(root.size(), data.length), sectorSize,
                this::sectorOffset);
        byte[] miniFatBytes = readChain(fat, s32(0x3C), Integer.MAX_VALUE, sectorSize, this::sectorOffset);
        int[] miniFat = new int[miniFatBytes.length / 4];
        for (int i = 0; i < miniFat.length; i++) {
            miniFat[i] = le32(miniFatBytes, 4 * i);
        }
        return readChainIn(container, miniFat, firstMiniSector, length, miniSectorSize);
    }

    private interface Offsets {
        int of(int sector) throws Unreadable;
    }

    private byte[] readChain(int[] table, int first, int maxLength, int unit, Offsets offsets) throws Unreadable {
        List<Integer> chain = new ArrayList<>();
        BitSet seen = new BitSet();
        long available = 0;
        for (int sector = first; sector != END_OF_CHAIN && available < maxLength; sector = table[sector]) {
            if (sector < 0 || sector >= table.length || seen.get(sector)) {
                throw new Unreadable("Broken sector chain");
            }
            seen.set(sector);
            chain.add(sector);
            available += unit;
        }
        byte[] out = new byte[(int) Math.min(maxLength, available)];
        int written = 0;
        for (int sector : chain) {
            int from = offsets.of(sector);
            int n = Math.min(Math.min(unit, out.length - written), data.length - from);
            System.arraycopy(data, from, out, written, n);
            written += n;
        }
        return written == out.length ? out : Arrays.copyOf(out, written);
    }

    private static byte[] readChainIn(byte[] container, int[] table, int first, int length, int unit) throws Unreadable {
        byte[] out = new byte[length];
        int written = 0;
        int sector = first;
        BitSet seen = new BitSet();
        while (written < length) {
            if (sector < 0 || sector >= table.length || seen.get(sector)) {
                throw new Unreadable("Broken mini sector chain");
            }
            seen.set(sector);
            int from = sector * unit;
            if (from >= container.length) {
                throw new Unreadable("Mini sector outside the mini stream");
            }
            int n = Math.min(Math.min(unit, length - written), container.length - from);
            System.arraycopy(container, from, out, written, n);
            written += n;
            sector = table[sector];
        }
        return out;
    }

    private int sectorOffset(int sector) throws Unreadable {
        checkSector(sector);
        return (sector + 1) * sectorSize;
    }

    private void checkSector(int sector) throws Unreadable {
        if (sector < 0 || sector >= sectorCount) {
            throw new Unreadable("Sector outside the file");
        }
    }

    private int u16(int p) {
        return (data[p] & 0xFF) | (data[p + 1] & 0xFF) << 8;
    }

    private int s32(int p) {
        return le32(data, p);
    }

    private long u32(int p) {
        return s32(p) & 0xFFFFFFFFL;
    }

    private static int le32(byte[] b, int p) {
        return (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8 | (b[p + 2] & 0xFF) << 16 | (b[p + 3] & 0xFF) << 24;
    }
}

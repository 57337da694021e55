package nl.meldpunt.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WrappedKeyTest {

    private static final byte[] MATERIAL = {9, 8, 7, 6, 5};

    @Test
    void storesVersionLengthPrefixedKekIdAndMaterial() {
        byte[] stored = new WrappedKey("k2", MATERIAL).toBytes();
        assertArrayEquals(new byte[] {1, 2, 'k', '2', 9, 8, 7, 6, 5}, stored);
        assertEquals(new WrappedKey("k2", MATERIAL), WrappedKey.fromBytes(stored));
    }

    @Test
    void isImmutable() {
        byte[] material = MATERIAL.clone();
        WrappedKey key = new WrappedKey("1", material);
        material[0] = 0;
        key.bytes()[1] = 0;
        assertArrayEquals(MATERIAL, key.bytes());
    }

    @Test
    void comparesByContent() {
        assertEquals(new WrappedKey("1", MATERIAL.clone()), new WrappedKey("1", MATERIAL.clone()));
        assertEquals(new WrappedKey("1", MATERIAL.clone()).hashCode(), new WrappedKey("1", MATERIAL.clone()).hashCode());
        assertNotEquals(new WrappedKey("1", MATERIAL), new WrappedKey("2", MATERIAL));
    }

    @Test
    void rejectsStoredBytesInAnUnknownForm() {
        assertThrows(CaseContentUnreadable.class, () -> WrappedKey.fromBytes(new byte[0]));
        assertThrows(CaseContentUnreadable.class, () -> WrappedKey.fromBytes(new byte[] {2, 1, '1', 9}));
        assertThrows(CaseContentUnreadable.class, () -> WrappedKey.fromBytes(new byte[] {1, 5, '1', 9}));
        assertThrows(CaseContentUnreadable.class, () -> WrappedKey.fromBytes(new byte[] {1, 1, '1'}));
        assertThrows(CaseContentUnreadable.class, () -> WrappedKey.fromBytes(new byte[] {1, 1, ' ', 9}));
        assertThrows(CaseContentUnreadable.class,
                () -> WrappedKey.fromBytes("\u0001\u0002\u00e9x\u0009".getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void acceptsOnlyShortPrintableKekIds() {
        assertThrows(IllegalArgumentException.class, () -> new WrappedKey("", MATERIAL));
        assertThrows(IllegalArgumentException.class, () -> new WrappedKey("a".repeat(33), MATERIAL));
        assertThrows(IllegalArgumentException.class, () -> new WrappedKey("key 1", MATERIAL));
        assertThrows(IllegalArgumentException.class, () -> new WrappedKey("1", new byte[0]));
    }
}

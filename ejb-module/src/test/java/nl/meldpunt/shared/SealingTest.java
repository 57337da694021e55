package nl.meldpunt.shared;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import nl.meldpunt.shared.Sealing.Unreadable;
import nl.meldpunt.shared.Sealing.Unreadable.Reason;
import org.junit.jupiter.api.Test;

class SealingTest {

    private static final HexFormat HEX = HexFormat.of();
    private static final byte[] AAD = "report:123:answer:what_happened".getBytes(StandardCharsets.UTF_8);
    private static final byte[] TEXT = "Mijn leidinggevende maakte opmerkingen — élke week.".getBytes(StandardCharsets.UTF_8);

    /*
     * Written by CaseCipher before Sealing existed (commit 8a91d4b): a case key wrapped under this KEK
     * with id "1", stored as WrappedKey.toBytes(), and TEXT sealed under that case key with the context
     * report:KM7Q-4MZP-X9W3:answer:what_happened.
     */
    static final byte[] OLD_KEK = HEX.parseHex("6d656c6470756e742d6f6c642d636f64652d6b656b2d666f722d746573747321");
    static final byte[] OLD_STORED_KEY = HEX.parseHex("010131ff697acd7894fc4fd33191162b05120c64ab20d23e0df9ce55be42a0"
            + "e68dc106abb44bab1237fb728290ff8882917ab982d1b2aeba1dc98fd243bb42");
    static final String OLD_CONTEXT = "report:KM7Q-4MZP-X9W3:answer:what_happened";
    static final byte[] OLD_SEALED = HEX.parseHex("018a9bd3f24d9984395639db84ed811b72a2f2ad06fa2b5682235a3967abbd96d8"
            + "015495e2497483f88fc074f92fedb0580a28dffb3a6508239ac4db0fa5fbdc99fbc6cf8ed9a91d406ba781a0382527d02336");

    private final SecureRandom random = new SecureRandom();
    private final Sealing sealing = new Sealing(random);
    private final SecretKey key = randomKey();

    @Test
    void roundTripsWithAVersionByteInFront() throws Unreadable {
        byte[] sealed = sealing.seal(key, TEXT, AAD);
        assertEquals(Sealing.VERSION, sealed[0]);
        assertEquals(TEXT.length + Sealing.OVERHEAD, sealed.length);
        assertArrayEquals(TEXT, sealing.open(key, sealed, AAD));
        assertArrayEquals(TEXT, sealing.openIncludingVersion0(key, sealed, AAD));
        assertArrayEquals(new byte[0], sealing.open(key, sealing.seal(key, new byte[0], AAD), AAD));
        assertArrayEquals(TEXT, sealing.open(key, sealing.seal(key, TEXT, new byte[0]), new byte[0]));
        assertFalse(Arrays.equals(sealed, sealing.seal(key, TEXT, AAD)), "a fresh IV every time");
    }

    @Test
    void opensWhatTheOlderCaseCipherWrote() throws Unreadable {
        SecretKey kek = new SecretKeySpec(OLD_KEK, "AES");
        // WrappedKey version 1, key id "1" (length 1), then the wrapped key in format version 0
        byte[] wrapped = Arrays.copyOfRange(OLD_STORED_KEY, 3, OLD_STORED_KEY.length);
        assertEquals(Sealing.KEY_BYTES + Sealing.OVERHEAD_VERSION_0, wrapped.length);
        byte[] dataKey = sealing.openVersion0(kek, wrapped, "meldpunt:case-key:1:1".getBytes(StandardCharsets.US_ASCII));

        byte[] content = sealing.open(new SecretKeySpec(dataKey, "AES"), OLD_SEALED,
                OLD_CONTEXT.getBytes(StandardCharsets.UTF_8));
        assertArrayEquals(TEXT, content, "case content: format version 1 is the layout the old code wrote");
    }

    @Test
    void tamperingWithAnyByteIsRefused() {
        byte[] sealed = sealing.seal(key, "kort".getBytes(StandardCharsets.UTF_8), AAD);
        for (int i = 0; i < sealed.length; i++) {
            byte[] tampered = sealed.clone();
            tampered[i] ^= 0x01;
            Unreadable e = assertThrows(Unreadable.class, () -> sealing.open(key, tampered, AAD), "byte " + i);
            assertEquals(i == 0 ? Reason.UNKNOWN_VERSION : Reason.NOT_AUTHENTIC, e.reason(), "byte " + i);
            assertThrows(Unreadable.class, () -> sealing.openIncludingVersion0(key, tampered, AAD), "byte " + i);
        }
        assertEquals(Reason.NOT_AUTHENTIC, assertThrows(Unreadable.class,
                () -> sealing.open(key, Arrays.copyOf(sealed, sealed.length - 1), AAD)).reason());
    }

    @Test
    void theWrongKeyOrAssociatedDataIsRefused() {
        byte[] sealed = sealing.seal(key, TEXT, AAD);
        assertEquals(Reason.NOT_AUTHENTIC, assertThrows(Unreadable.class, () -> sealing.open(randomKey(), sealed, AAD)).reason());
        byte[] otherField = "report:123:answer:where".getBytes(StandardCharsets.UTF_8);
        Unreadable e = assertThrows(Unreadable.class, () -> sealing.open(key, sealed, otherField));
        assertEquals(Reason.NOT_AUTHENTIC, e.reason());
        assertFalse(e.getMessage().contains("report:"), "the message names no associated data: " + e.getMessage());
    }

    @Test
    void tooShortInputIsRefusedBeforeDecrypting() {
        for (int length = 0; length < Sealing.OVERHEAD; length++) {
            byte[] tooShort = new byte[length];
            if (length > 0) {
                tooShort[0] = Sealing.VERSION;
            }
            Unreadable e = assertThrows(Unreadable.class, () -> sealing.open(key, tooShort, AAD), "length " + length);
            assertEquals(Reason.TOO_SHORT, e.reason(), "length " + length);
            assertThrows(Unreadable.class, () -> sealing.openIncludingVersion0(key, tooShort, AAD), "length " + length);
        }
        for (int length = 0; length < Sealing.OVERHEAD_VERSION_0; length++) {
            byte[] tooShort = new byte[length];
            assertEquals(Reason.TOO_SHORT,
                    assertThrows(Unreadable.class, () -> sealing.openVersion0(key, tooShort, AAD)).reason(), "length " + length);
        }
    }

    @Test
    void anUnknownVersionIsRefusedAndNamed() {
        byte[] sealed = sealing.seal(key, TEXT, AAD);
        for (int version : new int[] {0, 2, 0x7f, 0xff}) {
            byte[] other = sealed.clone();
            other[0] = (byte) version;
            Unreadable e = assertThrows(Unreadable.class, () -> sealing.open(key, other, AAD));
            assertEquals(Reason.UNKNOWN_VERSION, e.reason());
            assertEquals("Sealed data is in an unknown format (version " + version + ")", e.getMessage());
            assertThrows(Unreadable.class, () -> Sealing.checkFormat(other));
        }
    }

    @Test
    void garbageOfAnyLengthIsRefusedWithoutAnyOtherException() {
        for (int length = 0; length < 80; length++) {
            byte[] garbage = new byte[length];
            random.nextBytes(garbage);
            if (length % 2 == 0 && length > 0) {
                garbage[0] = Sealing.VERSION; // half of them get past the version check
            }
            assertThrows(Unreadable.class, () -> sealing.open(key, garbage, AAD), "length " + garbage.length);
            assertThrows(Unreadable.class, () -> sealing.openVersion0(key, garbage, AAD), "length " + garbage.length);
            assertThrows(Unreadable.class, () -> sealing.openIncludingVersion0(key, garbage, AAD), "length " + garbage.length);
        }
    }

    private SecretKey randomKey() {
        byte[] raw = new byte[Sealing.KEY_BYTES];
        random.nextBytes(raw);
        return new SecretKeySpec(raw, "AES");
    }
}

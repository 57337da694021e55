package nl.meldpunt.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class VaultKeysTest {

    private final VaultKeys keys = new VaultKeys(bytes(1), bytes(2));

    @Test
    void theLookupKeyCannotBeComputedFromTheCaseCodeAlone() throws Exception {
        String lookup = keys.lookupKey("KM7Q-4MZP-X9W3");
        assertEquals(64, lookup.length());
        assertEquals(lookup, keys.lookupKey("KM7Q-4MZP-X9W3"), "stable, so the mail component finds the row");
        String plainHash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest("KM7Q-4MZP-X9W3".getBytes(StandardCharsets.UTF_8)));
        assertNotEquals(plainHash, lookup);
        assertNotEquals(lookup, new VaultKeys(bytes(3), bytes(2)).lookupKey("KM7Q-4MZP-X9W3"), "another key, another link");
    }

    @Test
    void anAddressIsSealedAndOpensOnlyInItsOwnRow() {
        String lookup = keys.lookupKey("KM7Q-4MZP-X9W3");
        byte[] sealed = keys.seal("melder@voorbeeld.nl", lookup);
        assertFalse(new String(sealed, StandardCharsets.ISO_8859_1).contains("melder"));
        assertEquals("melder@voorbeeld.nl", keys.open(sealed, lookup));
        assertThrows(IllegalStateException.class, () -> keys.open(sealed, keys.lookupKey("ABCD-EFGH-JKM2")));
        assertFalse(Arrays.equals(sealed, keys.seal("melder@voorbeeld.nl", lookup)), "a fresh IV every time");
    }

    @Test
    void opensAddressesStoredByTheOlderCode() {
        // Sealed by VaultKeys before it used Sealing (commit 8a91d4b), without a version byte; the second
        // one's random IV happens to begin with 0x01, the version byte of the current format.
        String lookup = keys.lookupKey("KM7Q-4MZP-X9W3");
        assertEquals("d056eec4d81dad9255528786f9c8d68ca08f35a4b5627aafd3a7c83f41bb8f57", lookup);
        assertEquals("melder@voorbeeld.nl", keys.open(HexFormat.of().parseHex(
                "7c86c58b50bf07453d9068bb0e3634c868caa5458d6986101a3c8a3462a2699972f59f17ea2a04407d2f8c7dc4b288"), lookup));
        byte[] startsLikeTheNewFormat = HexFormat.of().parseHex(
                "01e1add009781efc93f08c3a4d4ff295cc5bdb96bf13c3a6839c01d96860dd328626");
        assertEquals("a@b.nl", keys.open(startsLikeTheNewFormat, lookup));
        assertThrows(IllegalStateException.class, () -> keys.open(startsLikeTheNewFormat, keys.lookupKey("ABCD-EFGH-JKM2")));
    }

    @Test
    void newAddressesCarryAVersionByte() {
        byte[] sealed = keys.seal("melder@voorbeeld.nl", keys.lookupKey("KM7Q-4MZP-X9W3"));
        assertEquals(1, sealed[0]);
        assertEquals(1 + 12 + "melder@voorbeeld.nl".length() + 16, sealed.length);
    }

    @Test
    void damagedOrTruncatedEntriesAreRefusedClearly() {
        String lookup = keys.lookupKey("KM7Q-4MZP-X9W3");
        byte[] sealed = keys.seal("melder@voorbeeld.nl", lookup);
        for (int length = 0; length < sealed.length; length++) {
            byte[] truncated = Arrays.copyOf(sealed, length);
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> keys.open(truncated, lookup),
                    "length " + length);
            assertEquals("A vault entry does not open with the configured key", e.getMessage());
        }
        for (int i = 0; i < sealed.length; i++) {
            byte[] damaged = sealed.clone();
            damaged[i] ^= 0x01;
            assertThrows(IllegalStateException.class, () -> keys.open(damaged, lookup), "byte " + i);
        }
    }

    @Test
    void withoutKeysTheVaultIsUnavailableAndSaysWhy() {
        VaultKeys none = new VaultKeys();
        none.configuredLinkKey = java.util.Optional.empty();
        none.configuredSealingKey = java.util.Optional.empty();
        none.readConfiguration();
        assertFalse(none.available());
        assertTrue(assertThrows(IllegalStateException.class, () -> none.lookupKey("X")).getMessage().contains("app.vault.key"));
    }

    @Test
    void onlyPlainAddressesAreAccepted() {
        assertTrue(nl.meldpunt.shared.MailAddresses.isValid("melder@voorbeeld.nl"));
        assertFalse(nl.meldpunt.shared.MailAddresses.isValid("melder"));
        assertFalse(nl.meldpunt.shared.MailAddresses.isValid("Jan <jan@voorbeeld.nl>"));
        assertFalse(nl.meldpunt.shared.MailAddresses.isValid("a@b.nl, c@d.nl"));
        assertFalse(nl.meldpunt.shared.MailAddresses.isValid(" "));
    }

    private static byte[] bytes(int seed) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) seed);
        return key;
    }
}

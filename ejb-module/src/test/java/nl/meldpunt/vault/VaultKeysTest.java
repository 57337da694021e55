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

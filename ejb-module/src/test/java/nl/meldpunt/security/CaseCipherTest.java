package nl.meldpunt.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CaseCipherTest {

    private static final String CONTEXT = "report:123:answer:what_happened";
    private static final String TEXT = "Mijn leidinggevende maakte opmerkingen over mijn uiterlijk — élke week.";

    private final SecureRandom random = new SecureRandom();
    private final CaseCipher cipher = new CaseCipher(randomKek(), "1", random);

    @Test
    void roundTripsTextAndBytes() {
        WrappedKey key = cipher.newCaseKey();
        assertEquals(TEXT, cipher.openText(key, cipher.sealText(key, TEXT, CONTEXT), CONTEXT));
        assertEquals("", cipher.openText(key, cipher.sealText(key, "", CONTEXT), CONTEXT));

        byte[] attachment = new byte[100_000];
        random.nextBytes(attachment);
        assertArrayEquals(attachment, cipher.open(key, cipher.seal(key, attachment, "report:123:attachment:7"),
                "report:123:attachment:7"));
    }

    @Test
    void roundTripsThroughStorageBytes() {
        WrappedKey key = cipher.newCaseKey();
        byte[] sealed = cipher.sealText(key, TEXT, CONTEXT);
        WrappedKey stored = WrappedKey.fromBytes(key.toBytes());
        assertEquals(key, stored);
        assertEquals(TEXT, cipher.openText(stored, sealed, CONTEXT));
    }

    @Test
    void drawsAFreshIvForEverySeal() {
        WrappedKey key = cipher.newCaseKey();
        byte[] first = cipher.sealText(key, TEXT, CONTEXT);
        byte[] second = cipher.sealText(key, TEXT, CONTEXT);
        assertFalse(Arrays.equals(first, second));
        assertFalse(Arrays.equals(Arrays.copyOfRange(first, 1, 13), Arrays.copyOfRange(second, 1, 13)));
        assertEquals(1 + 12 + TEXT.getBytes(StandardCharsets.UTF_8).length + 16, first.length);
    }

    @Test
    void eachCaseGetsItsOwnKey() {
        WrappedKey one = cipher.newCaseKey();
        WrappedKey other = cipher.newCaseKey();
        assertNotEquals(one, other);
        byte[] sealed = cipher.sealText(one, TEXT, CONTEXT);
        assertThrows(CaseContentUnreadable.class, () -> cipher.open(other, sealed, CONTEXT));
    }

    @Test
    void ciphertextDoesNotContainThePlaintext() {
        WrappedKey key = cipher.newCaseKey();
        byte[] plaintext = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] sealed = cipher.seal(key, plaintext, CONTEXT);
        assertFalse(contains(sealed, plaintext));
        assertFalse(contains(sealed, Arrays.copyOfRange(plaintext, 0, 8)), "not even a fragment");
        assertFalse(contains(sealed, CONTEXT.getBytes(StandardCharsets.UTF_8)), "the context is not stored either");
    }

    @Test
    void tamperingWithAnyByteFails() {
        WrappedKey key = cipher.newCaseKey();
        byte[] sealed = cipher.sealText(key, "kort", CONTEXT);
        for (int i = 0; i < sealed.length; i++) {
            byte[] tampered = sealed.clone();
            tampered[i] ^= 0x01;
            assertThrows(CaseContentUnreadable.class, () -> cipher.open(key, tampered, CONTEXT), "byte " + i);
        }
        assertThrows(CaseContentUnreadable.class,
                () -> cipher.open(key, Arrays.copyOf(sealed, sealed.length - 1), CONTEXT));
        assertThrows(CaseContentUnreadable.class, () -> cipher.open(key, new byte[0], CONTEXT));
        assertThrows(CaseContentUnreadable.class, () -> cipher.open(key, new byte[20], CONTEXT));
    }

    @Test
    void contentMovedToAnotherFieldOrCaseFails() {
        WrappedKey key = cipher.newCaseKey();
        byte[] sealed = cipher.sealText(key, TEXT, CONTEXT);
        CaseContentUnreadable e = assertThrows(CaseContentUnreadable.class,
                () -> cipher.openText(key, sealed, "report:123:answer:where"));
        assertFalse(e.getMessage().contains(TEXT));
        assertThrows(CaseContentUnreadable.class, () -> cipher.openText(key, sealed, "report:124:answer:what_happened"));
        assertThrows(IllegalArgumentException.class, () -> cipher.sealText(key, TEXT, " "));
        assertThrows(NullPointerException.class, () -> cipher.sealText(key, TEXT, null));
    }

    @Test
    void aCaseKeyWrappedUnderOneKekCannotBeOpenedWithAnother() {
        WrappedKey key = cipher.newCaseKey();
        byte[] sealed = cipher.sealText(key, TEXT, CONTEXT);

        CaseCipher otherKekSameId = new CaseCipher(randomKek(), "1", random);
        assertThrows(CaseContentUnreadable.class, () -> otherKekSameId.openText(key, sealed, CONTEXT));
        assertThrows(CaseContentUnreadable.class, () -> otherKekSameId.sealText(key, TEXT, CONTEXT));

        CaseCipher rotated = new CaseCipher(randomKek(), "2", random);
        CaseContentUnreadable e = assertThrows(CaseContentUnreadable.class, () -> rotated.openText(key, sealed, CONTEXT));
        assertTrue(e.getMessage().contains("'1'") && e.getMessage().contains("'2'"), e.getMessage());
    }

    @Test
    void theKekIdCannotBeRelabelled() {
        byte[] kek = randomKek();
        WrappedKey key = new CaseCipher(kek, "1", random).newCaseKey();
        WrappedKey relabelled = new WrappedKey("2", key.bytes());
        assertThrows(CaseContentUnreadable.class,
                () -> new CaseCipher(kek, "2", random).sealText(relabelled, TEXT, CONTEXT));
    }

    @Test
    void aDamagedWrappedKeyFails() {
        WrappedKey key = cipher.newCaseKey();
        byte[] sealed = cipher.sealText(key, TEXT, CONTEXT);
        byte[] material = key.bytes();
        for (int i = 0; i < material.length; i++) {
            byte[] damaged = material.clone();
            damaged[i] ^= 0x01;
            WrappedKey broken = new WrappedKey("1", damaged);
            assertThrows(CaseContentUnreadable.class, () -> cipher.openText(broken, sealed, CONTEXT), "byte " + i);
        }
        assertThrows(CaseContentUnreadable.class,
                () -> cipher.openText(new WrappedKey("1", Arrays.copyOf(material, 40)), sealed, CONTEXT));
    }

    @Test
    void withoutAKekEveryCallFailsClearly() {
        CaseCipher unconfigured = new CaseCipher(null, "1", random);
        WrappedKey key = cipher.newCaseKey();
        byte[] sealed = cipher.sealText(key, TEXT, CONTEXT);

        IllegalStateException e = assertThrows(IllegalStateException.class, unconfigured::newCaseKey);
        assertEquals("No key-encryption key configured: set app.crypto.kek (see README)", e.getMessage());
        assertThrows(IllegalStateException.class, () -> unconfigured.sealText(key, TEXT, CONTEXT));
        assertThrows(IllegalStateException.class, () -> unconfigured.openText(key, sealed, CONTEXT));

        for (byte[] wrongLength : new byte[][] {new byte[0], new byte[16], new byte[31], new byte[33]}) {
            CaseCipher unusable = new CaseCipher(wrongLength, "1", random);
            IllegalStateException wrong = assertThrows(IllegalStateException.class, unusable::newCaseKey);
            assertTrue(wrong.getMessage().contains("app.crypto.kek"), wrong.getMessage());
        }
        assertThrows(IllegalStateException.class, () -> new CaseCipher(randomKek(), "no spaces", random).newCaseKey());
    }

    @Test
    void readsTheKekFromConfiguration() {
        byte[] kek = randomKek();
        CaseCipher configured = fromConfiguration(Optional.of(Base64.getEncoder().encodeToString(kek)), "2026-01");
        WrappedKey key = configured.newCaseKey();
        assertEquals("2026-01", key.kekId());
        byte[] sealed = configured.sealText(key, TEXT, CONTEXT);
        assertEquals(TEXT, new CaseCipher(kek, "2026-01", random).openText(key, sealed, CONTEXT));
    }

    @Test
    void aMissingOrMalformedConfiguredKekFailsOnUseWithoutFallback() {
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> fromConfiguration(Optional.empty(), "1").newCaseKey());
        assertEquals(CaseCipher.MISSING_KEK, missing.getMessage());
        assertThrows(IllegalStateException.class, () -> fromConfiguration(Optional.of("  "), "1").newCaseKey());

        String notBase64 = "this is not base64 at all!!";
        IllegalStateException malformed = assertThrows(IllegalStateException.class,
                () -> fromConfiguration(Optional.of(notBase64), "1").newCaseKey());
        assertEquals(CaseCipher.UNUSABLE_KEK, malformed.getMessage());
        assertFalse(malformed.getMessage().contains(notBase64), "the configured value is never echoed");

        String tooShort = Base64.getEncoder().encodeToString(new byte[16]);
        assertThrows(IllegalStateException.class, () -> fromConfiguration(Optional.of(tooShort), "1").newCaseKey());
    }

    private CaseCipher fromConfiguration(Optional<String> kek, String kekId) {
        CaseCipher configured = new CaseCipher();
        configured.configuredKek = kek;
        configured.configuredKekId = kekId;
        configured.readConfiguration();
        return configured;
    }

    private byte[] randomKek() {
        byte[] kek = new byte[32];
        random.nextBytes(kek);
        return kek;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return true;
            }
        }
        return false;
    }
}

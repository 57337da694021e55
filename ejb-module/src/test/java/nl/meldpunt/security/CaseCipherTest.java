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
import java.util.HexFormat;
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
    void theKeyProbeOpensOnlyUnderTheKeyThatSealedItAndHoldsNoSecret() {
        byte[] raw = randomKek();
        byte[] probe = new CaseCipher(raw, "1", random).newKeyProbe();
        assertTrue(new CaseCipher(raw, "1", random).opensKeyProbe(probe), "the same key, after a restart");
        assertFalse(new CaseCipher(randomKek(), "1", random).opensKeyProbe(probe), "another key with the same id");
        assertFalse(new CaseCipher(raw, "2", random).opensKeyProbe(probe), "bound to its key id");
        byte[] damaged = probe.clone();
        damaged[damaged.length - 1] ^= 1;
        assertFalse(new CaseCipher(raw, "1", random).opensKeyProbe(damaged));
        assertFalse(new CaseCipher(raw, "1", random).opensKeyProbe(new byte[3]), "garbage is no probe");
        assertEquals(Optional.of("1"), cipher.kekId());
        assertEquals(Optional.empty(), cipher.kekProblem());
    }

    @Test
    void aRefusedWrongKekSealsAndOpensNothingAndSaysWhy() {
        WrappedKey key = cipher.newCaseKey();
        byte[] sealed = cipher.sealText(key, TEXT, CONTEXT);
        assertFalse(cipher.refusesWrongKek());
        cipher.refuseWrongKek("not this database's key");
        assertTrue(cipher.refusesWrongKek());
        for (Runnable use : new Runnable[] {cipher::newCaseKey, () -> cipher.sealText(key, TEXT, CONTEXT),
                () -> cipher.openText(key, sealed, CONTEXT), cipher::newKeyProbe}) {
            WrongKeyEncryptionKey refused = assertThrows(WrongKeyEncryptionKey.class, use::run);
            assertEquals("not this database's key", refused.getMessage());
            assertTrue(refused instanceof CaseContentUnreadable, "every page that opens content says it cannot be read");
        }
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
    void opensCaseContentAndKeysStoredByTheOlderCode() {
        // Written by CaseCipher before it used Sealing (commit 8a91d4b): WrappedKey.toBytes() of a case key
        // wrapped under OLD_KEK with id "1", and a text sealed under that case key.
        byte[] oldKek = HexFormat.of().parseHex("6d656c6470756e742d6f6c642d636f64652d6b656b2d666f722d746573747321");
        WrappedKey stored = WrappedKey.fromBytes(HexFormat.of().parseHex(
                "010131ff697acd7894fc4fd33191162b05120c64ab20d23e0df9ce55be42a0"
                + "e68dc106abb44bab1237fb728290ff8882917ab982d1b2aeba1dc98fd243bb42"));
        byte[] sealed = HexFormat.of().parseHex("018a9bd3f24d9984395639db84ed811b72a2f2ad06fa2b5682235a3967abbd96d8"
                + "015495e2497483f88fc074f92fedb0580a28dffb3a6508239ac4db0fa5fbdc99fbc6cf8ed9a91d406ba781a0382527d02336");
        String context = "report:KM7Q-4MZP-X9W3:answer:what_happened";
        CaseCipher current = new CaseCipher(oldKek, "1", random);

        assertEquals(60, stored.bytes().length, "a key wrapped without a version byte");
        assertEquals("Mijn leidinggevende maakte opmerkingen — élke week.", current.openText(stored, sealed, context));
        byte[] resealed = current.sealText(stored, TEXT, context);
        assertEquals(TEXT, current.openText(stored, resealed, context), "an old case key seals new content too");

        byte[] damaged = stored.bytes();
        damaged[20] ^= 0x01;
        assertThrows(CaseContentUnreadable.class, () -> current.openText(new WrappedKey("1", damaged), sealed, context));
        assertThrows(CaseContentUnreadable.class, () -> current.openText(stored, sealed, "report:KM7Q-4MZP-X9W3:answer:where"));
    }

    @Test
    void newCaseKeysAreWrappedWithAVersionByte() {
        byte[] material = cipher.newCaseKey().bytes();
        assertEquals(1 + 12 + 32 + 16, material.length);
        assertEquals(1, material[0]);

        byte[] unknown = material.clone();
        unknown[0] = 2;
        WrappedKey key = new WrappedKey("1", unknown);
        CaseContentUnreadable e = assertThrows(CaseContentUnreadable.class, () -> cipher.sealText(key, TEXT, CONTEXT));
        assertEquals("The case key is not in a known format", e.getMessage());
    }

    @Test
    void tooShortOrUnknownContentIsRefusedClearly() {
        WrappedKey key = cipher.newCaseKey();
        for (int length = 0; length < 1 + 12 + 16; length++) {
            byte[] tooShort = new byte[length];
            if (length > 0) {
                tooShort[0] = 1;
            }
            CaseContentUnreadable e = assertThrows(CaseContentUnreadable.class, () -> cipher.open(key, tooShort, CONTEXT));
            assertEquals("Case content is truncated", e.getMessage());
        }
        byte[] sealed = cipher.sealText(key, TEXT, CONTEXT);
        for (int version : new int[] {0, 2, 0xff}) {
            byte[] other = sealed.clone();
            other[0] = (byte) version;
            CaseContentUnreadable e = assertThrows(CaseContentUnreadable.class, () -> cipher.open(key, other, CONTEXT));
            assertEquals("Case content is not in a known format", e.getMessage());
        }
    }

    @Test
    void messagesNeverNameTheContextWhichHoldsTheCaseCode() {
        String context = "report:KM7Q-4MZP-X9W3:answer:what_happened";
        WrappedKey key = cipher.newCaseKey();
        byte[] sealed = cipher.sealText(key, TEXT, context);
        byte[] damaged = sealed.clone();
        damaged[20] ^= 0x01;
        byte[] unknown = sealed.clone();
        unknown[0] = 7;
        for (byte[] unreadable : new byte[][] {new byte[3], damaged, unknown}) {
            CaseContentUnreadable e = assertThrows(CaseContentUnreadable.class, () -> cipher.openText(key, unreadable, context));
            assertFalse(e.getMessage().contains("KM7Q"), e.getMessage());
            assertFalse(e.getMessage().contains("report:"), e.getMessage());
        }
        CaseContentUnreadable wrongField = assertThrows(CaseContentUnreadable.class,
                () -> cipher.openText(key, sealed, "report:KM7Q-4MZP-X9W3:answer:where"));
        assertFalse(wrongField.getMessage().contains("KM7Q"), wrongField.getMessage());
        CaseContentUnreadable otherKey = assertThrows(CaseContentUnreadable.class,
                () -> cipher.openText(cipher.newCaseKey(), sealed, context));
        assertFalse(otherKey.getMessage().contains("KM7Q"), otherKey.getMessage());
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

package nl.meldpunt.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The per-person key cryptography (issue 17): what opens, and that nothing opens for another person, case or password. */
class PersonalKeysTest {

    private final SecureRandom random = new SecureRandom();
    private final PersonalKeys keys = new PersonalKeys(random, new PasswordHasher());

    @Test
    void oneInstanceWrapsAndUnwrapsRightlyFromManyThreadsAtOnce() throws Exception {
        // As CaseKeys uses it: one instance for the whole server, with reports coming in at the same moment.
        PersonalKeys.OpenKeyPair confidant = keys.newKeyPair();
        int threads = 8;
        int perThread = 300;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        try {
            java.util.List<java.util.concurrent.Future<Integer>> results = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    start.await();
                    int wrong = 0;
                    for (int i = 0; i < perThread; i++) {
                        byte[] caseKey = new byte[32];
                        random.nextBytes(caseKey);
                        String caseCode = "CASE-" + thread + "-" + i;
                        byte[] wrapped = keys.wrapTo(confidant.publicKey(), caseKey, caseCode, "staff:3");
                        try {
                            if (!Arrays.equals(caseKey, keys.unwrapWith(confidant, wrapped, caseCode, "staff:3"))) {
                                wrong++;
                            }
                        } catch (CaseContentUnreadable e) {
                            wrong++;
                        }
                    }
                    return wrong;
                }));
            }
            start.countDown();
            int wrong = 0;
            for (var result : results) {
                wrong += result.get(2, java.util.concurrent.TimeUnit.MINUTES);
            }
            assertEquals(0, wrong, "case keys wrapped or opened wrongly out of " + threads * perThread);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSealedPrivateKeyOpensOnlyWithItsPasswordAndOwner() {
        PersonalKeys.OpenKeyPair pair = keys.newKeyPair();
        assertEquals(32, pair.publicKey().length);
        PersonalKeys.SealedKeyPair sealed = keys.seal(pair, "Lange zin als wachtwoord", "staff:7");
        assertFalse(contains(sealed.sealedPrivateKey(), pair.privateKey()), "the private key is not stored in the clear");

        PersonalKeys.OpenKeyPair opened = keys.unseal(sealed, "Lange zin als wachtwoord", "staff:7");
        assertArrayEquals(pair.privateKey(), opened.privateKey());
        assertThrows(CaseContentUnreadable.class, () -> keys.unseal(sealed, "Een ander wachtwoord", "staff:7"));
        assertThrows(CaseContentUnreadable.class, () -> keys.unseal(sealed, "Lange zin als wachtwoord", "staff:8"),
                "a sealed key copied to another account does not open there");
        PersonalKeys.SealedKeyPair again = keys.seal(pair, "Lange zin als wachtwoord", "staff:7");
        assertFalse(Arrays.equals(sealed.salt(), again.salt()), "every sealing has its own salt");
    }

    @Test
    void aCaseKeyWrappedToAPublicKeyOpensOnlyForThatHolderAndCase() {
        PersonalKeys.OpenKeyPair confidant = keys.newKeyPair();
        PersonalKeys.OpenKeyPair other = keys.newKeyPair();
        byte[] caseKey = new byte[32];
        random.nextBytes(caseKey);

        byte[] wrapped = keys.wrapTo(confidant.publicKey(), caseKey, "ABCD-EFGH-JKLM", "staff:7");
        assertEquals(PersonalKeys.TO_PUBLIC_KEY, wrapped[0]);
        assertFalse(contains(wrapped, caseKey));
        assertArrayEquals(caseKey, keys.unwrapWith(confidant, wrapped, "ABCD-EFGH-JKLM", "staff:7"));
        assertNotEquals(Arrays.toString(wrapped), Arrays.toString(keys.wrapTo(confidant.publicKey(), caseKey, "ABCD-EFGH-JKLM", "staff:7")),
                "a fresh encapsulation every time");

        assertThrows(CaseContentUnreadable.class, () -> keys.unwrapWith(other, wrapped, "ABCD-EFGH-JKLM", "staff:7"),
                "another person's private key");
        assertThrows(CaseContentUnreadable.class, () -> keys.unwrapWith(confidant, wrapped, "ZZZZ-EFGH-JKLM", "staff:7"),
                "a row pointed at another case");
        assertThrows(CaseContentUnreadable.class, () -> keys.unwrapWith(confidant, wrapped, "ABCD-EFGH-JKLM", "staff:8"),
                "a row pointed at another holder");
        byte[] damaged = wrapped.clone();
        damaged[damaged.length - 1] ^= 1;
        assertThrows(CaseContentUnreadable.class, () -> keys.unwrapWith(confidant, damaged, "ABCD-EFGH-JKLM", "staff:7"));
        assertThrows(CaseContentUnreadable.class, () -> keys.unwrapWith(confidant, new byte[] {1, 2, 3}, "ABCD-EFGH-JKLM", "staff:7"));
    }

    @Test
    void aCaseKeyUnderTheReportersPasswordOpensOnlyWithThatPasswordForThatCase() {
        byte[] caseKey = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
        byte[] wrapped = keys.wrapUnderPassword("vijf woorden als wachtwoord", caseKey, "ABCD-EFGH-JKLM");
        assertEquals(PersonalKeys.UNDER_PASSWORD, wrapped[0]);
        assertFalse(contains(wrapped, caseKey));
        assertArrayEquals(caseKey, keys.unwrapUnderPassword("vijf woorden als wachtwoord", wrapped, "ABCD-EFGH-JKLM"));
        assertThrows(CaseContentUnreadable.class, () -> keys.unwrapUnderPassword("vier woorden als wachtwoord", wrapped, "ABCD-EFGH-JKLM"));
        assertThrows(CaseContentUnreadable.class, () -> keys.unwrapUnderPassword("vijf woorden als wachtwoord", wrapped, "ZZZZ-EFGH-JKLM"));
        byte[] toPublicKey = keys.wrapTo(keys.newKeyPair().publicKey(), caseKey, "ABCD-EFGH-JKLM", "reporter");
        assertThrows(CaseContentUnreadable.class, () -> keys.unwrapUnderPassword("vijf woorden als wachtwoord", toPublicKey, "ABCD-EFGH-JKLM"),
                "the other kind of wrapped key is refused by its version byte");
    }

    @Test
    void derivedKeysDependOnPasswordAndSalt() {
        PasswordHasher hasher = new PasswordHasher();
        byte[] salt = PasswordHasher.newSalt(random);
        byte[] key = hasher.deriveKey("wachtwoord", salt);
        assertEquals(32, key.length);
        assertArrayEquals(key, hasher.deriveKey("wachtwoord", salt));
        assertFalse(Arrays.equals(key, hasher.deriveKey("Wachtwoord", salt)));
        assertFalse(Arrays.equals(key, hasher.deriveKey("wachtwoord", PasswordHasher.newSalt(random))));
        assertThrows(IllegalArgumentException.class, () -> hasher.deriveKey("wachtwoord", new byte[8]));
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(Arrays.copyOfRange(haystack, i, i + needle.length), needle)) {
                return true;
            }
        }
        return false;
    }
}

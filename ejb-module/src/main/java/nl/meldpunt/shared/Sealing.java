package nl.meldpunt.shared;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * The one implementation of authenticated encryption in Meldpunt: AES-256-GCM with a fresh random
 * 96-bit IV per seal and a 128-bit tag. Each user brings its own key and its own associated data
 * (what the sealed value belongs to, so that a value moved elsewhere does not open):
 * {@code security.CaseCipher} for case content and for wrapping case keys, the {@code vault} for
 * e-mail addresses.
 *
 * <p>Format version 1, the only one written: version byte {@code 0x01} | 12-byte IV | ciphertext |
 * 16-byte tag; the version byte followed by the caller's associated data is authenticated. This is
 * byte for byte the layout that {@code CaseCipher} has written for case content from the start, so
 * stored case content opens unchanged (a unit test opens a value written by the older code).
 *
 * <p>Format version 0, read only: 12-byte IV | ciphertext | tag, with the caller's associated data
 * as it is. Vault addresses and wrapped case keys were stored so before this class existed. Having
 * no version byte, such a value cannot be recognised by its first byte (that is a random IV byte),
 * so only callers that may hold one ask for it: {@link #openVersion0} or
 * {@link #openIncludingVersion0}.
 *
 * <p>Lengths and the version are checked before any decryption; every refusal is an
 * {@link Unreadable} that says why in words that hold neither content nor associated data.
 */
public final class Sealing {

    /** AES-256. */
    public static final int KEY_BYTES = 32;
    public static final int IV_BYTES = 12;
    public static final int TAG_BYTES = 16;
    public static final byte VERSION = 1;
    /** How much longer a version 1 value is than its plaintext. */
    public static final int OVERHEAD = 1 + IV_BYTES + TAG_BYTES;
    /** How much longer a version 0 value is than its plaintext. */
    public static final int OVERHEAD_VERSION_0 = IV_BYTES + TAG_BYTES;

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int TAG_BITS = TAG_BYTES * 8;

    private final SecureRandom random;

    public Sealing(SecureRandom random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    /** @return version byte | IV | ciphertext | tag (format version 1) */
    public byte[] seal(SecretKey key, byte[] plaintext, byte[] associatedData) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(plaintext, "plaintext");
        Objects.requireNonNull(associatedData, "associatedData");
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(new byte[] {VERSION});
            cipher.updateAAD(associatedData);
            byte[] sealed = new byte[1 + IV_BYTES + cipher.getOutputSize(plaintext.length)];
            sealed[0] = VERSION;
            System.arraycopy(iv, 0, sealed, 1, IV_BYTES);
            cipher.doFinal(plaintext, 0, plaintext.length, sealed, 1 + IV_BYTES);
            return sealed;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    /**
     * Opens a value in format version 1, sealed with the same key and associated data.
     *
     * @throws Unreadable if it is too short, has another version byte, or does not authenticate
     *         (wrong key, wrong associated data or damaged data)
     */
    public byte[] open(SecretKey key, byte[] sealed, byte[] associatedData) throws Unreadable {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(sealed, "sealed");
        Objects.requireNonNull(associatedData, "associatedData");
        checkFormat(sealed);
        return decrypt(key, sealed, 1, new byte[] {VERSION}, associatedData);
    }

    /**
     * The checks {@link #open} makes before decrypting, for callers that want to refuse a malformed
     * value before they fetch its key.
     *
     * @throws Unreadable if the value is too short for format version 1 or has another version byte
     */
    public static void checkFormat(byte[] sealed) throws Unreadable {
        Objects.requireNonNull(sealed, "sealed");
        if (sealed.length < OVERHEAD) {
            throw new Unreadable(Unreadable.Reason.TOO_SHORT, "Sealed data is too short (" + sealed.length + " bytes)");
        }
        if (sealed[0] != VERSION) {
            throw new Unreadable(Unreadable.Reason.UNKNOWN_VERSION,
                    "Sealed data is in an unknown format (version " + Byte.toUnsignedInt(sealed[0]) + ")");
        }
    }

    /**
     * Opens a value in format version 0 (no version byte), as stored before this class existed.
     *
     * @throws Unreadable if it is too short or does not authenticate
     */
    public byte[] openVersion0(SecretKey key, byte[] sealed, byte[] associatedData) throws Unreadable {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(sealed, "sealed");
        Objects.requireNonNull(associatedData, "associatedData");
        if (sealed.length < OVERHEAD_VERSION_0) {
            throw new Unreadable(Unreadable.Reason.TOO_SHORT, "Sealed data is too short (" + sealed.length + " bytes)");
        }
        return decrypt(key, sealed, 0, new byte[0], associatedData);
    }

    /**
     * Opens a value in format version 1 or, failing that, version 0: for stores that hold both and
     * cannot tell them apart otherwise. A version 0 value whose random IV happens to begin with the
     * version byte does not authenticate as version 1 (the tag is checked), so it is read as version 0;
     * trying both costs a forger nothing, since each try is an independent 128-bit tag check.
     *
     * @throws Unreadable if it opens in neither format
     */
    public byte[] openIncludingVersion0(SecretKey key, byte[] sealed, byte[] associatedData) throws Unreadable {
        try {
            return open(key, sealed, associatedData);
        } catch (Unreadable notVersion1) {
            try {
                return openVersion0(key, sealed, associatedData);
            } catch (Unreadable notVersion0) {
                throw notVersion1.reason() == Unreadable.Reason.NOT_AUTHENTIC ? notVersion1 : notVersion0;
            }
        }
    }

    private static byte[] decrypt(SecretKey key, byte[] sealed, int ivAt, byte[] header, byte[] associatedData)
            throws Unreadable {
        int bodyAt = ivAt + IV_BYTES;
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, ivAt, IV_BYTES));
            cipher.updateAAD(header);
            cipher.updateAAD(associatedData);
            return cipher.doFinal(sealed, bodyAt, sealed.length - bodyAt);
        } catch (AEADBadTagException e) {
            throw new Unreadable(Unreadable.Reason.NOT_AUTHENTIC,
                    "Sealed data does not open: wrong key, wrong associated data or damaged data");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    /** A sealed value that does not open; the message holds neither content nor associated data. */
    public static final class Unreadable extends Exception {

        private static final long serialVersionUID = 1L;

        /** Why a value does not open. */
        public enum Reason {
            TOO_SHORT, UNKNOWN_VERSION, NOT_AUTHENTIC
        }

        private final Reason reason;

        Unreadable(Reason reason, String message) {
            super(message);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }
}

package nl.meldpunt.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.spec.SecretKeySpec;
import nl.meldpunt.shared.Sealing;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.hpke.HPKE;
import org.bouncycastle.crypto.params.X25519PrivateKeyParameters;

/**
 * The cryptography of per-person case keys (issue 17), all of it from maintained libraries: X25519 key
 * pairs and HPKE (RFC 9180, base mode, DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-256-GCM) from
 * BouncyCastle, Argon2id from {@link PasswordHasher}, AES-256-GCM from {@link Sealing}. No state but a
 * random source; what it makes is stored by {@link CaseKeys} and the staff account. Safe for concurrent use: every
 * operation makes its own {@link HPKE} (BouncyCastle's keeps KDF and key-agreement state in its fields, and a shared
 * one wrapped keys wrongly under 500 concurrent reports, {@code PersonalKeysTest}).
 *
 * <p>Three kinds of sealed key, each bound by its associated data to whom and what it belongs, so that a
 * row copied to another person or another case does not open:
 * <ul>
 * <li>a person's private key, sealed under a key derived from that person's password
 *     ({@code meldpunt:personal-key:1:<owner>});</li>
 * <li>a case key wrapped to a public key (a confidant's, or an organisation's recovery key): version byte
 *     {@code 1} | the 32-byte HPKE encapsulated key | the HPKE ciphertext, with the HPKE info
 *     {@code meldpunt:case-key:1:<case code>:<holder>};</li>
 * <li>a case key sealed under a key derived from the reporter's password: version byte {@code 2} | the
 *     16-byte salt | the case key sealed by {@link Sealing}, with {@code meldpunt:case-key:2:<case code>:reporter}.</li>
 * </ul>
 */
public class PersonalKeys {

    static final byte TO_PUBLIC_KEY = 1;
    static final byte UNDER_PASSWORD = 2;
    private static final int X25519_BYTES = 32;
    private static final int SALT_BYTES = 16;
    /** Case and holder are bound through the HPKE info; there is nothing more to authenticate. */
    private static final byte[] NO_AAD = new byte[0];

    private final SecureRandom random;
    private final Sealing sealing;
    private final PasswordHasher hasher;
    /** The encapsulated key's length for DHKEM(X25519): the ephemeral public key. */
    private static final int ENCAPSULATED_BYTES = 32;

    public PersonalKeys(SecureRandom random, PasswordHasher hasher) {
        this.random = Objects.requireNonNull(random, "random");
        this.sealing = new Sealing(random);
        this.hasher = Objects.requireNonNull(hasher, "hasher");
    }

    /** A person's key pair as it is stored: the public key in the clear, the private key only sealed. */
    public record SealedKeyPair(byte[] publicKey, byte[] sealedPrivateKey, byte[] salt) {
    }

    /** A key pair whose private half is open, in memory only; {@link #wipe()} when done. */
    public record OpenKeyPair(byte[] publicKey, byte[] privateKey) {
        public void wipe() {
            Arrays.fill(privateKey, (byte) 0);
        }
    }

    /** A new HPKE suite object: cheap to make, not safe to share between threads. */
    private static HPKE hpke() {
        return new HPKE(HPKE.mode_base, HPKE.kem_X25519_SHA256, HPKE.kdf_HKDF_SHA256, HPKE.aead_AES_GCM256);
    }

    /** A fresh X25519 key pair, open. */
    public OpenKeyPair newKeyPair() {
        HPKE hpke = hpke();
        AsymmetricCipherKeyPair pair = hpke.generatePrivateKey();
        return new OpenKeyPair(hpke.serializePublicKey(pair.getPublic()), hpke.serializePrivateKey(pair.getPrivate()));
    }

    /**
     * Seals an open private key under a key derived from the owner's password (one Argon2id), with a new salt.
     *
     * @param owner whose key it is, e.g. {@code staff:12}; the same string is needed to unseal it
     */
    public SealedKeyPair seal(OpenKeyPair pair, CharSequence password, String owner) {
        byte[] salt = PasswordHasher.newSalt(random);
        byte[] derived = hasher.deriveKey(password, salt);
        try {
            return new SealedKeyPair(pair.publicKey().clone(),
                    sealing.seal(new SecretKeySpec(derived, "AES"), pair.privateKey(), personalContext(owner)), salt);
        } finally {
            Arrays.fill(derived, (byte) 0);
        }
    }

    /**
     * Opens a sealed private key with the owner's password (one Argon2id).
     *
     * @throws CaseContentUnreadable when the password is not the one it was sealed under, or the data is damaged
     */
    public OpenKeyPair unseal(SealedKeyPair sealed, CharSequence password, String owner) {
        byte[] derived = hasher.deriveKey(password, sealed.salt());
        try {
            byte[] privateKey = sealing.open(new SecretKeySpec(derived, "AES"), sealed.sealedPrivateKey(), personalContext(owner));
            if (privateKey.length != X25519_BYTES) {
                throw new CaseContentUnreadable("A personal key is not in a known format");
            }
            return new OpenKeyPair(sealed.publicKey().clone(), privateKey);
        } catch (Sealing.Unreadable e) {
            throw new CaseContentUnreadable("A personal key does not open: another password, or damaged data", e);
        } finally {
            Arrays.fill(derived, (byte) 0);
        }
    }

    /**
     * The key pair of an X25519 private key (a recovery sheet's), or empty when the bytes are not one.
     */
    public java.util.Optional<OpenKeyPair> keyPairOf(byte[] privateKey) {
        if (privateKey == null || privateKey.length != X25519_BYTES) {
            return java.util.Optional.empty();
        }
        byte[] publicKey = new X25519PrivateKeyParameters(privateKey, 0).generatePublicKey().getEncoded();
        return java.util.Optional.of(new OpenKeyPair(publicKey, privateKey.clone()));
    }

    /** Wraps a case key to a public key (HPKE): only the private half opens it, for this case and holder only. */
    public byte[] wrapTo(byte[] publicKey, byte[] caseKey, String caseCode, String holder) {
        try {
            HPKE hpke = hpke();
            byte[][] sealedAndEncapsulated = hpke.seal(hpke.deserializePublicKey(publicKey), info(caseCode, holder),
                    NO_AAD, caseKey, null, null, null);
            byte[] ciphertext = sealedAndEncapsulated[0];
            byte[] encapsulated = sealedAndEncapsulated[1];
            return ByteBuffer.allocate(1 + encapsulated.length + ciphertext.length)
                    .put(TO_PUBLIC_KEY).put(encapsulated).put(ciphertext).array();
        } catch (InvalidCipherTextException | IllegalArgumentException e) {
            throw new IllegalStateException("A case key could not be wrapped to a public key", e);
        }
    }

    /**
     * Opens what {@link #wrapTo} made, with the holder's open key pair.
     *
     * @throws CaseContentUnreadable for another key, another case or holder, or damaged data
     */
    public byte[] unwrapWith(OpenKeyPair pair, byte[] wrapped, String caseCode, String holder) {
        if (wrapped == null || wrapped.length <= 1 + ENCAPSULATED_BYTES || wrapped[0] != TO_PUBLIC_KEY) {
            throw new CaseContentUnreadable("A wrapped case key is not in a known format");
        }
        try {
            HPKE hpke = hpke();
            AsymmetricCipherKeyPair keys = hpke.deserializePrivateKey(pair.privateKey(), pair.publicKey());
            byte[] encapsulated = Arrays.copyOfRange(wrapped, 1, 1 + ENCAPSULATED_BYTES);
            byte[] ciphertext = Arrays.copyOfRange(wrapped, 1 + ENCAPSULATED_BYTES, wrapped.length);
            return hpke.open(encapsulated, keys, info(caseCode, holder), NO_AAD, ciphertext, null, null, null);
        } catch (InvalidCipherTextException | IllegalArgumentException e) {
            throw new CaseContentUnreadable("A case key does not open with this key: another person's, another case's, or damaged data", e);
        }
    }

    /** Seals a case key under a key derived from the reporter's password (one Argon2id), with a new salt. */
    public byte[] wrapUnderPassword(CharSequence password, byte[] caseKey, String caseCode) {
        byte[] salt = PasswordHasher.newSalt(random);
        byte[] derived = hasher.deriveKey(password, salt);
        try {
            byte[] sealed = sealing.seal(new SecretKeySpec(derived, "AES"), caseKey, passwordContext(caseCode));
            return ByteBuffer.allocate(1 + SALT_BYTES + sealed.length).put(UNDER_PASSWORD).put(salt).put(sealed).array();
        } finally {
            Arrays.fill(derived, (byte) 0);
        }
    }

    /**
     * Opens what {@link #wrapUnderPassword} made.
     *
     * @throws CaseContentUnreadable for another password or case, or damaged data
     */
    public byte[] unwrapUnderPassword(CharSequence password, byte[] wrapped, String caseCode) {
        if (wrapped == null || wrapped.length <= 1 + SALT_BYTES || wrapped[0] != UNDER_PASSWORD) {
            throw new CaseContentUnreadable("A wrapped case key is not in a known format");
        }
        byte[] derived = hasher.deriveKey(password, Arrays.copyOfRange(wrapped, 1, 1 + SALT_BYTES));
        try {
            return sealing.open(new SecretKeySpec(derived, "AES"), Arrays.copyOfRange(wrapped, 1 + SALT_BYTES, wrapped.length),
                    passwordContext(caseCode));
        } catch (Sealing.Unreadable e) {
            throw new CaseContentUnreadable("A case key does not open with this password, or the data is damaged", e);
        } finally {
            Arrays.fill(derived, (byte) 0);
        }
    }

    private static byte[] personalContext(String owner) {
        return ("meldpunt:personal-key:1:" + Objects.requireNonNull(owner, "owner")).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] info(String caseCode, String holder) {
        return ("meldpunt:case-key:1:" + Objects.requireNonNull(caseCode, "caseCode") + ":"
                + Objects.requireNonNull(holder, "holder")).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] passwordContext(String caseCode) {
        return ("meldpunt:case-key:2:" + Objects.requireNonNull(caseCode, "caseCode") + ":reporter").getBytes(StandardCharsets.UTF_8);
    }
}

package nl.meldpunt.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one component through which case content (free-text answers, messages, attachments) is
 * encrypted at rest. Each case has its own random 256-bit data key; content is sealed with AES-256-GCM
 * under that key, and the data key is stored only wrapped (AES-256-GCM too) under a key-encryption
 * key (KEK) from configuration, {@code app.crypto.kek}, which is never stored in the database. A copy
 * of the database alone therefore reveals no case content. Keeping this in one place is what lets
 * each case key later also be wrapped to the assigned confidants' own key pairs.
 *
 * <p>The rules:
 * <ul>
 * <li>The KEK is 32 random bytes, base64-encoded (e.g. {@code openssl rand -base64 32}), with an id
 *     ({@code app.crypto.kek.id}, default {@code 1}) that every wrapped key records, so that the key
 *     can be rotated later. Without a usable KEK every call fails with an
 *     {@link IllegalStateException} saying so; there is no built-in fallback key, because content
 *     sealed under a key in the source code would not be protected at all.</li>
 * <li>Every seal draws a fresh random 96-bit IV. A case key seals at most thousands of items, far
 *     below the 2<sup>32</sup> messages per key at which random GCM IVs become a risk; the same holds
 *     for the KEK, which wraps one key per case.</li>
 * <li>The caller's {@code context} (e.g. {@code report:123:answer:what_happened}) is authenticated
 *     as associated data, so a ciphertext copied to another field or another case does not decrypt.
 *     Decryption with a wrong key, context or damaged data throws {@link CaseContentUnreadable}.</li>
 * <li>Unwrapped data keys live only for one call: the byte arrays are zeroed after use. The copy
 *     inside {@link SecretKeySpec} (and the cipher's own expanded key) cannot be erased from Java,
 *     since {@code SecretKeySpec.destroy()} is not implemented; they become garbage when the call
 *     returns.</li>
 * </ul>
 *
 * <p>Sealed format: version byte ({@code 1}) | 12-byte IV | ciphertext and 16-byte tag. The associated
 * data is the version byte followed by the context in UTF-8.
 */
@ApplicationScoped
public class CaseCipher {

    static final String MISSING_KEK = "No key-encryption key configured: set app.crypto.kek (see README)";
    static final String UNUSABLE_KEK =
            "No usable key-encryption key configured: app.crypto.kek must be 32 random bytes, base64-encoded (see README)";

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int TAG_BYTES = TAG_BITS / 8;
    private static final byte SEALED_VERSION = 1;
    private static final byte WRAPPED_VERSION = 1;
    private static final int HEADER_BYTES = 1 + IV_BYTES;

    @Inject
    @ConfigProperty(name = "app.crypto.kek")
    Optional<String> configuredKek;

    @Inject
    @ConfigProperty(name = "app.crypto.kek.id", defaultValue = "1")
    String configuredKekId;

    private SecureRandom random;
    private SecretKeySpec kek;
    private String kekId;
    private String kekProblem;

    /** For CDI; the key is read from configuration in {@link #readConfiguration()}. */
    public CaseCipher() {
    }

    /**
     * For tests and tools outside CDI.
     *
     * @param kek the raw 32-byte key-encryption key (copied, not kept); {@code null} or another length
     *        gives a cipher whose every call fails, as with a missing configuration
     */
    public CaseCipher(byte[] kek, String kekId, SecureRandom random) {
        this.random = Objects.requireNonNull(random, "random");
        useKek(kek, kekId);
    }

    @PostConstruct
    void readConfiguration() {
        random = new SecureRandom();
        Optional<String> encoded = configuredKek == null ? Optional.empty() : configuredKek.filter(s -> !s.isBlank());
        if (encoded.isEmpty()) {
            kekProblem = MISSING_KEK;
            return;
        }
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(encoded.get().replaceAll("\\s", ""));
        } catch (IllegalArgumentException notBase64) {
            kekProblem = UNUSABLE_KEK;
            return;
        }
        try {
            useKek(raw, configuredKekId);
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    private void useKek(byte[] raw, String id) {
        if (raw == null) {
            kekProblem = MISSING_KEK;
        } else if (raw.length != KEY_BYTES) {
            kekProblem = UNUSABLE_KEK;
        } else if (id == null || !WrappedKey.KEK_ID.matcher(id).matches()) {
            kekProblem = "No usable key-encryption key configured: app.crypto.kek.id must be 1 to 32 letters, "
                    + "digits, '.', '_' or '-' (see README)";
        } else {
            kek = new SecretKeySpec(raw, "AES");
            kekId = id;
            kekProblem = null;
        }
    }

    /** @return a fresh random 256-bit data key for a new case, wrapped under the configured KEK */
    public WrappedKey newCaseKey() {
        requireKek();
        byte[] dataKey = new byte[KEY_BYTES];
        try {
            random.nextBytes(dataKey);
            byte[] iv = randomIv();
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, kek, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(wrappingContext(kekId));
            byte[] material = new byte[IV_BYTES + KEY_BYTES + TAG_BYTES];
            System.arraycopy(iv, 0, material, 0, IV_BYTES);
            cipher.doFinal(dataKey, 0, KEY_BYTES, material, IV_BYTES);
            return new WrappedKey(kekId, material);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    /**
     * Encrypts case content under the case's data key.
     *
     * @param context where the content belongs, e.g. {@code report:123:answer:what_happened}; the same
     *        string is needed to open it
     * @return version byte | IV | ciphertext and tag
     */
    public byte[] seal(WrappedKey key, byte[] plaintext, String context) {
        Objects.requireNonNull(plaintext, "plaintext");
        byte[] associated = associatedData(context);
        SecretKeySpec dataKey = unwrap(key);
        try {
            byte[] iv = randomIv();
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, dataKey, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associated);
            byte[] sealed = new byte[HEADER_BYTES + cipher.getOutputSize(plaintext.length)];
            sealed[0] = SEALED_VERSION;
            System.arraycopy(iv, 0, sealed, 1, IV_BYTES);
            cipher.doFinal(plaintext, 0, plaintext.length, sealed, HEADER_BYTES);
            return sealed;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    /**
     * Decrypts what {@link #seal} returned, with the same case key and context.
     *
     * @throws CaseContentUnreadable on a wrong key, a wrong context or damaged data
     */
    public byte[] open(WrappedKey key, byte[] sealed, String context) {
        Objects.requireNonNull(sealed, "sealed");
        byte[] associated = associatedData(context);
        if (sealed.length < HEADER_BYTES + TAG_BYTES) {
            throw new CaseContentUnreadable("Case content for " + context + " is truncated");
        }
        if (sealed[0] != SEALED_VERSION) {
            throw new CaseContentUnreadable("Case content for " + context + " is not in a known format");
        }
        SecretKeySpec dataKey = unwrap(key);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, dataKey, new GCMParameterSpec(TAG_BITS, sealed, 1, IV_BYTES));
            cipher.updateAAD(associated);
            return cipher.doFinal(sealed, HEADER_BYTES, sealed.length - HEADER_BYTES);
        } catch (AEADBadTagException e) {
            throw new CaseContentUnreadable("Case content for " + context
                    + " cannot be decrypted: wrong case key, wrong context or damaged data", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    /** {@link #seal} for text, in UTF-8. */
    public byte[] sealText(WrappedKey key, String text, String context) {
        byte[] plaintext = Objects.requireNonNull(text, "text").getBytes(StandardCharsets.UTF_8);
        try {
            return seal(key, plaintext, context);
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
    }

    /** {@link #open} for text sealed with {@link #sealText}. */
    public String openText(WrappedKey key, byte[] sealed, String context) {
        byte[] plaintext = open(key, sealed, context);
        try {
            return new String(plaintext, StandardCharsets.UTF_8);
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
    }

    private SecretKeySpec unwrap(WrappedKey wrapped) {
        Objects.requireNonNull(wrapped, "key");
        requireKek();
        if (!kekId.equals(wrapped.kekId())) {
            throw new CaseContentUnreadable("The case key was wrapped under key-encryption key '" + wrapped.kekId()
                    + "', but the configured key is '" + kekId + "'");
        }
        byte[] material = wrapped.bytes();
        if (material.length != IV_BYTES + KEY_BYTES + TAG_BYTES) {
            throw new CaseContentUnreadable("The case key is not in a known format");
        }
        byte[] dataKey = null;
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, kek, new GCMParameterSpec(TAG_BITS, material, 0, IV_BYTES));
            cipher.updateAAD(wrappingContext(kekId));
            dataKey = cipher.doFinal(material, IV_BYTES, material.length - IV_BYTES);
            return new SecretKeySpec(dataKey, "AES");
        } catch (AEADBadTagException e) {
            throw new CaseContentUnreadable("The case key cannot be unwrapped with key-encryption key '" + kekId
                    + "': another key with the same id, or damaged data", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        } finally {
            if (dataKey != null) {
                Arrays.fill(dataKey, (byte) 0);
            }
        }
    }

    private void requireKek() {
        if (kek == null) {
            throw new IllegalStateException(kekProblem == null ? MISSING_KEK : kekProblem);
        }
    }

    private byte[] randomIv() {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        return iv;
    }

    /** Binds a wrapped key to its format version and KEK id, so that neither can be relabelled. */
    private static byte[] wrappingContext(String id) {
        return ("meldpunt:case-key:" + WRAPPED_VERSION + ":" + id).getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] associatedData(String context) {
        Objects.requireNonNull(context, "context");
        if (context.isBlank()) {
            throw new IllegalArgumentException("Case content needs a context, e.g. report:123:answer:what_happened");
        }
        byte[] text = context.getBytes(StandardCharsets.UTF_8);
        byte[] associated = new byte[1 + text.length];
        associated[0] = SEALED_VERSION;
        System.arraycopy(text, 0, associated, 1, text.length);
        return associated;
    }
}

package nl.meldpunt.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.spec.SecretKeySpec;
import nl.meldpunt.shared.Sealing;
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
 * <p>The encryption itself is {@link Sealing}'s, in its format version 1: version byte ({@code 1}) |
 * 12-byte IV | ciphertext and 16-byte tag, with the version byte followed by the context in UTF-8 as
 * associated data; case content has always been stored so. A wrapped case key is the data key sealed
 * so under the KEK, with {@code meldpunt:case-key:1:<kek id>} as associated data (61 bytes); keys
 * wrapped before the format had a version byte are 60 bytes in Sealing's format version 0 and still
 * open. Messages of {@link CaseContentUnreadable} never name the context: it holds the case code,
 * which is the reporter's login name, or a staff login.
 */
@ApplicationScoped
public class CaseCipher {

    /** What {@link #newKeyProbe()} seals: a fixed text, no secret. */
    private static final String KEY_PROBE = "meldpunt key-encryption key check";
    static final String MISSING_KEK = "No key-encryption key configured: set app.crypto.kek (see README)";
    static final String UNUSABLE_KEK =
            "No usable key-encryption key configured: app.crypto.kek must be 32 random bytes, base64-encoded (see README)";

    static final int KEY_BYTES = Sealing.KEY_BYTES;
    private static final byte WRAPPED_VERSION = 1;

    @Inject
    @ConfigProperty(name = "app.crypto.kek")
    Optional<String> configuredKek;

    @Inject
    @ConfigProperty(name = "app.crypto.kek.id", defaultValue = "1")
    String configuredKekId;

    private SecureRandom random;
    private Sealing sealing;
    private SecretKeySpec kek;
    private String kekId;
    private String kekProblem;
    /** Set by {@link KeyCheck} when the configured KEK is not this database's: then nothing is sealed or opened. */
    private volatile String wrongKek;

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
        this.sealing = new Sealing(random);
        useKek(kek, kekId);
    }

    @PostConstruct
    void readConfiguration() {
        random = new SecureRandom();
        sealing = new Sealing(random);
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
            return new WrappedKey(kekId, sealing.seal(kek, dataKey, wrappingContext(kekId)));
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    /** @return a fresh random 256-bit data key for a new case, open (for {@link CaseKeys} to wrap to its holders) */
    OpenCaseKey newOpenCaseKey() {
        requireKek();
        byte[] dataKey = new byte[KEY_BYTES];
        random.nextBytes(dataKey);
        return new OpenCaseKey(dataKey);
    }

    /** @return the case key wrapped under the configured KEK, for a case that no person can hold yet (see {@link CaseKeys}) */
    WrappedKey wrapForServer(OpenCaseKey key) {
        requireKek();
        byte[] dataKey = key.raw();
        try {
            return new WrappedKey(kekId, sealing.seal(kek, dataKey, wrappingContext(kekId)));
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    /** @return the case key that {@code wrapped} holds, unwrapped with the configured KEK */
    OpenCaseKey openServerWrapped(WrappedKey wrapped) {
        return new OpenCaseKey(unwrap(wrapped).getEncoded());
    }

    /**
     * Encrypts case content under the case's data key.
     *
     * @param context where the content belongs, e.g. {@code report:123:answer:what_happened}; the same
     *        string is needed to open it
     * @return version byte | IV | ciphertext and tag
     */
    public byte[] seal(OpenCaseKey key, byte[] plaintext, String context) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(plaintext, "plaintext");
        byte[] associated = associatedData(context);
        requireKek();
        return sealing.seal(key.key(), plaintext, associated);
    }

    /**
     * Decrypts what {@link #seal} returned, with the same case key and context.
     *
     * @throws CaseContentUnreadable on a wrong key, a wrong context or damaged data; its message names
     *         neither the content nor the context (which holds the case code, the reporter's login)
     */
    public byte[] open(OpenCaseKey key, byte[] sealed, String context) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(sealed, "sealed");
        byte[] associated = associatedData(context);
        requireKek();
        try {
            Sealing.checkFormat(sealed);
        } catch (Sealing.Unreadable e) {
            throw new CaseContentUnreadable(e.reason() == Sealing.Unreadable.Reason.TOO_SHORT
                    ? "Case content is truncated" : "Case content is not in a known format", e);
        }
        try {
            return sealing.open(key.key(), sealed, associated);
        } catch (Sealing.Unreadable e) {
            throw new CaseContentUnreadable(
                    "Case content cannot be decrypted: wrong case key, wrong context or damaged data", e);
        }
    }

    /** {@link #seal} for text, in UTF-8. */
    public byte[] sealText(OpenCaseKey key, String text, String context) {
        byte[] plaintext = Objects.requireNonNull(text, "text").getBytes(StandardCharsets.UTF_8);
        try {
            return seal(key, plaintext, context);
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
    }

    /** {@link #open} for text sealed with {@link #sealText}. */
    public String openText(OpenCaseKey key, byte[] sealed, String context) {
        byte[] plaintext = open(key, sealed, context);
        try {
            return new String(plaintext, StandardCharsets.UTF_8);
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
    }

    /** {@link #seal} under a key wrapped by the configured KEK: for what the server itself must read (second-factor secrets). */
    public byte[] seal(WrappedKey key, byte[] plaintext, String context) {
        return seal(openServerWrapped(key), plaintext, context);
    }

    /** {@link #open} under a key wrapped by the configured KEK. */
    public byte[] open(WrappedKey key, byte[] sealed, String context) {
        Objects.requireNonNull(sealed, "sealed");
        associatedData(context);
        try {
            Sealing.checkFormat(sealed);
        } catch (Sealing.Unreadable e) {
            throw new CaseContentUnreadable(e.reason() == Sealing.Unreadable.Reason.TOO_SHORT
                    ? "Case content is truncated" : "Case content is not in a known format", e);
        }
        return open(openServerWrapped(key), sealed, context);
    }

    /** {@link #sealText} under a key wrapped by the configured KEK: for what the server itself must read (second-factor secrets). */
    public String openText(WrappedKey key, byte[] sealed, String context) {
        return openText(openServerWrapped(key), sealed, context);
    }

    /** {@link #openText(WrappedKey, byte[], String)}'s counterpart. */
    public byte[] sealText(WrappedKey key, String text, String context) {
        return sealText(openServerWrapped(key), text, context);
    }

    private SecretKeySpec unwrap(WrappedKey wrapped) {
        Objects.requireNonNull(wrapped, "key");
        requireKek();
        if (!kekId.equals(wrapped.kekId())) {
            throw new CaseContentUnreadable("The case key was wrapped under key-encryption key '" + wrapped.kekId()
                    + "', but the configured key is '" + kekId + "'");
        }
        byte[] material = wrapped.bytes();
        boolean version0 = material.length == KEY_BYTES + Sealing.OVERHEAD_VERSION_0;
        if (!version0 && (material.length != KEY_BYTES + Sealing.OVERHEAD || material[0] != Sealing.VERSION)) {
            throw new CaseContentUnreadable("The case key is not in a known format");
        }
        byte[] dataKey = null;
        try {
            dataKey = version0
                    ? sealing.openVersion0(kek, material, wrappingContext(kekId))
                    : sealing.open(kek, material, wrappingContext(kekId));
            return new SecretKeySpec(dataKey, "AES");
        } catch (Sealing.Unreadable e) {
            throw new CaseContentUnreadable("The case key cannot be unwrapped with key-encryption key '" + kekId
                    + "': another key with the same id, or damaged data", e);
        } finally {
            if (dataKey != null) {
                Arrays.fill(dataKey, (byte) 0);
            }
        }
    }

    /**
     * A fixed text sealed under the configured KEK, for {@link KeyCheck} to store when a key id is first used.
     * It holds no secret; only the KEK opens it.
     */
    public byte[] newKeyProbe() {
        requireKek();
        return sealing.seal(kek, KEY_PROBE.getBytes(StandardCharsets.US_ASCII), probeContext(kekId));
    }

    /** @return whether {@code probe}, stored for the configured key id, opens under the configured KEK */
    public boolean opensKeyProbe(byte[] probe) {
        requireKek();
        try {
            return KEY_PROBE.equals(new String(sealing.open(kek, probe, probeContext(kekId)), StandardCharsets.US_ASCII));
        } catch (Sealing.Unreadable wrongKeyOrDamaged) {
            return false;
        }
    }

    /** @return the configured KEK's id, or empty when no usable KEK is configured (then {@link #kekProblem()} says why) */
    public Optional<String> kekId() {
        return kek == null ? Optional.empty() : Optional.of(kekId);
    }

    /** @return why no usable KEK is configured, or empty when one is */
    public Optional<String> kekProblem() {
        return kek == null ? Optional.of(kekProblem == null ? MISSING_KEK : kekProblem) : Optional.empty();
    }

    /**
     * From now on every call fails with {@link WrongKeyEncryptionKey}: the configured KEK is not the one this
     * database's keys were wrapped under. Called by {@link KeyCheck} at start-up; a restart with the right key ends it.
     */
    public void refuseWrongKek(String reason) {
        wrongKek = Objects.requireNonNull(reason, "reason");
    }

    /** @return whether {@link KeyCheck} found the configured KEK to be another than this database's */
    public boolean refusesWrongKek() {
        return wrongKek != null;
    }

    private static byte[] probeContext(String id) {
        return ("meldpunt:key-check:1:" + id).getBytes(StandardCharsets.US_ASCII);
    }

    private void requireKek() {
        String wrong = wrongKek;
        if (wrong != null) {
            throw new WrongKeyEncryptionKey(wrong);
        }
        if (kek == null) {
            throw new IllegalStateException(kekProblem == null ? MISSING_KEK : kekProblem);
        }
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
        return context.getBytes(StandardCharsets.UTF_8);
    }
}

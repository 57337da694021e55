package nl.meldpunt.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A case's data key as it is stored: encrypted ("wrapped") under a key-encryption key that lives in
 * configuration, never in the database. The record names the id of that key-encryption key, so that
 * keys can be rotated later and a case key wrapped under an older key is recognised as such.
 *
 * <p>{@link #toBytes()} gives the form for one binary column: a version byte ({@code 1}), the length
 * of the key id in one byte, the key id in ASCII, then the wrapped material ({@link #bytes()}: the
 * data key sealed by {@link nl.meldpunt.shared.Sealing}, a version byte, the 12-byte IV and the
 * AES-GCM ciphertext and tag; keys wrapped before that format had a version byte lack it). Only
 * {@link CaseCipher} can make or unwrap one.
 */
public record WrappedKey(String kekId, byte[] bytes) {

    /** Key ids are short and printable, so they fit in a length byte and in an error message. */
    static final Pattern KEK_ID = Pattern.compile("[A-Za-z0-9._-]{1,32}");

    private static final byte VERSION = 1;

    public WrappedKey {
        Objects.requireNonNull(kekId, "kekId");
        Objects.requireNonNull(bytes, "bytes");
        if (!KEK_ID.matcher(kekId).matches()) {
            throw new IllegalArgumentException("A key-encryption key id is 1 to 32 letters, digits, '.', '_' or '-'");
        }
        if (bytes.length == 0) {
            throw new IllegalArgumentException("No wrapped key material");
        }
        bytes = bytes.clone();
    }

    /** @return a copy, so that the stored key cannot be changed through it */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public byte[] toBytes() {
        byte[] id = kekId.getBytes(StandardCharsets.US_ASCII);
        return ByteBuffer.allocate(2 + id.length + bytes.length)
                .put(VERSION).put((byte) id.length).put(id).put(bytes)
                .array();
    }

    /** @throws CaseContentUnreadable if the stored bytes are not a wrapped key in a known format */
    public static WrappedKey fromBytes(byte[] stored) {
        Objects.requireNonNull(stored, "stored");
        if (stored.length < 3 || stored[0] != VERSION) {
            throw new CaseContentUnreadable("The stored case key is not in a known format");
        }
        int idLength = Byte.toUnsignedInt(stored[1]);
        if (stored.length <= 2 + idLength) {
            throw new CaseContentUnreadable("The stored case key is truncated");
        }
        String id = new String(stored, 2, idLength, StandardCharsets.US_ASCII);
        if (!KEK_ID.matcher(id).matches()) {
            throw new CaseContentUnreadable("The stored case key names no valid key-encryption key id");
        }
        return new WrappedKey(id, Arrays.copyOfRange(stored, 2 + idLength, stored.length));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WrappedKey that && kekId.equals(that.kekId) && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * kekId.hashCode() + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "WrappedKey[kekId=" + kekId + ", " + bytes.length + " bytes]";
    }
}

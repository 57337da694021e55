package nl.meldpunt.security;

import java.util.Arrays;
import java.util.Objects;
import javax.crypto.spec.SecretKeySpec;

/**
 * A case's data key, unwrapped, for the length of one call: what {@link CaseKeys} hands a service so that
 * {@link CaseCipher} can seal and open that case's content. Only this package makes one; it is never stored
 * and never printed. (The copy inside {@link SecretKeySpec} cannot be erased from Java; it becomes garbage
 * with this object.)
 */
public final class OpenCaseKey {

    private final SecretKeySpec key;

    /** @param raw the 32-byte data key; copied, and zeroed here */
    OpenCaseKey(byte[] raw) {
        Objects.requireNonNull(raw, "raw");
        try {
            if (raw.length != CaseCipher.KEY_BYTES) {
                throw new CaseContentUnreadable("A case key is not in a known format");
            }
            key = new SecretKeySpec(raw, "AES");
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    SecretKeySpec key() {
        return key;
    }

    /** @return a copy of the raw key, for wrapping it to another holder; zero it when done */
    byte[] raw() {
        return key.getEncoded();
    }

    @Override
    public String toString() {
        return "OpenCaseKey[hidden]";
    }
}

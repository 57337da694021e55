package nl.meldpunt.vault;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The vault's two keys, from configuration and nowhere else: the link key (HMAC-SHA256 of a case
 * code gives the row's lookup key) and the sealing key (AES-256-GCM of the address, with the lookup
 * key as associated data, so a sealed address moved to another row does not open). Without both
 * keys the vault is unavailable and the pages do not offer to leave an address.
 */
@ApplicationScoped
class VaultKeys {

    private static final int IV_BYTES = 12;

    @Inject
    @ConfigProperty(name = "app.vault.linkKey")
    Optional<String> configuredLinkKey;

    @Inject
    @ConfigProperty(name = "app.vault.key")
    Optional<String> configuredSealingKey;

    private final SecureRandom random = new SecureRandom();
    private SecretKeySpec linkKey;
    private SecretKeySpec sealingKey;

    VaultKeys() {
    }

    VaultKeys(byte[] linkKey, byte[] sealingKey) {
        this.linkKey = new SecretKeySpec(linkKey, "HmacSHA256");
        this.sealingKey = new SecretKeySpec(sealingKey, "AES");
    }

    @PostConstruct
    void readConfiguration() {
        linkKey = configuredLinkKey.map(VaultKeys::decode).map(k -> new SecretKeySpec(k, "HmacSHA256")).orElse(null);
        sealingKey = configuredSealingKey.map(VaultKeys::decode).map(k -> new SecretKeySpec(k, "AES")).orElse(null);
    }

    boolean available() {
        return linkKey != null && sealingKey != null;
    }

    String lookupKey(String caseCode) {
        requireAvailable();
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(linkKey);
            return HexFormat.of().formatHex(mac.doFinal(("meldpunt:vault:" + caseCode).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    byte[] seal(String address, String lookupKey) {
        requireAvailable();
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, sealingKey, new GCMParameterSpec(128, iv));
            cipher.updateAAD(lookupKey.getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(address.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[IV_BYTES + sealed.length];
            System.arraycopy(iv, 0, out, 0, IV_BYTES);
            System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    String open(byte[] sealed, String lookupKey) {
        requireAvailable();
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, sealingKey, new GCMParameterSpec(128, sealed, 0, IV_BYTES));
            cipher.updateAAD(lookupKey.getBytes(StandardCharsets.US_ASCII));
            return new String(cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A vault entry does not open with the configured key", e);
        }
    }

    private void requireAvailable() {
        if (!available()) {
            throw new IllegalStateException("The e-mail vault has no keys: set app.vault.key and app.vault.linkKey (see README)");
        }
    }

    private static byte[] decode(String base64) {
        byte[] key = Base64.getDecoder().decode(base64.strip());
        if (key.length != 32) {
            throw new IllegalStateException("Vault keys are 32 random bytes, base64-encoded");
        }
        return key;
    }
}

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
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.meldpunt.shared.Sealing;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The vault's two keys, from configuration and nowhere else: the link key (HMAC-SHA256 of a case
 * code gives the row's lookup key) and the sealing key (AES-256-GCM of the address by
 * {@link Sealing}, with the lookup key as associated data, so a sealed address moved to another row
 * does not open). Addresses stored before the sealed format had a version byte are read too. Without
 * both keys the vault is unavailable and the pages do not offer to leave an address.
 */
@ApplicationScoped
class VaultKeys {

    @Inject
    @ConfigProperty(name = "app.vault.linkKey")
    Optional<String> configuredLinkKey;

    @Inject
    @ConfigProperty(name = "app.vault.key")
    Optional<String> configuredSealingKey;

    private final Sealing sealing = new Sealing(new SecureRandom());
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
        return sealing.seal(sealingKey, address.getBytes(StandardCharsets.UTF_8),
                lookupKey.getBytes(StandardCharsets.US_ASCII));
    }

    /** Opens an address sealed by {@link #seal}, or one stored before the format had a version byte. */
    String open(byte[] sealed, String lookupKey) {
        requireAvailable();
        try {
            byte[] address = sealing.openIncludingVersion0(sealingKey, sealed,
                    lookupKey.getBytes(StandardCharsets.US_ASCII));
            return new String(address, StandardCharsets.UTF_8);
        } catch (Sealing.Unreadable e) {
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
        if (key.length != Sealing.KEY_BYTES) {
            throw new IllegalStateException("Vault keys are 32 random bytes, base64-encoded");
        }
        return key;
    }
}

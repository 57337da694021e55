package nl.meldpunt.vault;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One sealed address, known only by its keyed link. */
@Entity
@Table(name = "mail_address", schema = "vault")
class MailAddressEntry {

    @Id
    @Column(name = "lookup_key")
    private String lookupKey;

    @Column(name = "sealed_address", nullable = false)
    private byte[] sealedAddress;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected MailAddressEntry() {
    }

    MailAddressEntry(String lookupKey, byte[] sealedAddress, Instant now) {
        this.lookupKey = lookupKey;
        this.sealedAddress = sealedAddress.clone();
        this.createdAt = now;
        this.updatedAt = now;
    }

    void replace(byte[] sealed, Instant now) {
        this.sealedAddress = sealed.clone();
        this.updatedAt = now;
    }

    byte[] getSealedAddress() {
        return sealedAddress.clone();
    }
}

package nl.meldpunt.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The head of one hash chain: the last sequence number and hash. Appending locks this row, so the
 * entries of one organisation form a single line even under concurrent requests.
 */
@Entity
@Table(name = "audit_chain")
public class AuditChain {

    static final String GENESIS_HASH = "0".repeat(64);

    @Id
    @Column(name = "chain_key")
    private String chainKey;

    @Column(name = "last_sequence", nullable = false)
    private long lastSequence;

    @Column(name = "last_hash", nullable = false)
    private String lastHash;

    protected AuditChain() {
    }

    AuditChain(String chainKey) {
        this.chainKey = chainKey;
        this.lastSequence = 0;
        this.lastHash = GENESIS_HASH;
    }

    static String keyFor(Long organisationId) {
        return organisationId == null ? "platform" : "org:" + organisationId;
    }

    void advance(AuditEntry entry) {
        lastSequence = entry.getSequenceNo();
        lastHash = entry.getEntryHash();
    }

    String getChainKey() {
        return chainKey;
    }

    long getLastSequence() {
        return lastSequence;
    }

    String getLastHash() {
        return lastHash;
    }
}

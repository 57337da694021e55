package nl.meldpunt.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * One line of the audit trail. Its hash covers every field and the previous entry's hash, so that
 * changing, removing or reordering an entry breaks the chain from that point on.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    private Long id;

    @Column(name = "chain_key", nullable = false, updatable = false)
    private String chainKey;

    @Column(name = "sequence_no", nullable = false, updatable = false)
    private long sequenceNo;

    @Column(name = "organisation_id", updatable = false)
    private Long organisationId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(updatable = false)
    private String subject;

    /**
     * What changed, for a change of settings: {@code before → after} (issue 13). Never a reporter's data.
     * Null for every other entry; the hash covers it only when present, so that older entries keep their hash.
     */
    @Column(updatable = false, length = 1000)
    private String detail;

    @Column(name = "previous_hash", nullable = false, updatable = false)
    private String previousHash;

    @Column(name = "entry_hash", nullable = false, updatable = false)
    private String entryHash;

    protected AuditEntry() {
    }

    AuditEntry(AuditChain chain, Long organisationId, Instant occurredAt, Actor actor, AuditAction action, String subject) {
        this(chain, organisationId, occurredAt, actor, action, subject, null);
    }

    AuditEntry(AuditChain chain, Long organisationId, Instant occurredAt, Actor actor, AuditAction action, String subject,
               String detail) {
        this.chainKey = chain.getChainKey();
        this.sequenceNo = chain.getLastSequence() + 1;
        this.organisationId = organisationId;
        // Stored precision differs per database: hash what every database keeps.
        this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MILLIS);
        this.actor = actor.value();
        this.action = action.name();
        this.subject = subject;
        this.detail = detail;
        this.previousHash = chain.getLastHash();
        this.entryHash = computeHash();
    }

    /** The hash this entry should have, computed from its stored fields. */
    String computeHash() {
        String canonical = String.join("\n",
                chainKey,
                Long.toString(sequenceNo),
                organisationId == null ? "" : organisationId.toString(),
                occurredAt.truncatedTo(ChronoUnit.MILLIS).toString(),
                actor,
                action,
                subject == null ? "" : subject,
                previousHash) + (detail == null ? "" : "\n" + detail);
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public Long getId() {
        return id;
    }

    public String getChainKey() {
        return chainKey;
    }

    public long getSequenceNo() {
        return sequenceNo;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getSubject() {
        return subject;
    }

    public String getDetail() {
        return detail;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getEntryHash() {
        return entryHash;
    }
}

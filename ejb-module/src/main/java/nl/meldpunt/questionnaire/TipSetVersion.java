package nl.meldpunt.questionnaire;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One stored version of an organisation's tips; versions are never changed. */
@Entity
@Table(name = "tip_set")
@NamedQuery(name = "TipSetVersion.current", query = """
        select t from TipSetVersion t where t.organisationId = :organisationId
        and t.version = (select max(t2.version) from TipSetVersion t2 where t2.organisationId = :organisationId)""")
public class TipSetVersion {

    @Id
    @SequenceGenerator(name = "tip_set_seq", sequenceName = "tip_set_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tip_set_seq")
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(nullable = false, updatable = false)
    private int version;

    @Column(nullable = false, updatable = false, length = 200_000)
    private String content;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected TipSetVersion() {
    }

    TipSetVersion(long organisationId, String content, Instant createdAt) {
        this.organisationId = organisationId;
        TipSet parsed = TipSet.parse(0, content); // refuse a set that cannot be used
        this.version = parsed.version();
        this.content = content;
        this.createdAt = createdAt;
    }

    public TipSet tipSet() {
        return TipSet.parse(id, content);
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The stored JSON, for the editor's draft and for the configuration export. */
    public String getContent() {
        return content;
    }
}

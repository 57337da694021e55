package nl.meldpunt.procedure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The organisation admin's unpublished edit of the procedure: at most one per organisation, seen by no employee.
 * Publishing it stores a new {@link ProcedureVersion} and removes the draft.
 */
@Entity
@Table(name = "procedure_draft")
public class ProcedureDraft {

    @Id
    @SequenceGenerator(name = "procedure_draft_seq", sequenceName = "procedure_draft_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "procedure_draft_seq")
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(name = "body_nl", nullable = false, length = ProcedureText.MAX_LENGTH)
    private String dutch;

    @Column(name = "body_en", nullable = false, length = ProcedureText.MAX_LENGTH)
    private String english;

    @Column(name = "base_version", nullable = false)
    private int baseVersion;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private long updatedBy;

    @Version
    private int version;

    protected ProcedureDraft() {
    }

    ProcedureDraft(long organisationId, String dutch, String english, int baseVersion, long by, Instant at) {
        this.organisationId = organisationId;
        edit(dutch, english, baseVersion, by, at);
    }

    void edit(String dutch, String english, int baseVersion, long by, Instant at) {
        this.dutch = dutch;
        this.english = english;
        this.baseVersion = baseVersion;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public String getDutch() {
        return dutch;
    }

    public String getEnglish() {
        return english;
    }

    public int getBaseVersion() {
        return baseVersion;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getUpdatedBy() {
        return updatedBy;
    }
}

package nl.meldpunt.procedure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One published version of an organisation's procedure and PSA policy: never changed afterwards (every column
 * is not updatable). Versions count from 1 per organisation; the highest is the current one, the one the
 * public page shows.
 */
@Entity
@Table(name = "procedure_version")
@NamedQuery(name = "ProcedureVersion.ofOrganisation", query = """
        select v from ProcedureVersion v where v.organisationId = :organisation order by v.versionNo desc""")
public class ProcedureVersion {

    @Id
    @SequenceGenerator(name = "procedure_version_seq", sequenceName = "procedure_version_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "procedure_version_seq")
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(name = "version_no", nullable = false, updatable = false)
    private int versionNo;

    @Column(name = "body_nl", nullable = false, updatable = false, length = ProcedureText.MAX_LENGTH)
    private String dutch;

    @Column(name = "body_en", nullable = false, updatable = false, length = ProcedureText.MAX_LENGTH)
    private String english;

    @Column(name = "published_at", nullable = false, updatable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false, updatable = false)
    private long publishedBy;

    protected ProcedureVersion() {
    }

    ProcedureVersion(long organisationId, int versionNo, String dutch, String english, long publishedBy, Instant publishedAt) {
        this.organisationId = organisationId;
        this.versionNo = versionNo;
        this.dutch = dutch;
        this.english = english;
        this.publishedBy = publishedBy;
        this.publishedAt = publishedAt;
    }

    /**
     * The first version of a procedure, for the demo data only (the admin publishes through
     * {@link ProcedureService}); the texts are normalised as a save would.
     */
    public static ProcedureVersion firstVersion(long organisationId, String dutch, String english, long publishedBy, Instant at) {
        return new ProcedureVersion(organisationId, 1, ProcedureText.normalised(dutch), ProcedureText.normalised(english),
                publishedBy, at);
    }

    /**
     * The version after {@code current} (0 for none) from an imported configuration file (issue 13's file carries the
     * procedure); the texts are normalised as a save would. The importing service audits it.
     */
    public static ProcedureVersion imported(long organisationId, int current, String dutch, String english, long publishedBy,
                                            Instant at) {
        return new ProcedureVersion(organisationId, current + 1, ProcedureText.normalised(dutch), ProcedureText.normalised(english),
                publishedBy, at);
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public String getDutch() {
        return dutch;
    }

    public String getEnglish() {
        return english;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public long getPublishedBy() {
        return publishedBy;
    }
}

package nl.meldpunt.annual;

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
 * The confidant's texts of one organisation for one year, as a whole: whether they are final ("vastgesteld").
 * Final texts cannot be changed until the year is reopened. The row is also what a save locks, so that two
 * saves of the same year (two tabs) are taken one after the other and the second sees the first.
 */
@Entity
@Table(name = "annual_report_year")
public class AnnualReportYear {

    @Id
    @SequenceGenerator(name = "annual_report_year_seq", sequenceName = "annual_report_year_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "annual_report_year_seq")
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(name = "report_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "finalised_at")
    private Instant finalisedAt;

    @Column(name = "finalised_by")
    private Long finalisedBy;

    @Version
    private long version;

    protected AnnualReportYear() {
    }

    AnnualReportYear(long organisationId, int year) {
        this.organisationId = organisationId;
        this.year = year;
    }

    /** Marks the texts final: from now on the annual report prints them as they are. */
    void markFinal(long staffId, Instant at) {
        if (isFinal()) {
            throw new AnnualTextRefused(AnnualTextRefused.Reason.FINAL);
        }
        finalisedAt = at;
        finalisedBy = staffId;
    }

    /** Opens final texts for changes again. */
    void reopen() {
        if (!isFinal()) {
            throw new AnnualTextRefused(AnnualTextRefused.Reason.NOT_FINAL);
        }
        finalisedAt = null;
        finalisedBy = null;
    }

    public boolean isFinal() {
        return finalisedAt != null;
    }

    public Long getId() {
        return id;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public int getYear() {
        return year;
    }

    public Instant getFinalisedAt() {
        return finalisedAt;
    }

    public Long getFinalisedBy() {
        return finalisedBy;
    }
}

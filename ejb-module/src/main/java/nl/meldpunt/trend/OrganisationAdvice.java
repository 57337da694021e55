package nl.meldpunt.trend;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** Advice a confidant gave an organisation, kept with the organisation. */
@Entity
@Table(name = "organisation_advice")
public class OrganisationAdvice {

    public static final int MAX_LENGTH = 4000;

    @Id
    @SequenceGenerator(name = "organisation_advice_seq", sequenceName = "organisation_advice_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisation_advice_seq")
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(name = "staff_id", nullable = false, updatable = false)
    private long staffId;

    @Column(nullable = false, updatable = false, length = MAX_LENGTH)
    private String advice;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    protected OrganisationAdvice() {
    }

    OrganisationAdvice(long organisationId, long staffId, String advice, Instant writtenAt) {
        this.organisationId = organisationId;
        this.staffId = staffId;
        this.advice = advice;
        this.writtenAt = writtenAt;
    }

    public Long getId() {
        return id;
    }

    public String getAdvice() {
        return advice;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }
}

package nl.meldpunt.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A consent the reporter gave: to inform the organisation or a third party, and who recorded it. */
@Entity
@Table(name = "report_consent")
public class ReportConsent {

    /** Who recorded the consent. */
    public enum GivenBy {
        REPORTER,
        CONFIDANT_AFTER_CONVERSATION
    }

    @Id
    @SequenceGenerator(name = "report_consent_seq", sequenceName = "report_consent_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_consent_seq")
    private Long id;

    @Column(name = "report_id", nullable = false, updatable = false)
    private long reportId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ConsentScope scope;

    @Enumerated(EnumType.STRING)
    @Column(name = "given_by", nullable = false, updatable = false)
    private GivenBy givenBy;

    @Column(name = "staff_id", updatable = false)
    private Long staffId;

    @Column(name = "given_at", nullable = false, updatable = false)
    private Instant givenAt;

    protected ReportConsent() {
    }

    ReportConsent(long reportId, ConsentScope scope, GivenBy givenBy, Long staffId, Instant givenAt) {
        this.reportId = reportId;
        this.scope = scope;
        this.givenBy = givenBy;
        this.staffId = staffId;
        this.givenAt = givenAt;
    }

    public ConsentScope getScope() {
        return scope;
    }

    public GivenBy getGivenBy() {
        return givenBy;
    }

    public Instant getGivenAt() {
        return givenAt;
    }
}

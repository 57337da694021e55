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
import java.time.LocalDate;

/**
 * A breach of confidentiality: allowed only in exceptional situations (safety at stake, a criminal
 * offence reported in consultation with the organisation, a legal duty). It records why, who was
 * informed and when; the texts are sealed with the case.
 */
@Entity
@Table(name = "confidentiality_breach")
public class ConfidentialityBreach {

    /** The exceptional situations in which confidentiality may be breached. */
    public enum Reason { SAFETY_AT_STAKE, CRIMINAL_OFFENCE_WITH_ORGANISATION, LEGAL_DUTY }

    @Id
    @SequenceGenerator(name = "confidentiality_breach_seq", sequenceName = "confidentiality_breach_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "confidentiality_breach_seq")
    private Long id;

    @Column(name = "report_id", nullable = false, updatable = false)
    private long reportId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Reason reason;

    @Column(name = "sealed_informed", nullable = false, updatable = false)
    private byte[] sealedInformed;

    @Column(name = "sealed_explanation", nullable = false, updatable = false)
    private byte[] sealedExplanation;

    @Column(name = "informed_on", nullable = false, updatable = false)
    private LocalDate informedOn;

    @Column(name = "staff_id", nullable = false, updatable = false)
    private long staffId;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected ConfidentialityBreach() {
    }

    ConfidentialityBreach(long reportId, Reason reason, byte[] sealedInformed, byte[] sealedExplanation, LocalDate informedOn,
                          long staffId, Instant recordedAt) {
        this.reportId = reportId;
        this.reason = reason;
        this.sealedInformed = sealedInformed.clone();
        this.sealedExplanation = sealedExplanation.clone();
        this.informedOn = informedOn;
        this.staffId = staffId;
        this.recordedAt = recordedAt;
    }

    public Reason getReason() {
        return reason;
    }

    byte[] getSealedInformed() {
        return sealedInformed == null ? null : sealedInformed.clone();
    }

    byte[] getSealedExplanation() {
        return sealedExplanation == null ? null : sealedExplanation.clone();
    }

    public LocalDate getInformedOn() {
        return informedOn;
    }
}

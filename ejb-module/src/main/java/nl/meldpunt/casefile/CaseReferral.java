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
import java.util.Optional;

/**
 * A referral to a professional or a formal route (seed 002), dated and kept with the case. When the
 * confidant tells that party about the case ({@code detailsShared}), the reporter's consent is needed,
 * or a breach record for the legal exceptions (a criminal offence is reported to the police in
 * consultation with the organisation). The note is sealed with the case.
 */
@Entity
@Table(name = "case_referral")
public class CaseReferral {

    /** To whom: the professionals of seed 002 and the formal routes. */
    public enum Kind {
        COACH, PSYCHOLOGIST, SOCIAL_WORKER, GP_OR_COMPANY_DOCTOR, MEDIATOR, LAWYER,
        COMPLAINTS_COMMITTEE, MANAGEMENT, POLICE_REPORT;

        public boolean isFormalRoute() {
            return this == COMPLAINTS_COMMITTEE || this == MANAGEMENT || this == POLICE_REPORT;
        }

        /** Whose consent telling this party about the case needs. */
        public ConsentScope consentNeeded() {
            return this == MANAGEMENT ? ConsentScope.ORGANISATION : ConsentScope.THIRD_PARTY;
        }

        /** The registration form's field this referral fills. */
        Optional<CaseRegistration.Referral> asReferral() {
            return isFormalRoute() ? Optional.empty() : Optional.of(CaseRegistration.Referral.valueOf(name()));
        }

        Optional<CaseRegistration.FormalStep> asFormalStep() {
            return isFormalRoute() ? Optional.of(CaseRegistration.FormalStep.valueOf(name())) : Optional.empty();
        }
    }

    @Id
    @SequenceGenerator(name = "case_referral_seq", sequenceName = "case_referral_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_referral_seq")
    private Long id;

    @Column(name = "report_id", nullable = false, updatable = false)
    private long reportId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;

    @Column(name = "referred_on", nullable = false, updatable = false)
    private LocalDate referredOn;

    @Column(name = "details_shared", nullable = false, updatable = false)
    private boolean detailsShared;

    @Column(name = "staff_id", nullable = false, updatable = false)
    private long staffId;

    @Column(name = "sealed_note", updatable = false)
    private byte[] sealedNote;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected CaseReferral() {
    }

    CaseReferral(long reportId, Kind kind, LocalDate referredOn, boolean detailsShared, long staffId, byte[] sealedNote,
                 Instant recordedAt) {
        this.reportId = reportId;
        this.kind = kind;
        this.referredOn = referredOn;
        this.detailsShared = detailsShared;
        this.staffId = staffId;
        this.sealedNote = sealedNote == null ? null : sealedNote.clone();
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public Kind getKind() {
        return kind;
    }

    public LocalDate getReferredOn() {
        return referredOn;
    }

    public boolean isDetailsShared() {
        return detailsShared;
    }

    long getStaffId() {
        return staffId;
    }

    byte[] getSealedNote() {
        return sealedNote == null ? null : sealedNote.clone();
    }
}

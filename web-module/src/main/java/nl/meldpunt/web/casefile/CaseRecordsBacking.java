package nl.meldpunt.web.casefile;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import nl.meldpunt.casefile.CaseReferral;
import nl.meldpunt.casefile.ConfidentialityBreach;
import nl.meldpunt.casefile.ConsentMissing;

/** The records kept beside the case: referrals and formal routes, peer consultations, a breach of confidentiality. */
@Named
@ViewScoped
public class CaseRecordsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseFileBacking caseFile;

    private CaseReferral.Kind referralKind;
    private LocalDate referralDate;
    private boolean referralShared;
    private String referralNote;
    private LocalDate peerDate;
    private String peerNote;
    private ConfidentialityBreach.Reason breachReason;
    private String breachInformed;
    private LocalDate breachDate;
    private String breachExplanation;
    private boolean breachConfirmed;

    public void recordReferral() {
        if (referralKind == null || referralDate == null || referralDate.isAfter(caseFile.today().plusDays(1))) {
            caseFile.error("referral.incomplete");
            return;
        }
        try {
            caseFile.cases().recordReferral(caseFile.getId(), referralKind, referralDate, referralShared, referralNote);
        } catch (ConsentMissing e) {
            caseFile.error("referral.consentMissing." + e.scope());
            return;
        }
        referralKind = null;
        referralShared = false;
        referralNote = null;
        caseFile.reload("referral.recorded");
    }

    public void recordPeerConsultation() {
        if (peerDate == null || CaseFileBacking.isBlank(peerNote)) {
            caseFile.error("peer.incomplete");
            return;
        }
        caseFile.cases().recordPeerConsultation(caseFile.getId(), peerDate, peerNote);
        peerNote = null;
        caseFile.reload("peer.recorded");
    }

    public void recordBreach() {
        if (!breachConfirmed || breachReason == null || breachDate == null || CaseFileBacking.isBlank(breachInformed)
                || CaseFileBacking.isBlank(breachExplanation)) {
            caseFile.error("breach.incomplete");
            return;
        }
        caseFile.cases().recordBreach(caseFile.getId(), breachReason, breachInformed, breachDate, breachExplanation, true);
        breachReason = null;
        breachInformed = null;
        breachExplanation = null;
        breachConfirmed = false;
        caseFile.reload("breach.recorded");
    }

    public List<CaseReferral.Kind> getReferralKinds() {
        return List.of(CaseReferral.Kind.values());
    }

    public ConfidentialityBreach.Reason[] getBreachReasons() {
        return ConfidentialityBreach.Reason.values();
    }

    public CaseReferral.Kind getReferralKind() {
        return referralKind;
    }

    public void setReferralKind(CaseReferral.Kind referralKind) {
        this.referralKind = referralKind;
    }

    public LocalDate getReferralDate() {
        return referralDate == null ? caseFile.today() : referralDate;
    }

    public void setReferralDate(LocalDate referralDate) {
        this.referralDate = referralDate;
    }

    public boolean isReferralShared() {
        return referralShared;
    }

    public void setReferralShared(boolean referralShared) {
        this.referralShared = referralShared;
    }

    public String getReferralNote() {
        return referralNote;
    }

    public void setReferralNote(String referralNote) {
        this.referralNote = referralNote;
    }

    public LocalDate getPeerDate() {
        return peerDate == null ? caseFile.today() : peerDate;
    }

    public void setPeerDate(LocalDate peerDate) {
        this.peerDate = peerDate;
    }

    public String getPeerNote() {
        return peerNote;
    }

    public void setPeerNote(String peerNote) {
        this.peerNote = peerNote;
    }

    public ConfidentialityBreach.Reason getBreachReason() {
        return breachReason;
    }

    public void setBreachReason(ConfidentialityBreach.Reason breachReason) {
        this.breachReason = breachReason;
    }

    public String getBreachInformed() {
        return breachInformed;
    }

    public void setBreachInformed(String breachInformed) {
        this.breachInformed = breachInformed;
    }

    public LocalDate getBreachDate() {
        return breachDate == null ? caseFile.today() : breachDate;
    }

    public void setBreachDate(LocalDate breachDate) {
        this.breachDate = breachDate;
    }

    public String getBreachExplanation() {
        return breachExplanation;
    }

    public void setBreachExplanation(String breachExplanation) {
        this.breachExplanation = breachExplanation;
    }

    public boolean isBreachConfirmed() {
        return breachConfirmed;
    }

    public void setBreachConfirmed(boolean breachConfirmed) {
        this.breachConfirmed = breachConfirmed;
    }
}

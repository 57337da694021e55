package nl.meldpunt.web.casefile;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import nl.meldpunt.casefile.CaseFileService;
import nl.meldpunt.casefile.CaseFileView;
import nl.meldpunt.casefile.CaseReferral;
import nl.meldpunt.casefile.CaseRegistration.Advice;
import nl.meldpunt.casefile.CaseRegistration.FormalStep;
import nl.meldpunt.casefile.CaseRegistration.Outcome;
import nl.meldpunt.casefile.CaseRegistration.Referral;
import nl.meldpunt.casefile.ConfidentialityBreach;
import nl.meldpunt.casefile.ConsentMissing;
import nl.meldpunt.casefile.ConsentScope;
import nl.meldpunt.casefile.RegistrationForm;
import nl.meldpunt.casefile.RegistrationIncomplete;
import nl.meldpunt.casefile.ReportQueueService;
import nl.meldpunt.casefile.ReportStatus;
import nl.meldpunt.casefile.Track;
import nl.meldpunt.web.shared.Language;
import nl.meldpunt.web.shared.Texts;

/** The confidant's case file page: one report, its status, track, steps and conversation. */
@Named
@ViewScoped
public class CaseFileBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseFileService cases;

    @Inject
    private ReportQueueService queue;

    @Inject
    private Language language;

    @Inject
    private Texts texts;

    private Long id;
    private CaseFileView view;
    private Track track;
    private String stepKey;
    private LocalDate stepDate;
    private String stepNote;
    private boolean stepVisible;
    private String message;
    private String department;
    private List<Advice> advice;
    private List<Referral> referrals;
    private List<FormalStep> formalSteps;
    private boolean sanctionConsidered;
    private boolean policeReportConsidered;
    private Outcome outcome;
    private ConfidentialityBreach.Reason breachReason;
    private String breachInformed;
    private LocalDate breachDate;
    private String breachExplanation;
    private boolean breachConfirmed;
    private CaseReferral.Kind referralKind;
    private LocalDate referralDate;
    private boolean referralShared;
    private String referralNote;
    private LocalDate peerDate;
    private String peerNote;
    private String checkinQuestion;

    public CaseFileView getCase() {
        if (view == null && id != null) {
            view = cases.open(id);
            track = view.track();
            RegistrationForm form = view.registration();
            department = form.department();
            advice = new java.util.ArrayList<>(form.adviceGiven());
            referrals = new java.util.ArrayList<>(form.referrals());
            formalSteps = new java.util.ArrayList<>(form.formalSteps());
            sanctionConsidered = form.sanctionConsidered();
            policeReportConsidered = form.policeReportConsidered();
            outcome = form.outcome();
        }
        return view;
    }

    public void moveTo(ReportStatus next) {
        try {
            cases.moveTo(id, next);
        } catch (RegistrationIncomplete e) {
            error("registration.incomplete");
            e.missing().forEach(this::error);
            return;
        }
        reload("case.status.changed");
    }

    public void askCheckin() {
        if (checkinQuestion == null || checkinQuestion.isBlank()) {
            error("case.message.empty");
            return;
        }
        cases.askCheckin(id, checkinQuestion);
        checkinQuestion = null;
        reload("checkin.asked");
    }

    public String getCheckinQuestion() {
        return checkinQuestion == null ? texts.message("checkin.question") : checkinQuestion;
    }

    public void setCheckinQuestion(String checkinQuestion) {
        this.checkinQuestion = checkinQuestion;
    }

    public void recordBreach() {
        if (!breachConfirmed || breachReason == null || breachDate == null || isBlank(breachInformed) || isBlank(breachExplanation)) {
            error("breach.incomplete");
            return;
        }
        cases.recordBreach(id, breachReason, breachInformed, breachDate, breachExplanation, true);
        breachReason = null;
        breachInformed = null;
        breachExplanation = null;
        breachConfirmed = false;
        reload("breach.recorded");
    }

    public void recordReferral() {
        if (referralKind == null || referralDate == null || referralDate.isAfter(LocalDate.now().plusDays(1))) {
            error("referral.incomplete");
            return;
        }
        try {
            cases.recordReferral(id, referralKind, referralDate, referralShared, referralNote);
        } catch (ConsentMissing e) {
            error("referral.consentMissing." + e.scope());
            return;
        }
        referralKind = null;
        referralShared = false;
        referralNote = null;
        reload("referral.recorded");
    }

    public List<CaseReferral.Kind> getReferralKinds() {
        return List.of(CaseReferral.Kind.values());
    }

    public CaseReferral.Kind getReferralKind() {
        return referralKind;
    }

    public void setReferralKind(CaseReferral.Kind referralKind) {
        this.referralKind = referralKind;
    }

    public LocalDate getReferralDate() {
        return referralDate == null ? LocalDate.now() : referralDate;
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

    public void recordPeerConsultation() {
        if (peerDate == null || isBlank(peerNote)) {
            error("peer.incomplete");
            return;
        }
        cases.recordPeerConsultation(id, peerDate, peerNote);
        peerNote = null;
        reload("peer.recorded");
    }

    public ConfidentialityBreach.Reason[] getBreachReasons() {
        return ConfidentialityBreach.Reason.values();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
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
        return breachDate == null ? LocalDate.now() : breachDate;
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

    public LocalDate getPeerDate() {
        return peerDate == null ? LocalDate.now() : peerDate;
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

    public void saveRegistration() {
        cases.register(id, new RegistrationForm(department, advice, referrals, formalSteps, sanctionConsidered,
                policeReportConsidered, outcome));
        reload("registration.saved");
    }

    public Advice[] getAdviceOptions() {
        return Advice.values();
    }

    public Referral[] getReferralOptions() {
        return Referral.values();
    }

    public FormalStep[] getFormalStepOptions() {
        return FormalStep.values();
    }

    public Outcome[] getOutcomeOptions() {
        return Outcome.values();
    }

    public void chooseTrack() {
        cases.chooseTrack(id, track);
        reload("case.track.chosen");
    }

    public void addStep() {
        if (stepKey == null || stepDate == null || stepDate.isAfter(LocalDate.now().plusDays(1))) {
            error("case.step.incomplete");
            return;
        }
        try {
            cases.addStep(id, stepKey, stepDate, stepNote, stepVisible);
        } catch (ConsentMissing e) {
            error("case.consent.missing." + e.scope());
            return;
        }
        stepKey = null;
        stepNote = null;
        stepVisible = false;
        reload("case.step.added");
    }

    /** The reporter gave consent in a conversation; recorded in the case, shown to the reporter. */
    public void recordConsent(ConsentScope scope) {
        cases.recordConsent(id, scope);
        reload("case.consent.recorded");
    }

    public ConsentScope[] getConsentScopes() {
        return ConsentScope.values();
    }

    public void writeMessage() {
        if (message == null || message.isBlank()) {
            error("case.message.empty");
            return;
        }
        cases.writeMessage(id, message);
        message = null;
        reload("case.message.sent");
    }

    /** An option key (category, need, relation ...) in words. */
    public String label(String key) {
        return key == null ? "" : queue.label(key, language.getLocale());
    }

    public List<String> getTrackSteps() {
        return getCase().track().steps();
    }

    public Track[] getTracks() {
        return Track.values();
    }

    private void reload(String doneKey) {
        view = null;
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, texts.message(doneKey), null));
    }

    private void error(String key) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, texts.message(key), null));
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public List<Advice> getAdvice() {
        return advice;
    }

    public void setAdvice(List<Advice> advice) {
        this.advice = advice;
    }

    public List<Referral> getReferrals() {
        return referrals;
    }

    public void setReferrals(List<Referral> referrals) {
        this.referrals = referrals;
    }

    public List<FormalStep> getFormalSteps() {
        return formalSteps;
    }

    public void setFormalSteps(List<FormalStep> formalSteps) {
        this.formalSteps = formalSteps;
    }

    public boolean isSanctionConsidered() {
        return sanctionConsidered;
    }

    public void setSanctionConsidered(boolean sanctionConsidered) {
        this.sanctionConsidered = sanctionConsidered;
    }

    public boolean isPoliceReportConsidered() {
        return policeReportConsidered;
    }

    public void setPoliceReportConsidered(boolean policeReportConsidered) {
        this.policeReportConsidered = policeReportConsidered;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public void setOutcome(Outcome outcome) {
        this.outcome = outcome;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Track getTrack() {
        return track;
    }

    public void setTrack(Track track) {
        this.track = track;
    }

    public String getStepKey() {
        return stepKey;
    }

    public void setStepKey(String stepKey) {
        this.stepKey = stepKey;
    }

    public LocalDate getStepDate() {
        return stepDate == null ? LocalDate.now() : stepDate;
    }

    public void setStepDate(LocalDate stepDate) {
        this.stepDate = stepDate;
    }

    public String getStepNote() {
        return stepNote;
    }

    public void setStepNote(String stepNote) {
        this.stepNote = stepNote;
    }

    public boolean isStepVisible() {
        return stepVisible;
    }

    public void setStepVisible(boolean stepVisible) {
        this.stepVisible = stepVisible;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }
}

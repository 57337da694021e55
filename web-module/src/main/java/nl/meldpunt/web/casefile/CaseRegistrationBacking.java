package nl.meldpunt.web.casefile;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import nl.meldpunt.casefile.CaseFileView;
import nl.meldpunt.casefile.CaseRegistration.Advice;
import nl.meldpunt.casefile.CaseRegistration.FormalStep;
import nl.meldpunt.casefile.CaseRegistration.Outcome;
import nl.meldpunt.casefile.CaseRegistration.Referral;
import nl.meldpunt.casefile.RegistrationForm;

/**
 * The case file's registration form (the fields of the register). The fields show the stored form,
 * again after every change of the report; what the confidant types stays until it is saved.
 */
@Named
@ViewScoped
public class CaseRegistrationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseFileBacking caseFile;

    private CaseFileView loadedFrom;
    private String department;
    private List<Advice> advice;
    private List<Referral> referrals;
    private List<FormalStep> formalSteps;
    private boolean sanctionConsidered;
    private boolean policeReportConsidered;
    private Outcome outcome;

    public void saveRegistration() {
        sync();
        caseFile.cases().register(caseFile.getId(), new RegistrationForm(department, advice, referrals, formalSteps,
                sanctionConsidered, policeReportConsidered, outcome));
        caseFile.reload("registration.saved");
    }

    private void sync() {
        CaseFileView view = caseFile.getCase();
        if (view != null && view != loadedFrom) {
            loadedFrom = view;
            RegistrationForm form = view.register().form();
            department = form.department();
            advice = new ArrayList<>(form.adviceGiven());
            referrals = new ArrayList<>(form.referrals());
            formalSteps = new ArrayList<>(form.formalSteps());
            sanctionConsidered = form.sanctionConsidered();
            policeReportConsidered = form.policeReportConsidered();
            outcome = form.outcome();
        }
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

    public String getDepartment() {
        sync();
        return department;
    }

    public void setDepartment(String department) {
        sync();
        this.department = department;
    }

    public List<Advice> getAdvice() {
        sync();
        return advice;
    }

    public void setAdvice(List<Advice> advice) {
        sync();
        this.advice = advice;
    }

    public List<Referral> getReferrals() {
        sync();
        return referrals;
    }

    public void setReferrals(List<Referral> referrals) {
        sync();
        this.referrals = referrals;
    }

    public List<FormalStep> getFormalSteps() {
        sync();
        return formalSteps;
    }

    public void setFormalSteps(List<FormalStep> formalSteps) {
        sync();
        this.formalSteps = formalSteps;
    }

    public boolean isSanctionConsidered() {
        sync();
        return sanctionConsidered;
    }

    public void setSanctionConsidered(boolean sanctionConsidered) {
        sync();
        this.sanctionConsidered = sanctionConsidered;
    }

    public boolean isPoliceReportConsidered() {
        sync();
        return policeReportConsidered;
    }

    public void setPoliceReportConsidered(boolean policeReportConsidered) {
        sync();
        this.policeReportConsidered = policeReportConsidered;
    }

    public Outcome getOutcome() {
        sync();
        return outcome;
    }

    public void setOutcome(Outcome outcome) {
        sync();
        this.outcome = outcome;
    }
}

package nl.meldpunt.web.casefile;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import nl.meldpunt.casefile.CaseFileView;
import nl.meldpunt.casefile.ConsentMissing;
import nl.meldpunt.casefile.ConsentScope;
import nl.meldpunt.casefile.Track;

/** The case file's track, steps and the consents the reporter gave in a conversation. */
@Named
@ViewScoped
public class CaseStepsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseFileBacking caseFile;

    private CaseFileView loadedFrom;
    private Track track;
    private String stepKey;
    private LocalDate stepDate;
    private String stepNote;
    private boolean stepVisible;

    public void chooseTrack() {
        caseFile.cases().chooseTrack(caseFile.getId(), track);
        caseFile.reload("case.track.chosen");
    }

    public void addStep() {
        if (stepKey == null || stepDate == null || stepDate.isAfter(caseFile.today().plusDays(1))) {
            caseFile.error("case.step.incomplete");
            return;
        }
        try {
            caseFile.cases().addStep(caseFile.getId(), stepKey, stepDate, stepNote, stepVisible);
        } catch (ConsentMissing e) {
            caseFile.error("case.consent.missing." + e.scope());
            return;
        }
        stepKey = null;
        stepNote = null;
        stepVisible = false;
        caseFile.reload("case.step.added");
    }

    /** The reporter gave consent in a conversation; recorded in the case, shown to the reporter. */
    public void recordConsent(ConsentScope scope) {
        caseFile.cases().recordConsent(caseFile.getId(), scope);
        caseFile.reload("case.consent.recorded");
    }

    public ConsentScope[] getConsentScopes() {
        return ConsentScope.values();
    }

    public List<String> getTrackSteps() {
        return caseFile.getCase().work().track().steps();
    }

    public Track[] getTracks() {
        return Track.values();
    }

    /** The chosen track as stored, again after every change of the report (as the page shows it). */
    public Track getTrack() {
        CaseFileView view = caseFile.getCase();
        if (view != null && view != loadedFrom) {
            loadedFrom = view;
            track = view.work().track();
        }
        return track;
    }

    public void setTrack(Track track) {
        getTrack();
        this.track = track;
    }

    public String getStepKey() {
        return stepKey;
    }

    public void setStepKey(String stepKey) {
        this.stepKey = stepKey;
    }

    public LocalDate getStepDate() {
        return stepDate == null ? caseFile.today() : stepDate;
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
}

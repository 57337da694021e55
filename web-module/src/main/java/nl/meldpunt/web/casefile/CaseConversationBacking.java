package nl.meldpunt.web.casefile;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The case file's conversation: writing to the reporter, and the aftercare check-in question. */
@Named
@ViewScoped
public class CaseConversationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseFileBacking caseFile;

    private String message;
    private String checkinQuestion;

    public void writeMessage() {
        if (CaseFileBacking.isBlank(message)) {
            caseFile.error("case.message.empty");
            return;
        }
        caseFile.cases().writeMessage(caseFile.getId(), message);
        message = null;
        caseFile.reload("case.message.sent");
    }

    public void askCheckin() {
        if (CaseFileBacking.isBlank(checkinQuestion)) {
            caseFile.error("case.message.empty");
            return;
        }
        caseFile.cases().askCheckin(caseFile.getId(), checkinQuestion);
        checkinQuestion = null;
        caseFile.reload("checkin.asked");
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public String getCheckinQuestion() {
        return checkinQuestion == null ? caseFile.text("checkin.question") : checkinQuestion;
    }

    public void setCheckinQuestion(String checkinQuestion) {
        this.checkinQuestion = checkinQuestion;
    }
}

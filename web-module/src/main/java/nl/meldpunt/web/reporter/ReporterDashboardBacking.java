package nl.meldpunt.web.reporter;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import nl.meldpunt.casefile.MessageKind;
import nl.meldpunt.intake.ReportRejected;
import nl.meldpunt.questionnaire.QuestionSet;
import nl.meldpunt.reporter.ReporterDashboard;
import nl.meldpunt.reporter.ReporterService;
import nl.meldpunt.web.shared.Texts;

/**
 * The reporter's personal page. It holds the report's view only while the page is open; every
 * action goes to {@link ReporterService}, which finds the report through the login, not the page.
 */
@Named
@ViewScoped
public class ReporterDashboardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReporterService reporter;

    @Inject
    private Texts texts;

    private ReporterDashboard dashboard;
    private List<nl.meldpunt.casefile.CaseFileView.Answer> myAnswers;
    private QuestionSet questionSet;
    private String message;
    private WriteKind writeKind = WriteKind.MESSAGE;
    private String currentPassword;
    private String newPassword;
    private boolean confirmingWithdrawal;
    private Boolean mailAddressKept;
    private String newMailAddress;

    public ReporterDashboard getDashboard() {
        if (dashboard == null) {
            dashboard = reporter.dashboard();
        }
        return dashboard;
    }

    public QuestionSet getQuestionSet() {
        if (questionSet == null) {
            questionSet = reporter.questionSet();
        }
        return questionSet;
    }

    /**
     * Sends the one text box as the reporter chose: a message to the confidant, or information added to
     * the report. Information can be added only while the report is open; otherwise it is a message.
     */
    public void send() {
        boolean information = writeKind == WriteKind.INFORMATION && getDashboard().isOpen();
        boolean sent = information
                ? write(MessageKind.ADDED_INFORMATION, message, "dashboard.add.sent")
                : write(MessageKind.FROM_REPORTER, message, "dashboard.write.sent");
        if (sent) {
            message = null;
            writeKind = WriteKind.MESSAGE;
        }
    }

    /** What the reporter's text is: the two kinds of {@link MessageKind} a reporter may write. */
    public enum WriteKind {
        MESSAGE, INFORMATION
    }

    public WriteKind getWriteKind() {
        return writeKind;
    }

    public void setWriteKind(WriteKind writeKind) {
        this.writeKind = writeKind == null ? WriteKind.MESSAGE : writeKind;
    }

    private boolean write(MessageKind kind, String text, String doneKey) {
        try {
            reporter.write(kind, text);
            dashboard = null;
            info(doneKey);
            return true;
        } catch (ReportRejected e) {
            error(e.problems().get(0).messageKey());
            return false;
        }
    }

    public void changePassword() {
        if (reporter.changePassword(currentPassword, newPassword)) {
            info("dashboard.password.changed");
        } else {
            error("dashboard.password.failed");
        }
        currentPassword = null;
        newPassword = null;
    }

    /** Whether an address is kept: the page never shows the address itself, not even to the reporter. */
    public boolean isMailAddressKept() {
        if (mailAddressKept == null) {
            mailAddressKept = reporter.hasMailAddress();
        }
        return mailAddressKept;
    }

    public void saveMailAddress() {
        if (reporter.storeMailAddress(newMailAddress)) {
            info("dashboard.mail.saved");
            mailAddressKept = null;
            newMailAddress = null;
        } else {
            error("report.problem.notAnAddress");
        }
    }

    public void removeMailAddress() {
        reporter.removeMailAddress();
        mailAddressKept = null;
        info("dashboard.mail.removed");
    }

    public String getNewMailAddress() {
        return newMailAddress;
    }

    public void setNewMailAddress(String newMailAddress) {
        this.newMailAddress = newMailAddress;
    }

    public List<nl.meldpunt.casefile.CaseFileView.Answer> getMyAnswers() {
        if (myAnswers == null) {
            myAnswers = reporter.myAnswers();
        }
        return myAnswers;
    }

    public void approveRecord() {
        reporter.approveRecord();
        dashboard = null;
        info("oral.approved");
    }

    public void askWithdrawal() {
        confirmingWithdrawal = true;
    }

    public void cancelWithdrawal() {
        confirmingWithdrawal = false;
    }

    public void withdraw() {
        reporter.withdraw();
        confirmingWithdrawal = false;
        dashboard = null;
        info("dashboard.withdraw.done");
    }

    public void logout() throws IOException, ServletException {
        reporter.recordLogout();
        String org = getDashboard().organisationSlug();
        nl.meldpunt.web.shared.EndOfSession.endAndGoTo(FacesContext.getCurrentInstance().getExternalContext(),
                "/melder/login.xhtml?loggedOut=true&org=" + org);
    }

    private void info(String key) {
        texts.info(key);
    }

    private void error(String key) {
        texts.error(key);
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public boolean isConfirmingWithdrawal() {
        return confirmingWithdrawal;
    }
}

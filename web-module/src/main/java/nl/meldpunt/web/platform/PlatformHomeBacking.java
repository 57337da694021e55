package nl.meldpunt.web.platform;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.meldpunt.audit.AuditEntryView;
import nl.meldpunt.audit.AuditTrail;
import nl.meldpunt.audit.ChainVerification;
import nl.meldpunt.notification.MailCheck;
import nl.meldpunt.notification.MailCheckFailed;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.ResourceBundle;
import nl.meldpunt.organisation.OrganisationService;
import nl.meldpunt.organisation.OrganisationSummary;
import nl.meldpunt.staff.StaffService;
import nl.meldpunt.staff.StaffSummary;

/** The platform admin's overview: organisations, staff and the audit chains' verification. */
@Named
@ViewScoped
public class PlatformHomeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient OrganisationService organisations;

    @Inject
    private transient StaffService staff;

    @Inject
    private transient AuditTrail audit;

    @Inject
    private transient MailCheck mailCheck;

    private String testMailRecipient;
    private List<OrganisationSummary> organisationList;
    private List<StaffSummary> staffList;
    private StaffSummary resetCandidate;
    private List<AuditEntryView> latest;
    private List<ChainVerification> verification;

    public List<OrganisationSummary> getOrganisations() {
        if (organisationList == null) {
            organisationList = organisations.listAll();
        }
        return organisationList;
    }

    public List<StaffSummary> getStaff() {
        if (staffList == null) {
            staffList = staff.listAll();
        }
        return staffList;
    }

    public List<AuditEntryView> getLatestAudit() {
        if (latest == null) {
            latest = audit.latestPlatformEntries(20);
        }
        return latest;
    }

    /** First step of a reset: the page asks for a confirmation naming the staff member. */
    public void askReset(long staffId) {
        resetCandidate = getStaff().stream().filter(s -> s.id() == staffId).findFirst().orElse(null);
    }

    public void confirmReset() {
        if (resetCandidate == null) {
            return;
        }
        staff.resetSecondFactor(resetCandidate.id());
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                java.text.MessageFormat.format(msg.getString("platform.secondFactor.done"), resetCandidate.displayName()), null));
        resetCandidate = null;
        staffList = null;
    }

    public void cancelReset() {
        resetCandidate = null;
    }

    public StaffSummary getResetCandidate() {
        return resetCandidate;
    }

    public void verifyAudit() {
        verification = audit.verifyAll();
        latest = null;
    }

    public void sendTestMail() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
        try {
            mailCheck.sendTestMail(testMailRecipient);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, msg.getString("platform.mail.sent"), null));
        } catch (MailCheckFailed e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, msg.getString("platform.mail.failed"), e.getMessage()));
        }
    }

    public String getTestMailRecipient() {
        return testMailRecipient;
    }

    public void setTestMailRecipient(String testMailRecipient) {
        this.testMailRecipient = testMailRecipient;
    }

    public List<ChainVerification> getVerification() {
        return verification;
    }
}

package nl.meldpunt.web.admin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.meldpunt.audit.ChainVerification;
import nl.meldpunt.notification.MailKind;
import nl.meldpunt.notification.MailStatus;
import nl.meldpunt.organisation.Organisation;
import nl.meldpunt.organisation.OrganisationService;
import nl.meldpunt.organisation.OrganisationSummary;
import nl.meldpunt.retention.RetentionRunView;
import nl.meldpunt.retention.RetentionService;
import nl.meldpunt.web.shared.Texts;

/**
 * The organisation admin's start page: the settings (the retention period can be changed here, with
 * the dry run of the next retention run), how the mail is doing and the audit check of the own organisation.
 */
@Named
@ViewScoped
public class AdminHomeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient OrganisationService organisations;

    @Inject
    private transient MailStatus mail;

    @Inject
    private transient RetentionService retention;

    @Inject
    private transient Texts texts;

    private OrganisationSummary organisation;
    private ChainVerification verification;
    private Integer retentionMonths;
    private Long retentionDue;
    private RetentionRunView lastRetentionRun;
    private boolean lastRetentionRunRead;
    private List<MailStatus.KindStatus> mailStatus;

    /** Per kind of mail: waiting, delayed, sent and given up (30 days); counts only. */
    public List<MailStatus.KindStatus> getMailStatus() {
        if (mailStatus == null) {
            mailStatus = mail.forMyOrganisation();
        }
        return mailStatus;
    }

    public List<MailKind> getMailKinds() {
        return List.of(MailKind.values());
    }

    public OrganisationSummary getOrganisation() {
        if (organisation == null) {
            organisation = organisations.ownOrganisation();
        }
        return organisation;
    }

    /** The retention period as the form shows it: the organisation's own until the admin types another. */
    public Integer getRetentionMonths() {
        return retentionMonths == null ? Integer.valueOf(getOrganisation().retentionMonths()) : retentionMonths;
    }

    public void setRetentionMonths(Integer retentionMonths) {
        this.retentionMonths = retentionMonths;
    }

    /** Saves the retention period; below the minimum (or above the maximum) the field says why. */
    public void saveRetention() {
        // Checked here, with the entity's own limits: the service refuses the same, but as an error, not as a message.
        if (retentionMonths == null || retentionMonths < Organisation.MIN_RETENTION_MONTHS
                || retentionMonths > Organisation.MAX_RETENTION_MONTHS) {
            FacesContext.getCurrentInstance().addMessage("retention:months",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, texts.message("admin.retention.invalid"), null));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        organisation = organisations.changeRetentionMonths(retentionMonths);
        retentionMonths = null;
        retentionDue = null;
        texts.info("admin.retention.saved");
    }

    /** The dry run: how many cases the next retention run would anonymise, by today's date. */
    public long getRetentionDue() {
        if (retentionDue == null) {
            retentionDue = retention.countDue(getOrganisation().id());
        }
        return retentionDue;
    }

    /** The last nightly retention run and what it anonymised of the own organisation (counts only); null before the first. */
    public RetentionRunView getLastRetentionRun() {
        if (!lastRetentionRunRead) {
            lastRetentionRun = retention.lastRun(getOrganisation().id());
            lastRetentionRunRead = true;
        }
        return lastRetentionRun;
    }

    public void verifyAudit() {
        verification = organisations.verifyOwnAuditChain();
    }

    public ChainVerification getVerification() {
        return verification;
    }
}

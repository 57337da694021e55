package nl.meldpunt.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.meldpunt.audit.ChainVerification;
import nl.meldpunt.notification.MailKind;
import nl.meldpunt.notification.MailStatus;
import nl.meldpunt.organisation.OrganisationService;
import nl.meldpunt.organisation.OrganisationSummary;
import nl.meldpunt.retention.RetentionRunView;
import nl.meldpunt.retention.RetentionService;

/**
 * The organisation admin's start page: the organisation and the dry run of the next retention run (the
 * settings form is {@link OrganisationSettingsBacking}), how the mail is doing and the audit check of the own organisation.
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

    private OrganisationSummary organisation;
    private ChainVerification verification;
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

    /** After a change of the settings or the branding: read the organisation and the dry run again. */
    public void refresh() {
        organisation = null;
        retentionDue = null;
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

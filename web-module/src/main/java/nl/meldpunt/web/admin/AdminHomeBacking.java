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

/** The organisation admin's start page: the settings, how the mail is doing and the audit check of the own organisation. */
@Named
@ViewScoped
public class AdminHomeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient OrganisationService organisations;

    @Inject
    private transient MailStatus mail;

    private OrganisationSummary organisation;
    private ChainVerification verification;
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

    public void verifyAudit() {
        verification = organisations.verifyOwnAuditChain();
    }

    public ChainVerification getVerification() {
        return verification;
    }
}

package nl.meldpunt.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.meldpunt.audit.AuditTrail;
import nl.meldpunt.audit.ChainVerification;
import nl.meldpunt.organisation.OrganisationService;
import nl.meldpunt.organisation.OrganisationSummary;

/** The organisation admin's start page: the settings and the audit check of the own organisation. */
@Named
@ViewScoped
public class AdminHomeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient OrganisationService organisations;

    @Inject
    private transient AuditTrail audit;

    private OrganisationSummary organisation;
    private ChainVerification verification;

    public OrganisationSummary getOrganisation() {
        if (organisation == null) {
            organisation = organisations.ownOrganisation();
        }
        return organisation;
    }

    public void verifyAudit() {
        verification = audit.verifyOwnOrganisation();
    }

    public ChainVerification getVerification() {
        return verification;
    }
}

package nl.meldpunt.web.platform;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.meldpunt.audit.AuditEntryView;
import nl.meldpunt.audit.AuditTrail;
import nl.meldpunt.audit.ChainVerification;
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

    private List<OrganisationSummary> organisationList;
    private List<StaffSummary> staffList;
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

    public void verifyAudit() {
        verification = audit.verifyAll();
        latest = null;
    }

    public List<ChainVerification> getVerification() {
        return verification;
    }
}

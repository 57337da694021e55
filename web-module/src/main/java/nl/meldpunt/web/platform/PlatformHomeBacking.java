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
import nl.meldpunt.staff.StaffAdministration;
import nl.meldpunt.staff.StaffOverview;
import nl.meldpunt.staff.StaffRefused;
import nl.meldpunt.staff.StaffRole;
import nl.meldpunt.staff.StaffService;
import nl.meldpunt.web.shared.Texts;

/**
 * The platform admin's overview: organisations, staff and the audit chains' verification. Staff (issue 13):
 * inviting a confidant, organisation admin or HR member (the person chooses the password through a mailed
 * link), changing the organisations a confidant serves, and resetting a password or second factor, each
 * reset after a confirmation naming the person.
 */
@Named
@ViewScoped
public class PlatformHomeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient OrganisationService organisations;

    @Inject
    private transient StaffService staff;

    @Inject
    private transient StaffAdministration administration;

    @Inject
    private transient Texts texts;

    @Inject
    private transient AuditTrail audit;

    @Inject
    private transient MailCheck mailCheck;

    private String testMailRecipient;
    private List<OrganisationSummary> organisationList;
    private List<StaffOverview> staffList;
    private StaffOverview resetCandidate;
    /** The staff member to take out of service or back in, waiting for the confirmation. */
    private StaffOverview activeCandidate;
    private StaffOverview passwordCandidate;
    private StaffOverview organisationsCandidate;
    private Long[] servedOrganisations;
    private String newLogin;
    private String newDisplayName;
    private StaffRole newRole;
    private String newMail;
    private Long[] newOrganisations;
    /** The confirmation of the invitation just sent, shown beside the form. */
    private String invited;
    private List<AuditEntryView> latest;
    private List<ChainVerification> verification;

    public List<OrganisationSummary> getOrganisations() {
        if (organisationList == null) {
            organisationList = organisations.listAll();
        }
        return organisationList;
    }

    public List<StaffOverview> getStaff() {
        if (staffList == null) {
            staffList = administration.overview();
        }
        return staffList;
    }

    /** The roles the platform admin may give (never the own one). */
    public List<StaffRole> getInvitableRoles() {
        return List.of(StaffRole.CONFIDANT, StaffRole.ORG_ADMIN, StaffRole.HR);
    }

    /** The organisations a staff member serves, as their entry slugs. */
    public String slugsOf(StaffOverview member) {
        java.util.Map<Long, String> slugs = new java.util.HashMap<>();
        getOrganisations().forEach(o -> slugs.put(o.id(), o.slug()));
        return member.organisationIds().stream().map(id -> slugs.getOrDefault(id, String.valueOf(id))).sorted()
                .collect(java.util.stream.Collectors.joining(", "));
    }

    public void invite() {
        FacesContext faces = FacesContext.getCurrentInstance();
        invited = null;
        try {
            administration.invite(newLogin, newDisplayName, newRole, newMail,
                    ids(newOrganisations));
            invited = texts.message("platform.invite.done", newDisplayName.strip(), newMail.strip());
            newLogin = null;
            newDisplayName = null;
            newRole = null;
            newMail = null;
            newOrganisations = null;
            staffList = null;
        } catch (StaffRefused e) {
            for (String problem : e.problems()) {
                faces.addMessage(inviteField(problem), new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        texts.message("platform.invite." + problem), null));
            }
            faces.validationFailed();
        }
    }

    private static String inviteField(String problem) {
        String field = problem.substring(0, problem.indexOf('.'));
        return switch (field) {
            case "login" -> "invite:login";
            case "name" -> "invite:displayName";
            case "mail" -> "invite:mail";
            case "role" -> "invite:role";
            default -> "invite:organisations";
        };
    }

    /** Opens the organisations of a confidant for change, with the current ones ticked. */
    public void editOrganisations(long staffId) {
        organisationsCandidate = find(staffId);
        servedOrganisations = organisationsCandidate == null ? null : organisationsCandidate.organisationIds().toArray(Long[]::new);
        passwordCandidate = null;
        resetCandidate = null;
    }

    public void saveOrganisations() {
        if (organisationsCandidate == null) {
            return;
        }
        try {
            administration.changeOrganisations(organisationsCandidate.id(),
                    ids(servedOrganisations));
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    texts.message("platform.organisations.done", organisationsCandidate.displayName()), null));
            organisationsCandidate = null;
            servedOrganisations = null;
            staffList = null;
        } catch (StaffRefused e) {
            e.problems().forEach(p -> FacesContext.getCurrentInstance().addMessage("staffForm:servedOrganisations",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, texts.message("platform.invite." + p), null)));
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void cancelOrganisations() {
        organisationsCandidate = null;
        servedOrganisations = null;
    }

    /** First step of a password reset: the page asks for a confirmation naming the staff member. */
    public void askPasswordReset(long staffId) {
        passwordCandidate = find(staffId);
        organisationsCandidate = null;
        resetCandidate = null;
    }

    public void confirmPasswordReset() {
        if (passwordCandidate == null) {
            return;
        }
        try {
            administration.resetPassword(passwordCandidate.id());
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    texts.message("platform.password.done", passwordCandidate.displayName()), null));
        } catch (StaffRefused e) {
            e.problems().forEach(p -> FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, texts.message("platform.invite." + p), null)));
        }
        passwordCandidate = null;
        staffList = null;
    }

    public void cancelPasswordReset() {
        passwordCandidate = null;
    }

    private static List<Long> ids(Long[] chosen) {
        return chosen == null ? List.of() : java.util.Arrays.stream(chosen).filter(java.util.Objects::nonNull).toList();
    }

    private StaffOverview find(long staffId) {
        return getStaff().stream().filter(s -> s.id() == staffId).findFirst().orElse(null);
    }

    public List<AuditEntryView> getLatestAudit() {
        if (latest == null) {
            latest = audit.latestPlatformEntries(20);
        }
        return latest;
    }

    /** First step of a reset: the page asks for a confirmation naming the staff member. */
    public void askReset(long staffId) {
        resetCandidate = find(staffId);
        passwordCandidate = null;
        organisationsCandidate = null;
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

    /** First step of taking someone out of service (or back in): the page asks for a confirmation naming them. */
    public void askActive(long staffId) {
        activeCandidate = find(staffId);
        resetCandidate = null;
        passwordCandidate = null;
        organisationsCandidate = null;
    }

    public void confirmActive() {
        if (activeCandidate == null) {
            return;
        }
        boolean active = !activeCandidate.active();
        try {
            administration.setActive(activeCandidate.id(), active);
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    texts.message(active ? "platform.active.reactivated" : "platform.active.deactivated", activeCandidate.displayName()), null));
        } catch (StaffRefused e) {
            e.problems().forEach(p -> FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, texts.message("platform.invite." + p), null)));
        }
        activeCandidate = null;
        staffList = null;
    }

    public void cancelActive() {
        activeCandidate = null;
    }

    public StaffOverview getActiveCandidate() {
        return activeCandidate;
    }

    public StaffOverview getResetCandidate() {
        return resetCandidate;
    }

    public StaffOverview getPasswordCandidate() {
        return passwordCandidate;
    }

    public StaffOverview getOrganisationsCandidate() {
        return organisationsCandidate;
    }

    public Long[] getServedOrganisations() {
        return servedOrganisations;
    }

    public void setServedOrganisations(Long[] servedOrganisations) {
        this.servedOrganisations = servedOrganisations;
    }

    public String getNewLogin() {
        return newLogin;
    }

    public void setNewLogin(String newLogin) {
        this.newLogin = newLogin;
    }

    public String getNewDisplayName() {
        return newDisplayName;
    }

    public void setNewDisplayName(String newDisplayName) {
        this.newDisplayName = newDisplayName;
    }

    public StaffRole getNewRole() {
        return newRole;
    }

    public void setNewRole(StaffRole newRole) {
        this.newRole = newRole;
    }

    public String getNewMail() {
        return newMail;
    }

    public void setNewMail(String newMail) {
        this.newMail = newMail;
    }

    public Long[] getNewOrganisations() {
        return newOrganisations;
    }

    public void setNewOrganisations(Long[] newOrganisations) {
        this.newOrganisations = newOrganisations;
    }

    public String getInvited() {
        return invited;
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

package nl.meldpunt.web.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.meldpunt.organisation.LifecycleRefused;
import nl.meldpunt.organisation.OrganisationLifecycleService;
import nl.meldpunt.organisation.TenantView;
import nl.meldpunt.web.shared.Texts;

/**
 * The platform admin's organisations (issue 13): the list with each one's status, a form to create
 * one, and suspending, archiving (each after a confirmation naming the organisation, with the "where to
 * go instead" text) and making active again.
 */
@Named
@ViewScoped
public class PlatformOrganisationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the confirmation step is about to do. */
    public enum Closing { SUSPEND, ARCHIVE }

    @Inject
    private transient OrganisationLifecycleService lifecycle;

    @Inject
    private transient Texts texts;

    private List<TenantView> tenants;
    private String newSlug;
    private String newName;
    private TenantView candidate;
    private Closing closing;
    private String notice;
    /** The confirmation of the organisation just created, shown beside the form. */
    private String created;

    public List<TenantView> getTenants() {
        if (tenants == null) {
            tenants = lifecycle.overview();
        }
        return tenants;
    }

    public void create() {
        FacesContext faces = FacesContext.getCurrentInstance();
        created = null;
        try {
            lifecycle.create(newSlug, newName);
            created = texts.message("platform.create.done", newName.strip(), newSlug.strip());
            newSlug = null;
            newName = null;
            tenants = null;
        } catch (LifecycleRefused e) {
            for (String problem : e.problems()) {
                String field = problem.startsWith("slug.") ? "create:slug" : "create:name";
                faces.addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, texts.message("platform.create." + problem), null));
            }
            faces.validationFailed();
        }
    }

    /** First step of suspending: the page asks to confirm, naming the organisation, and for the text. */
    public void askSuspend(long organisationId) {
        ask(organisationId, Closing.SUSPEND);
    }

    /** First step of archiving, as {@link #askSuspend}. */
    public void askArchive(long organisationId) {
        ask(organisationId, Closing.ARCHIVE);
    }

    private void ask(long organisationId, Closing what) {
        candidate = getTenants().stream().filter(t -> t.id() == organisationId).findFirst().orElse(null);
        closing = candidate == null ? null : what;
        notice = candidate == null ? null : candidate.closedNotice();
    }

    public void confirm() {
        if (candidate == null || closing == null) {
            return;
        }
        try {
            if (closing == Closing.SUSPEND) {
                lifecycle.suspend(candidate.id(), notice);
            } else {
                lifecycle.archive(candidate.id(), notice);
            }
            texts.info(closing == Closing.SUSPEND ? "platform.lifecycle.suspended" : "platform.lifecycle.archived");
            candidate = null;
            closing = null;
            notice = null;
            tenants = null;
        } catch (LifecycleRefused e) {
            e.problems().forEach(p -> FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, texts.message("platform.lifecycle." + p), null)));
        }
    }

    public void cancel() {
        candidate = null;
        closing = null;
        notice = null;
    }

    public void reactivate(long organisationId) {
        try {
            lifecycle.reactivate(organisationId);
            texts.info("platform.lifecycle.reactivated");
        } catch (LifecycleRefused e) {
            e.problems().forEach(p -> texts.error("platform.lifecycle." + p));
        }
        tenants = null;
    }

    public String getCreated() {
        return created;
    }

    public TenantView getCandidate() {
        return candidate;
    }

    public Closing getClosing() {
        return closing;
    }

    public String getNotice() {
        return notice;
    }

    public void setNotice(String notice) {
        this.notice = notice;
    }

    public String getNewSlug() {
        return newSlug;
    }

    public void setNewSlug(String newSlug) {
        this.newSlug = newSlug;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }
}

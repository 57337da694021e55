package nl.meldpunt.web.procedure;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.meldpunt.procedure.ProcedureOverview;
import nl.meldpunt.procedure.ProcedureRefused;
import nl.meldpunt.procedure.ProcedureService;
import nl.meldpunt.procedure.ProcedureText;
import nl.meldpunt.procedure.PublishedProcedure;
import nl.meldpunt.web.shared.Texts;

/**
 * The organisation admin's procedure and PSA policy page (issue 14, item 3): the text in Dutch and English, saved
 * as a draft and published as the next version after a confirmation that names it, like the question set; the
 * published versions listed read-only with date and who published, each one to read again. Holds the texts typed
 * and the overview record, never an entity.
 */
@Named
@ViewScoped
public class ProcedureEditorBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ProcedureService procedures;

    @Inject
    private transient Texts texts;

    private ProcedureOverview overview;
    private String dutch;
    private String english;
    private boolean confirming;
    private PublishedProcedure shown;

    @PostConstruct
    void load() {
        show(procedures.own());
    }

    private void show(ProcedureOverview loaded) {
        overview = loaded;
        dutch = loaded.dutch();
        english = loaded.english();
        confirming = false;
    }

    public void save() {
        if (store()) {
            texts.info("procedure.saved");
        }
    }

    public void discard() {
        show(procedures.discardDraft(overview.organisationId()));
        texts.info("procedure.discarded");
    }

    public void askPublish() {
        confirming = store();
        if (confirming && !overview.draftSaved()) {
            // Nothing new: the text is the published version's.
            confirming = false;
            texts.error("procedure.refused.noDraft");
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void cancelPublish() {
        confirming = false;
    }

    public void publish() {
        confirming = false;
        if (!store()) {
            return;
        }
        int version;
        try {
            version = procedures.publish(overview.organisationId(), overview.nextVersion());
        } catch (ProcedureRefused refused) {
            showProblems(refused);
            overview = procedures.own();
            return;
        }
        show(procedures.own());
        shown = null;
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                texts.message("procedure.published", version), null));
    }

    /** Shows one published version below the list, read-only. */
    public void showVersion(int version) {
        try {
            shown = procedures.version(overview.organisationId(), version);
        } catch (ProcedureRefused refused) {
            showProblems(refused);
        }
    }

    public void hideVersion() {
        shown = null;
    }

    private boolean store() {
        try {
            ProcedureOverview saved = procedures.saveDraft(overview.organisationId(), dutch, english,
                    overview.currentVersion());
            overview = saved;
            dutch = saved.dutch();
            english = saved.english();
            return true;
        } catch (ProcedureRefused refused) {
            showProblems(refused);
            return false;
        }
    }

    private void showProblems(ProcedureRefused refused) {
        FacesContext context = FacesContext.getCurrentInstance();
        for (ProcedureRefused.Problem problem : refused.problems()) {
            String clientId = problem.field() == null ? null : "procedureForm:" + problem.field();
            context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    texts.message(problem.key(), problem.args().toArray()), null));
        }
        context.validationFailed();
    }

    /** The paragraphs and lists of a shown version, as the public page lays them out (each piece escaped by JSF). */
    public List<ProcedureText.Block> blocks(String text) {
        return ProcedureText.blocks(text);
    }

    public ProcedureOverview getOverview() {
        return overview;
    }

    public String getDutch() {
        return dutch;
    }

    public void setDutch(String dutch) {
        this.dutch = dutch;
    }

    public String getEnglish() {
        return english;
    }

    public void setEnglish(String english) {
        this.english = english;
    }

    public int getMaxLength() {
        return ProcedureText.MAX_LENGTH;
    }

    public boolean isConfirming() {
        return confirming;
    }

    public PublishedProcedure getShown() {
        return shown;
    }

    public String getPublishLabel() {
        return texts.message("procedure.publish.yes", overview.nextVersion());
    }

    /** The public page's address in this application, for the link "see the page as employees see it". */
    public String getPublicPath() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/procedure/"
                + overview.organisationSlug();
    }
}

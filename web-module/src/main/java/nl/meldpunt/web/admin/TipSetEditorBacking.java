package nl.meldpunt.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import nl.meldpunt.questionnaire.EditableTipSet;
import nl.meldpunt.questionnaire.QuestionnaireEditing;
import nl.meldpunt.questionnaire.QuestionnaireRefused;
import nl.meldpunt.questionnaire.TipSet;
import nl.meldpunt.web.shared.Texts;

/**
 * The organisation admin's tip-set editor (issue 13): the affirmation and the tips per kind of behaviour,
 * each with the day after the report on which it appears, in Dutch and English; saved as a draft and
 * published as the next version after a confirmation that names it, like the questions.
 */
@Named
@ViewScoped
public class TipSetEditorBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient QuestionnaireEditing editing;

    @Inject
    private transient Texts texts;

    private EditableTipSet set;
    private List<String> categories;
    private int publishedVersion;
    private boolean saved;
    private Instant savedAt;
    private List<QuestionnaireEditing.Published> versions;
    private int editTip = -1;
    private boolean confirming;

    @PostConstruct
    void load() {
        QuestionnaireEditing.Draft draft = editing.tipDraft();
        set = EditableTipSet.fromJson(draft.content());
        publishedVersion = draft.publishedVersion();
        saved = draft.saved();
        savedAt = draft.savedAt();
        versions = editing.tipSetVersions();
        categories = editing.tipCategories();
        editTip = -1;
        confirming = false;
    }

    public void addTip() {
        EditableTipSet.Tip tip = new EditableTipSet.Tip();
        tip.setKey("tip_" + (set.getTips().size() + 1));
        set.getTips().add(tip);
        editTip = set.getTips().size() - 1;
    }

    public void removeTip(int index) {
        set.getTips().remove(index);
        editTip = -1;
    }

    public void moveUp(int index) {
        if (index > 0) {
            Collections.swap(set.getTips(), index, index - 1);
            editTip = editTip == index ? index - 1 : editTip == index - 1 ? index : editTip;
        }
    }

    public void moveDown(int index) {
        if (index < set.getTips().size() - 1) {
            Collections.swap(set.getTips(), index, index + 1);
            editTip = editTip == index ? index + 1 : editTip == index + 1 ? index : editTip;
        }
    }

    public void edit(int index) {
        editTip = index;
        confirming = false;
    }

    public void closeEditor() {
        editTip = -1;
    }

    public void save() {
        if (store()) {
            texts.info("tips.saved");
        }
    }

    public void discard() {
        editing.discardTipDraft();
        load();
        texts.info("tips.discarded");
    }

    public void askPublish() {
        confirming = store();
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
            version = editing.publishTipDraft();
        } catch (QuestionnaireRefused refused) {
            show(refused);
            return;
        }
        load();
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                texts.message("tips.published", version), null));
    }

    private boolean store() {
        try {
            editing.saveTipDraft(set.toJson(publishedVersion));
        } catch (QuestionnaireRefused refused) {
            show(refused);
            return false;
        }
        QuestionnaireEditing.Draft draft = editing.tipDraft();
        saved = draft.saved();
        savedAt = draft.savedAt();
        return true;
    }

    private void show(QuestionnaireRefused refused) {
        FacesContext context = FacesContext.getCurrentInstance();
        for (QuestionnaireRefused.Problem problem : refused.problems()) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, texts.message(problem.key(), problem.args().toArray()), null));
        }
        context.validationFailed();
    }

    /** The name of a kind of behaviour in the page language: its label in the published questions, or "general". */
    public String categoryName(String key) {
        return TipSet.GENERAL.equals(key) ? texts.message("tips.general") : key;
    }

    public EditableTipSet getSet() {
        return set;
    }

    public EditableTipSet.Tip getEditing() {
        return editTip < 0 || editTip >= set.getTips().size() ? null : set.getTips().get(editTip);
    }

    public boolean isEditing(int index) {
        return editTip == index;
    }

    public List<String> getCategories() {
        return categories;
    }

    public int getPublishedVersion() {
        return publishedVersion;
    }

    public int getNextVersion() {
        return publishedVersion + 1;
    }

    public String getPublishLabel() {
        return texts.message("questionnaire.publish.yes", getNextVersion());
    }

    public boolean isSaved() {
        return saved;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public boolean isConfirming() {
        return confirming;
    }

    public List<QuestionnaireEditing.Published> getVersions() {
        return versions;
    }
}

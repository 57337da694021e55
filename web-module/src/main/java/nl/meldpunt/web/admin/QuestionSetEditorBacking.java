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
import nl.meldpunt.questionnaire.EditableQuestionSet;
import nl.meldpunt.questionnaire.QuestionType;
import nl.meldpunt.questionnaire.QuestionnaireEditing;
import nl.meldpunt.questionnaire.QuestionnaireRefused;
import nl.meldpunt.web.shared.Texts;

/**
 * The organisation admin's question-set editor (issue 13): the steps of the wizard with their questions,
 * which can be added, removed, moved (drag and drop, or the up and down buttons for keyboard users) and
 * edited in Dutch and English; saved as a draft, previewed as the reporter sees it, published as the next
 * version after a confirmation that names it. The service checks and refuses; this bean shows why.
 */
@Named
@ViewScoped
public class QuestionSetEditorBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient QuestionnaireEditing editing;

    @Inject
    private transient Texts texts;

    private EditableQuestionSet set;
    private int publishedVersion;
    private boolean saved;
    private Instant savedAt;
    private List<QuestionnaireEditing.Published> versions;
    /** The question open for editing: step and position, or -1. */
    private int editStep = -1;
    private int editQuestion = -1;
    private boolean confirming;

    @PostConstruct
    void load() {
        QuestionnaireEditing.Draft draft = editing.questionDraft();
        set = EditableQuestionSet.fromJson(draft.content());
        publishedVersion = draft.publishedVersion();
        saved = draft.saved();
        savedAt = draft.savedAt();
        versions = editing.questionSetVersions();
        editStep = editQuestion = -1;
        confirming = false;
    }

    /** Adds an empty question at the end of a step and opens it for editing. */
    public void addQuestion(int step) {
        EditableQuestionSet.Question question = new EditableQuestionSet.Question();
        question.setKey("question_" + (set.getSteps().stream().mapToInt(s -> s.getQuestions().size()).sum() + 1));
        set.getSteps().get(step).getQuestions().add(question);
        edit(step, set.getSteps().get(step).getQuestions().size() - 1);
    }

    /** Removes a question; a question that fills a required registration field is refused by the service on publishing. */
    public void removeQuestion(int step, int index) {
        set.getSteps().get(step).getQuestions().remove(index);
        editStep = editQuestion = -1;
        confirming = false;
    }

    public void moveUp(int step, int index) {
        List<EditableQuestionSet.Question> questions = set.getSteps().get(step).getQuestions();
        if (index > 0) {
            Collections.swap(questions, index, index - 1);
            follow(step, index, index - 1);
        } else if (step > 0) {
            // The first question of a step goes to the end of the step before.
            EditableQuestionSet.Question moved = questions.remove(0);
            set.getSteps().get(step - 1).getQuestions().add(moved);
            editStep = editQuestion = -1;
        }
    }

    public void moveDown(int step, int index) {
        List<EditableQuestionSet.Question> questions = set.getSteps().get(step).getQuestions();
        if (index < questions.size() - 1) {
            Collections.swap(questions, index, index + 1);
            follow(step, index, index + 1);
        } else if (step < set.getSteps().size() - 1) {
            EditableQuestionSet.Question moved = questions.remove(index);
            set.getSteps().get(step + 1).getQuestions().add(0, moved);
            editStep = editQuestion = -1;
        }
    }

    private void follow(int step, int from, int to) {
        if (editStep == step && editQuestion == from) {
            editQuestion = to;
        } else if (editStep == step && editQuestion == to) {
            editQuestion = from;
        }
    }

    public void edit(int step, int index) {
        editStep = step;
        editQuestion = index;
        confirming = false;
    }

    public void closeEditor() {
        editStep = editQuestion = -1;
    }

    public void addOption() {
        EditableQuestionSet.Option option = new EditableQuestionSet.Option();
        option.setKey("OPTION_" + (getEditing().getOptions().size() + 1));
        getEditing().getOptions().add(option);
    }

    public void removeOption(int index) {
        getEditing().getOptions().remove(index);
    }

    public void optionUp(int index) {
        if (index > 0) {
            Collections.swap(getEditing().getOptions(), index, index - 1);
        }
    }

    public void optionDown(int index) {
        if (index < getEditing().getOptions().size() - 1) {
            Collections.swap(getEditing().getOptions(), index, index + 1);
        }
    }

    /** Saves the draft (a reporter sees nothing of it). */
    public void save() {
        if (store()) {
            texts.info("questions.saved");
        }
    }

    /** Saves the draft and opens the preview of the wizard with it. */
    public String preview() {
        return store() ? "/admin/preview.xhtml?faces-redirect=true" : null;
    }

    public void discard() {
        editing.discardQuestionDraft();
        load();
        texts.info("questions.discarded");
    }

    /** First click on publish: saves the draft and asks to confirm, naming the version it will become. */
    public void askPublish() {
        confirming = store();
    }

    public void cancelPublish() {
        confirming = false;
    }

    /** Publishes the saved draft as the next version; a refused draft stays as it is and the problems are listed. */
    public void publish() {
        confirming = false;
        if (!store()) {
            return;
        }
        int version;
        try {
            version = editing.publishQuestionDraft();
        } catch (QuestionnaireRefused refused) {
            show(refused);
            return;
        }
        load();
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                texts.message("questions.published", version), null));
    }

    private boolean store() {
        try {
            editing.saveQuestionDraft(set.toJson(publishedVersion));
        } catch (QuestionnaireRefused refused) {
            show(refused);
            return false;
        }
        QuestionnaireEditing.Draft draft = editing.questionDraft();
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

    public EditableQuestionSet getSet() {
        return set;
    }

    public EditableQuestionSet.Question getEditing() {
        return editStep < 0 ? null : set.getSteps().get(editStep).getQuestions().get(editQuestion);
    }

    public boolean isEditing(int step, int index) {
        return editStep == step && editQuestion == index;
    }

    public int getEditStep() {
        return editStep;
    }

    public List<QuestionType> getTypes() {
        return List.of(QuestionType.values());
    }

    public int getPublishedVersion() {
        return publishedVersion;
    }

    public int getNextVersion() {
        return publishedVersion + 1;
    }

    /** "Yes, publish version N". */
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

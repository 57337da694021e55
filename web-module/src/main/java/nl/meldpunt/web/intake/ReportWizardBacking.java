package nl.meldpunt.web.intake;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.meldpunt.intake.ReportCredentials;
import nl.meldpunt.intake.ReportForm;
import nl.meldpunt.intake.ReportRejected;
import nl.meldpunt.intake.ReportService;
import nl.meldpunt.questionnaire.AnswerOption;
import nl.meldpunt.questionnaire.AnswerProblem;
import nl.meldpunt.questionnaire.Answers;
import nl.meldpunt.questionnaire.Question;
import nl.meldpunt.questionnaire.QuestionSet;
import nl.meldpunt.questionnaire.QuestionStep;
import nl.meldpunt.questionnaire.RegistrationField;
import nl.meldpunt.web.shared.Language;
import nl.meldpunt.web.shared.Texts;

/**
 * The report wizard: one step per page of the organisation's question set, then the choice of
 * confidant and consent, then an overview, then the credentials and tips.
 *
 * <p>Nothing a reporter types is ever thrown away: fields have no JSF validators (which would keep
 * a value out of the model), every answer goes into {@link Answers} on every click, and the checks
 * run afterwards and only list what still needs attention. Going back never checks anything.
 */
@Named
@ViewScoped
public class ReportWizardBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Writing a story takes time; the session of someone in the wizard lasts an hour without clicks. */
    private static final int WIZARD_SESSION_SECONDS = 60 * 60;
    static final String PREVIEW_VIEW = "/admin/preview.xhtml";

    @Inject
    private ReportService reports;

    @Inject
    private Language language;

    /** The proof of work on the last step (a bot flood pays, people do not notice; see {@code SubmissionPuzzle}). */
    @Inject
    private nl.meldpunt.intake.SubmissionPuzzle submissionPuzzle;

    @Inject
    private java.time.Clock clock;

    private String challenge;
    private String solution;

    @Inject
    private ReportPrivacyBacking privacy;

    private String slug;
    /** A confidant writes down a report given by phone or in a meeting (Wbk); no address is asked then. */
    private boolean oral;
    private ReportForm form;
    private boolean opened;
    private final Answers answers = new Answers();
    private int stepIndex;
    private Map<String, String> problems = new LinkedHashMap<>();
    private ReportCredentials credentials;
    private String categoryOfReport;
    private String subcategoryOfReport;

    /** Opens the form of the organisation in {@code ?org=}; an unknown one shows a kind explanation. */
    /** A page without an organisation we know (none named, an unknown one, or a changed form field) is "not found". */
    public void open() {
        if (form() == null && (slug != null || !isPreview())) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    /**
     * The organisation's form, opened once per view. The wizard's first view is stateless (no
     * session for a visitor who only looks, see {@code StatelessFirstView}), so at the first postback
     * this bean is new and takes the organisation from the form's hidden fields; that postback starts
     * the session, which then lasts as long as writing a story takes.
     */
    private ReportForm form() {
        if (form == null && !opened) {
            FacesContext faces = FacesContext.getCurrentInstance();
            ExternalContext external = faces.getExternalContext();
            if (isPreview()) {
                opened = true;
                form = previewForm();
                return form;
            }
            if (slug == null) {
                slug = external.getRequestParameterMap().get("org");
                oral = oral || "true".equals(external.getRequestParameterMap().get("oral"));
            }
            if (slug == null) {
                return null;
            }
            opened = true;
            form = reports.openForm(slug).orElse(null);
            if (form != null && faces.isPostback()) {
                ((HttpServletRequest) external.getRequest()).getSession().setMaxInactiveInterval(WIZARD_SESSION_SECONDS);
            }
        }
        return form;
    }

    /**
     * The organisation admin's preview (issue 13, {@code /admin/preview.xhtml}, a page only that role reaches):
     * this same wizard with the saved draft of the question set, which can be clicked through but never sent.
     */
    public boolean isPreview() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getViewRoot() != null && PREVIEW_VIEW.equals(faces.getViewRoot().getViewId());
    }

    private ReportForm previewForm() {
        var editing = jakarta.enterprise.inject.spi.CDI.current().select(nl.meldpunt.questionnaire.QuestionnaireEditing.class).get();
        var organisations = jakarta.enterprise.inject.spi.CDI.current().select(nl.meldpunt.organisation.OrganisationService.class).get();
        var own = organisations.ownOrganisation();
        slug = own.slug();
        try {
            return new ReportForm(own.slug(), own.name(), editing.previewQuestionSet(), List.of(), false, null);
        } catch (nl.meldpunt.questionnaire.QuestionnaireRefused refused) {
            Texts texts = jakarta.enterprise.inject.spi.CDI.current().select(Texts.class).get();
            refused.problems().forEach(p -> FacesContext.getCurrentInstance().addMessage(null, new jakarta.faces.application.FacesMessage(
                    jakarta.faces.application.FacesMessage.SEVERITY_ERROR, texts.message(p.key(), p.args().toArray()), null)));
            return null;
        }
    }

    public void next() {
        if (form() == null) {
            return; // a postback naming no organisation we know (a crafted form): the page says so, nothing happens
        }
        if (isPrivacyStep()) {
            problems.clear();
            if (!privacy.isMailAddressValidOrEmpty()) {
                problems.put(AnswerProblem.MAIL_ADDRESS, AnswerProblem.NOT_AN_ADDRESS);
                return;
            }
        }
        if (isQuestionStep()) {
            List<AnswerProblem> found = answers.check(questionSet(), currentStep());
            remember(found);
            if (!found.isEmpty()) {
                return;
            }
        }
        stepIndex = Math.min(stepIndex + 1, summaryIndex());
    }

    public void previous() {
        problems.clear();
        stepIndex = Math.max(stepIndex - 1, 0);
    }

    public void goTo(int index) {
        problems.clear();
        stepIndex = Math.max(0, Math.min(index, summaryIndex()));
    }

    /** Sends the report; on a problem the reporter is taken to the first step that needs attention. */
    public void submit() {
        if (isPreview() || form() == null) {
            return; // a preview never makes a report; nor does a postback naming no organisation we know
        }
        String sentChallenge = challenge;
        challenge = null; // each summary shown gets a fresh one, whatever happens now
        if (!submissionPuzzle.solved(sentChallenge, solution, clock.instant())) {
            // Nothing is lost: the page is shown again with a new puzzle, which the browser solves at once.
            Texts texts = jakarta.enterprise.inject.spi.CDI.current().select(Texts.class).get();
            FacesContext.getCurrentInstance().addMessage(null, new jakarta.faces.application.FacesMessage(
                    jakarta.faces.application.FacesMessage.SEVERITY_WARN, texts.message("wizard.puzzle.again"), null));
            return;
        }
        List<AnswerProblem> found = answers.check(questionSet());
        if (!found.isEmpty()) {
            showFirstProblem(found);
            return;
        }
        try {
            credentials = reports.submit(new nl.meldpunt.intake.SubmitReport(slug, questionSet().id(), answers,
                    privacy.chosenConfidant(), privacy.getSharingConsent(), language.getLocale(),
                    oral ? null : privacy.getMailAddress(), oral ? nl.meldpunt.casefile.Channel.ORAL : nl.meldpunt.casefile.Channel.WEB));
            privacy.forgetMailAddress(); // it is in the vault now; this page does not keep it
            submissionPuzzle.recordReport(clock.instant());
            categoryOfReport = answers.get(questionSet().registering(RegistrationField.CATEGORY).orElseThrow().key());
            subcategoryOfReport = questionSet().registering(RegistrationField.SUBCATEGORY).map(q -> answers.get(q.key())).orElse(null);
            // The story is sealed in the case file now; the wizard's view (kept in the session for the done page's
            // download) must not hold it as well, for an hour after the last click (CanaryHeapIT).
            answers.forget();
        } catch (ReportRejected e) {
            showFirstProblem(e.problems());
        } catch (nl.meldpunt.intake.ReportingClosed e) {
            // Closed while the reporter was writing: the page now says so and where to go instead.
            form = null;
            opened = false;
        } catch (jakarta.ejb.EJBException | nl.meldpunt.shared.AccessRefused | nl.meldpunt.security.WrongKeyEncryptionKey e) {
            // Nothing was stored (or an oral report by someone who may not record one, which the
            // service has audited, or a server started with the wrong key, which seals nothing);
            // everything written is still on this page.
            Texts texts = jakarta.enterprise.inject.spi.CDI.current().select(Texts.class).get();
            FacesContext.getCurrentInstance().addMessage(null, new jakarta.faces.application.FacesMessage(
                    jakarta.faces.application.FacesMessage.SEVERITY_ERROR, texts.message("wizard.failed"), null));
        }
    }

    private void showFirstProblem(List<AnswerProblem> found) {
        remember(found);
        String first = found.get(0).questionKey();
        if (AnswerProblem.MAIL_ADDRESS.equals(first)) {
            stepIndex = questionSet().steps().size();
            return;
        }
        for (int i = 0; i < questionSet().steps().size(); i++) {
            if (questionSet().steps().get(i).questions().stream().anyMatch(q -> q.key().equals(first))) {
                stepIndex = i;
                return;
            }
        }
    }

    private void remember(List<AnswerProblem> found) {
        problems = new LinkedHashMap<>();
        found.forEach(p -> problems.putIfAbsent(p.questionKey(), p.messageKey()));
    }

    /** The options to show: for the subcategory only those of the chosen category. */
    public List<AnswerOption> optionsFor(Question question) {
        if (question.registration() == RegistrationField.SUBCATEGORY) {
            String category = questionSet().registering(RegistrationField.CATEGORY).map(q -> answers.get(q.key())).orElse(null);
            return questionSet().subcategoriesOf(category);
        }
        return question.options();
    }

    /** Whether the options of a question come with an explanation worth offering. */
    public boolean hasOptionHelp(Question question) {
        return optionsFor(question).stream().anyMatch(o -> !o.help().isEmpty());
    }

    public boolean isShown(Question question) {
        return question.registration() != RegistrationField.SUBCATEGORY || !optionsFor(question).isEmpty();
    }

    public String problem(String questionKey) {
        return problems.get(questionKey);
    }

    public boolean isHasProblems() {
        return !problems.isEmpty();
    }

    public QuestionSet questionSet() {
        return form().questionSet();
    }

    /**
     * The steps, for the page's lists: none when the postback names no organisation we know. Mojarra decodes a form's
     * children even when the form is not rendered, so a crafted first postback would otherwise reach a missing form.
     */
    public List<QuestionStep> getSteps() {
        return form() == null ? List.of() : questionSet().steps();
    }

    /** The current step's questions, for the page; none without a form (see {@link #getSteps()}). */
    public List<Question> getStepQuestions() {
        return form() == null ? List.of() : currentStep().questions();
    }

    public QuestionStep currentStep() {
        return questionSet().steps().get(stepIndex);
    }

    public boolean isQuestionStep() {
        return form() != null && credentials == null && stepIndex < questionSet().steps().size();
    }

    public boolean isPrivacyStep() {
        return form() != null && credentials == null && stepIndex == questionSet().steps().size();
    }

    public boolean isSummaryStep() {
        return form() != null && credentials == null && stepIndex == summaryIndex();
    }

    public boolean isSubmitted() {
        return credentials != null;
    }


    private int summaryIndex() {
        return questionSet().steps().size() + 1;
    }

    public int getStepNumber() {
        return stepIndex + 1;
    }

    public int getStepCount() {
        return summaryIndex() + 1;
    }

    public int getStepIndex() {
        return stepIndex;
    }


    public boolean isOral() {
        return oral;
    }

    public void setOral(boolean oral) {
        this.oral = oral;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    /** The summary step's puzzle: made when the summary is first shown, a new one after every attempt to send. */
    public String getChallenge() {
        if (challenge == null) {
            challenge = submissionPuzzle.issue(clock.instant());
        }
        return challenge;
    }

    public void setChallenge(String challenge) {
        this.challenge = challenge;
    }

    public String getSolution() {
        return solution;
    }

    public void setSolution(String solution) {
        this.solution = solution;
    }

    public ReportForm getForm() {
        return form();
    }

    public Answers getAnswers() {
        return answers;
    }

    public ReportCredentials getCredentials() {
        return credentials;
    }

    /** For the page after sending (ReportDoneBacking): the organisation and the kind of report, to pick the tips. */
    String organisationName() {
        return form().organisationName();
    }

    String categoryOfReport() {
        return categoryOfReport;
    }

    String subcategoryOfReport() {
        return subcategoryOfReport;
    }
}

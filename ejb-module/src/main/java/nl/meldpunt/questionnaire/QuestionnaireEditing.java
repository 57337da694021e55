package nl.meldpunt.questionnaire;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.meldpunt.audit.AuditAction;
import nl.meldpunt.audit.AuditTrail;
import nl.meldpunt.shared.Roles;
import nl.meldpunt.staff.StaffAccount;

/**
 * The organisation admin's question-set and tip-set editors (issue 13), always for the own organisation:
 * the current published set (or the saved draft) to edit, saving and discarding the draft, a preview of the
 * draft's questions, and publishing the draft as the next version through {@link QuestionnairePublishing}
 * (checked, audited; a refused draft stays as it was). A draft is never seen by a reporter.
 */
@Stateless
@RolesAllowed(Roles.ORG_ADMIN)
public class QuestionnaireEditing {

    @PersistenceContext(unitName = "meldpunt")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private DefaultSets defaults;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @EJB
    private QuestionnairePublishing publishing;

    /** What the editor opens: the draft if one is saved, else the published version; and which version is published now. */
    public record Draft(String content, int publishedVersion, boolean saved, Instant savedAt) implements Serializable {
    }

    /** A published version, for the read-only list. */
    public record Published(int version, Instant publishedAt) implements Serializable {
    }

    public Draft questionDraft() {
        long organisation = own();
        QuestionSetVersion current = defaults.currentQuestionSet(organisation);
        return draft(organisation, QuestionnaireDraft.Kind.QUESTIONS)
                .map(d -> new Draft(d.getContent(), current.getVersion(), true, d.getUpdatedAt()))
                .orElseGet(() -> new Draft(current.getContent(), current.getVersion(), false, null));
    }

    public Draft tipDraft() {
        long organisation = own();
        TipSetVersion current = defaults.currentTips(organisation);
        return draft(organisation, QuestionnaireDraft.Kind.TIPS)
                .map(d -> new Draft(d.getContent(), current.getVersion(), true, d.getUpdatedAt()))
                .orElseGet(() -> new Draft(current.getContent(), current.getVersion(), false, null));
    }

    /**
     * Saves the draft of the question set; it need not be complete yet (the checks run on publishing), but it
     * must be readable. Audited with what differs from the published version, by question key.
     */
    public void saveQuestionDraft(String json) {
        long organisation = own();
        EditableQuestionSet edited = QuestionnairePublishing.readQuestions(json);
        QuestionSetVersion current = defaults.currentQuestionSet(organisation);
        String content = edited.toJson(current.getVersion());
        save(organisation, QuestionnaireDraft.Kind.QUESTIONS, content, current.getVersion());
        Map<String, Object> before = new LinkedHashMap<>();
        EditableQuestionSet.fromJson(current.getContent()).getSteps().forEach(s -> s.getQuestions()
                .forEach(q -> before.put(q.getKey(), oneQuestion(q))));
        Map<String, Object> after = new LinkedHashMap<>();
        edited.getSteps().forEach(s -> s.getQuestions().forEach(q -> after.put(q.getKey(), oneQuestion(q))));
        audit.recordChange(AuditAction.QUESTIONNAIRE_DRAFT_SAVED, organisation, "organisation:" + organisation + ":questionSet",
                QuestionnairePublishing.detail("draft on question set version " + current.getVersion(), "questions", before, after));
    }

    /** Saves the draft of the tip set; checked on publishing, but it must be readable. */
    public void saveTipDraft(String json) {
        long organisation = own();
        EditableTipSet edited = QuestionnairePublishing.readTips(json);
        TipSetVersion current = defaults.currentTips(organisation);
        save(organisation, QuestionnaireDraft.Kind.TIPS, edited.toJson(current.getVersion()), current.getVersion());
        Map<String, Object> before = new LinkedHashMap<>();
        EditableTipSet.fromJson(current.getContent()).getTips().forEach(t -> before.put(t.getKey(), oneTip(t)));
        Map<String, Object> after = new LinkedHashMap<>();
        edited.getTips().forEach(t -> after.put(t.getKey(), oneTip(t)));
        audit.recordChange(AuditAction.QUESTIONNAIRE_DRAFT_SAVED, organisation, "organisation:" + organisation + ":tipSet",
                QuestionnairePublishing.detail("draft on tip set version " + current.getVersion(), "tips", before, after));
    }

    public void discardQuestionDraft() {
        discard(QuestionnaireDraft.Kind.QUESTIONS, "questionSet");
    }

    public void discardTipDraft() {
        discard(QuestionnaireDraft.Kind.TIPS, "tipSet");
    }

    /** Publishes the saved question-set draft as the next version and removes the draft; returns the new version. */
    public int publishQuestionDraft() {
        long organisation = own();
        QuestionnaireDraft draft = draft(organisation, QuestionnaireDraft.Kind.QUESTIONS).orElseThrow(QuestionnaireEditing::noDraft);
        int version = publishing.publishQuestionSet(organisation, draft.getContent());
        em.remove(draft);
        return version;
    }

    /** Publishes the saved tip-set draft as the next version and removes the draft; returns the new version. */
    public int publishTipDraft() {
        long organisation = own();
        QuestionnaireDraft draft = draft(organisation, QuestionnaireDraft.Kind.TIPS).orElseThrow(QuestionnaireEditing::noDraft);
        int version = publishing.publishTips(organisation, draft.getContent());
        em.remove(draft);
        return version;
    }

    /**
     * The question set of the draft (or the published one if there is no draft) as the wizard shows it, for the
     * preview. Its id is 0: it is no stored version, and a report can never be made with it.
     */
    public QuestionSet previewQuestionSet() {
        String content = questionDraft().content();
        return QuestionnairePublishing.usable(() -> QuestionSetParser.parse(0, content));
    }

    /** The kinds of behaviour a tip can be given for (general, the categories and subcategories of the published questions). */
    public List<String> tipCategories() {
        long organisation = own();
        List<String> categories = new java.util.ArrayList<>();
        categories.add(TipSet.GENERAL);
        QuestionSet questions = defaults.currentQuestionSet(organisation).questionSet();
        questions.registering(RegistrationField.CATEGORY).ifPresent(q -> q.options().forEach(o -> {
            categories.add(o.key());
            o.children().forEach(c -> categories.add(c.key()));
        }));
        questions.registering(RegistrationField.SUBCATEGORY).ifPresent(q -> q.options().stream().map(AnswerOption::key)
                .filter(k -> !categories.contains(k)).forEach(categories::add));
        return categories;
    }

    /** The published question sets, newest first. */
    public List<Published> questionSetVersions() {
        long organisation = own();
        defaults.currentQuestionSet(organisation);
        return em.createQuery("select q from QuestionSetVersion q where q.organisationId = :o order by q.version desc",
                        QuestionSetVersion.class).setParameter("o", organisation).getResultStream()
                .map(q -> new Published(q.getVersion(), q.getCreatedAt())).toList();
    }

    /** The published tip sets, newest first. */
    public List<Published> tipSetVersions() {
        long organisation = own();
        defaults.currentTips(organisation);
        return em.createQuery("select t from TipSetVersion t where t.organisationId = :o order by t.version desc",
                        TipSetVersion.class).setParameter("o", organisation).getResultStream()
                .map(t -> new Published(t.getVersion(), t.getCreatedAt())).toList();
    }

    private static QuestionnaireRefused noDraft() {
        return new QuestionnaireRefused(List.of(new QuestionnaireRefused.Problem("questionnaire.draft.none")));
    }

    private static String oneQuestion(EditableQuestionSet.Question q) {
        EditableQuestionSet one = new EditableQuestionSet();
        EditableQuestionSet.Step step = new EditableQuestionSet.Step();
        step.getQuestions().add(q);
        one.getSteps().add(step);
        return one.toJson(0);
    }

    private static String oneTip(EditableTipSet.Tip t) {
        EditableTipSet one = new EditableTipSet();
        one.getTips().add(t);
        return one.toJson(0);
    }

    private void save(long organisation, QuestionnaireDraft.Kind kind, String content, int baseVersion) {
        Optional<QuestionnaireDraft> existing = draft(organisation, kind);
        long me = me();
        if (existing.isPresent()) {
            existing.get().edit(content, baseVersion, me, clock.instant());
        } else {
            em.persist(new QuestionnaireDraft(organisation, kind, content, baseVersion, me, clock.instant()));
        }
        em.flush();
    }

    private void discard(QuestionnaireDraft.Kind kind, String subject) {
        long organisation = own();
        draft(organisation, kind).ifPresent(d -> {
            em.remove(d);
            audit.record(AuditAction.QUESTIONNAIRE_DRAFT_DISCARDED, organisation, "organisation:" + organisation + ":" + subject);
        });
    }

    private Optional<QuestionnaireDraft> draft(long organisation, QuestionnaireDraft.Kind kind) {
        return em.createNamedQuery("QuestionnaireDraft.of", QuestionnaireDraft.class)
                .setParameter("organisationId", organisation).setParameter("kind", kind)
                .getResultStream().findFirst();
    }

    private long me() {
        return Long.parseLong(session.getCallerPrincipal().getName());
    }

    private long own() {
        StaffAccount me = em.find(StaffAccount.class, me());
        return me.getOrganisationIds().stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("Organisation admin without organisation"));
    }
}

package nl.meldpunt.questionnaire;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.meldpunt.audit.AuditAction;
import nl.meldpunt.audit.AuditTrail;
import nl.meldpunt.shared.AccessRefused;
import nl.meldpunt.shared.Roles;
import nl.meldpunt.staff.StaffAccount;

/**
 * Publishes a question set or tip set as the organisation's next version (issue 13): checked first
 * ({@link QuestionnaireChecks}; if anything is wrong {@link QuestionnaireRefused} lists it and nothing
 * changes), stored as version current + 1 with its {@code "version"} field set to that number, and audited
 * with before → after and what changed by key. Published versions are never changed; a new report uses the
 * new version at once, a report made earlier keeps the version it was answered with.
 *
 * <p>Used by the editors ({@link QuestionnaireEditing}) and by the configuration import. An organisation admin
 * publishes for the own organisation only ({@link AccessRefused} otherwise); the platform admin for any.
 */
@Stateless
@RolesAllowed({Roles.ORG_ADMIN, Roles.PLATFORM_ADMIN})
public class QuestionnairePublishing {

    private static final int MAX_DETAIL = 1000;

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

    /** Publishes the question set in {@code json} (the stored format) as the next version; returns its number. */
    public int publishQuestionSet(long organisationId, String json) {
        allowedFor(organisationId);
        EditableQuestionSet edited = readQuestions(json);
        List<QuestionnaireRefused.Problem> problems = QuestionnaireChecks.questions(edited);
        if (!problems.isEmpty()) {
            throw new QuestionnaireRefused(problems);
        }
        // An organisation that never stored a set (none was opened yet, or it is being made from a template) gets
        // this one as its version 1; the default set is then only what it is compared with.
        int currentNo = currentVersion("QuestionSetVersion", organisationId);
        int next = currentNo + 1;
        String content = edited.toJson(next);
        QuestionSet before = currentNo == 0 ? DefaultSets.defaultQuestionSet() : defaults.currentQuestionSet(organisationId).questionSet();
        QuestionSet after = usable(() -> QuestionSetParser.parse(0, content));
        em.persist(new QuestionSetVersion(organisationId, content, clock.instant()));
        em.flush();
        Map<String, Object> old = new LinkedHashMap<>();
        before.questions().forEach(q -> old.put(q.key(), q));
        Map<String, Object> now = new LinkedHashMap<>();
        after.questions().forEach(q -> now.put(q.key(), q));
        audit.recordChange(AuditAction.QUESTION_SET_PUBLISHED, organisationId, "organisation:" + organisationId + ":questionSet",
                detail("question set version " + (currentNo == 0 ? "default" : currentNo) + " → " + next, "questions", old, now));
        return next;
    }

    /** Publishes the tip set in {@code json} (the stored format) as the next version; returns its number. */
    public int publishTips(long organisationId, String json) {
        allowedFor(organisationId);
        EditableTipSet edited = readTips(json);
        List<QuestionnaireRefused.Problem> problems = QuestionnaireChecks.tips(edited, tipCategories(organisationId));
        if (!problems.isEmpty()) {
            throw new QuestionnaireRefused(problems);
        }
        int currentNo = currentVersion("TipSetVersion", organisationId);
        int next = currentNo + 1;
        String content = edited.toJson(next);
        TipSet before = currentNo == 0 ? TipSet.parse(0, DefaultSets.resource(DefaultSets.TIPS)) : defaults.currentTips(organisationId).tipSet();
        TipSet after = usable(() -> TipSet.parse(0, content));
        em.persist(new TipSetVersion(organisationId, content, clock.instant()));
        em.flush();
        audit.recordChange(AuditAction.TIP_SET_PUBLISHED, organisationId, "organisation:" + organisationId + ":tipSet",
                detail("tip set version " + (currentNo == 0 ? "default" : currentNo) + " → " + next, "tips", tips(before), tips(after)));
        return next;
    }

    /** The kinds of behaviour a tip may be given for: general, and every category and subcategory of the current questions. */
    Set<String> tipCategories(long organisationId) {
        Set<String> categories = new HashSet<>();
        categories.add(TipSet.GENERAL);
        QuestionSet questions = defaults.currentQuestionSet(organisationId).questionSet();
        for (RegistrationField field : List.of(RegistrationField.CATEGORY, RegistrationField.SUBCATEGORY)) {
            questions.registering(field).ifPresent(q -> q.options().forEach(o -> {
                categories.add(o.key());
                o.children().forEach(c -> categories.add(c.key()));
            }));
        }
        return categories;
    }

    private static Map<String, Object> tips(TipSet set) {
        Map<String, Object> tips = new LinkedHashMap<>();
        set.byCategory().forEach((category, list) -> list.forEach(t -> tips.put(t.key(), List.of(category, t))));
        return tips;
    }

    /** "question set version 1 → 2; questions added: a; removed: b; changed: c" (keys only, never longer than the column). */
    static String detail(String versions, String what, Map<String, Object> before, Map<String, Object> after) {
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        after.forEach((key, value) -> {
            if (!before.containsKey(key)) {
                added.add(key);
            } else if (!before.get(key).equals(value)) {
                changed.add(key);
            }
        });
        before.keySet().stream().filter(k -> !after.containsKey(k)).forEach(removed::add);
        List<String> common = new ArrayList<>(after.keySet());
        common.retainAll(before.keySet());
        List<String> oldOrder = new ArrayList<>(before.keySet());
        oldOrder.retainAll(after.keySet());
        StringBuilder text = new StringBuilder(versions).append("; ").append(what).append(" added: ").append(list(added))
                .append("; removed: ").append(list(removed)).append("; changed: ").append(list(changed));
        if (!common.equals(oldOrder)) {
            text.append("; order changed");
        }
        return text.length() <= MAX_DETAIL ? text.toString() : text.substring(0, MAX_DETAIL - 1) + "…";
    }

    private static String list(List<String> keys) {
        return keys.isEmpty() ? "-" : String.join(", ", keys);
    }

    static EditableQuestionSet readQuestions(String json) {
        return usable(() -> EditableQuestionSet.fromJson(json));
    }

    static EditableTipSet readTips(String json) {
        return usable(() -> EditableTipSet.fromJson(json));
    }

    /**
     * Runs a read of stored JSON; anything unreadable becomes a refusal that says what the reader found. Any runtime
     * exception, not only the JSON-P ones: Parsson refuses nesting deeper than 1000 levels with a plain RuntimeException.
     */
    static <T> T usable(java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (RuntimeException e) {
            throw new QuestionnaireRefused(List.of(new QuestionnaireRefused.Problem("questionnaire.malformed",
                    String.valueOf(e.getMessage()))));
        }
    }

    private void allowedFor(long organisationId) {
        if (session.isCallerInRole(Roles.PLATFORM_ADMIN)) {
            Number found = (Number) em.createNativeQuery("select count(*) from organisation where id = ?")
                    .setParameter(1, organisationId).getSingleResult();
            if (found.longValue() == 0) {
                throw new IllegalArgumentException("No organisation " + organisationId);
            }
            return;
        }
        StaffAccount me = em.find(StaffAccount.class, Long.valueOf(session.getCallerPrincipal().getName()));
        if (me == null || !me.getOrganisationIds().contains(organisationId)) {
            throw new AccessRefused("Question and tip sets of another organisation");
        }
    }

    // For the configuration file's export (its checks of an import before anything changes: StoredSets).

    /** The stored content of the organisation's newest question set version, or null when it has none yet. */
    public String currentQuestionSetJson(long organisationId) {
        allowedFor(organisationId);
        return currentContent("QuestionSetVersion", organisationId);
    }

    /** The stored content of the organisation's newest tip set version, or null when it has none yet. */
    public String currentTipsJson(long organisationId) {
        allowedFor(organisationId);
        return currentContent("TipSetVersion", organisationId);
    }

    /** The newest version number, 0 when there is none. */
    public int currentQuestionSetVersion(long organisationId) {
        allowedFor(organisationId);
        return currentVersion("QuestionSetVersion", organisationId);
    }

    public int currentTipsVersion(long organisationId) {
        allowedFor(organisationId);
        return currentVersion("TipSetVersion", organisationId);
    }

    private int currentVersion(String entity, long organisationId) {
        Integer max = em.createQuery("select max(v.version) from " + entity + " v where v.organisationId = :organisation", Integer.class)
                .setParameter("organisation", organisationId).getSingleResult();
        return max == null ? 0 : max;
    }

    private String currentContent(String entity, long organisationId) {
        return em.createQuery("select v.content from " + entity + " v where v.organisationId = :organisation order by v.version desc",
                        String.class)
                .setParameter("organisation", organisationId).setMaxResults(1).getResultStream().findFirst().orElse(null);
    }
}

package nl.meldpunt.questionnaire;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * Publishes a new version of an organisation's question set or tips (issue 13): stored as version = current + 1,
 * never changing an older version, so every report keeps the questions it was made with. The callers (the
 * configuration import, the editors) check who may do this; this bean only checks that the set can be used.
 */
@ApplicationScoped
public class QuestionnairePublishing {

    @PersistenceContext(unitName = "meldpunt")
    private EntityManager em;

    @Inject
    private Clock clock;

    /** Stores {@code json} (the format of {@code defaults/question-set.json}) as the next version; its number. */
    public int publishQuestionSet(long organisationId, String json) {
        int next = currentVersion("QuestionSetVersion", organisationId) + 1;
        QuestionSetVersion version = new QuestionSetVersion(organisationId, withVersion(json, next), clock.instant());
        em.persist(version);
        em.flush();
        return next;
    }

    /** Stores {@code json} (the format of {@code defaults/tips.json}) as the next version; its number. */
    public int publishTips(long organisationId, String json) {
        int next = currentVersion("TipSetVersion", organisationId) + 1;
        TipSetVersion version = new TipSetVersion(organisationId, withVersion(json, next), clock.instant());
        em.persist(version);
        em.flush();
        return next;
    }

    /** The stored content of the organisation's newest question set version, or null when it has none yet. */
    public String currentQuestionSetJson(long organisationId) {
        return currentContent("QuestionSetVersion", organisationId);
    }

    /** The stored content of the organisation's newest tip set version, or null when it has none yet. */
    public String currentTipsJson(long organisationId) {
        return currentContent("TipSetVersion", organisationId);
    }

    /** The newest version number, 0 when there is none. */
    public int currentQuestionSetVersion(long organisationId) {
        return currentVersion("QuestionSetVersion", organisationId);
    }

    public int currentTipsVersion(long organisationId) {
        return currentVersion("TipSetVersion", organisationId);
    }

    /** Refuses (IllegalArgumentException, saying why) a question set that cannot be used. */
    public static void checkQuestionSet(String json) {
        try {
            QuestionSetParser.parse(0, withVersion(json, 1));
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Not a question set: " + e.getMessage(), e);
        }
    }

    /** Refuses (IllegalArgumentException, saying why) a tip set that cannot be used. */
    public static void checkTips(String json) {
        try {
            TipSet.parse(0, withVersion(json, 1));
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Not a tip set: " + e.getMessage(), e);
        }
    }

    /** The default sets' content, for an organisation that has never stored one. */
    public static String defaultQuestionSetJson() {
        return DefaultSets.resource(DefaultSets.QUESTION_SET);
    }

    public static String defaultTipsJson() {
        return DefaultSets.resource(DefaultSets.TIPS);
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

    private static String withVersion(String json, int version) {
        JsonObject root = QuestionSetParser.read(json);
        JsonObjectBuilder builder = Json.createObjectBuilder(root);
        builder.add("version", version);
        return builder.build().toString();
    }
}

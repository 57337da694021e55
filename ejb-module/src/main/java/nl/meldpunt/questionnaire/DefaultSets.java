package nl.meldpunt.questionnaire;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * The question set and tips an organisation starts with until it agrees its own with the
 * confidant. An organisation without a stored version gets these, stored as its version 1, the
 * first time a report form is opened.
 */
@ApplicationScoped
public class DefaultSets {

    static final String QUESTION_SET = "/nl/meldpunt/questionnaire/defaults/question-set.json";
    static final String TIPS = "/nl/meldpunt/questionnaire/defaults/tips.json";

    @PersistenceContext(unitName = "meldpunt")
    private EntityManager em;

    @Inject
    private Clock clock;

    public QuestionSetVersion currentQuestionSet(long organisationId) {
        return current("QuestionSetVersion.current", QuestionSetVersion.class, organisationId,
                () -> new QuestionSetVersion(organisationId, resource(QUESTION_SET), clock.instant()));
    }

    public TipSetVersion currentTips(long organisationId) {
        return current("TipSetVersion.current", TipSetVersion.class, organisationId,
                () -> new TipSetVersion(organisationId, resource(TIPS), clock.instant()));
    }

    private <T> T current(String query, Class<T> type, long organisationId, java.util.function.Supplier<T> defaults) {
        return em.createNamedQuery(query, type)
                .setParameter("organisationId", organisationId)
                .getResultStream().findFirst()
                .orElseGet(() -> {
                    T created = defaults.get();
                    em.persist(created);
                    em.flush(); // reports refer to it by id only, so it must be written first
                    return created;
                });
    }

    /** The default question set itself, for the names of its options (categories, needs ...). */
    public static QuestionSet defaultQuestionSet() {
        return QuestionSetParser.parse(0, resource(QUESTION_SET));
    }

    static String resource(String name) {
        try (InputStream in = DefaultSets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

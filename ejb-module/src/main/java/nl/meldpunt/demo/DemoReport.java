package nl.meldpunt.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import nl.meldpunt.casefile.Channel;
import nl.meldpunt.casefile.Report;
import nl.meldpunt.casefile.SealingContexts;
import nl.meldpunt.casefile.SharingConsent;
import nl.meldpunt.questionnaire.Answers;
import nl.meldpunt.questionnaire.DefaultSets;
import nl.meldpunt.questionnaire.QuestionSet;
import nl.meldpunt.questionnaire.QuestionSetVersion;
import nl.meldpunt.questionnaire.TipSetVersion;
import nl.meldpunt.security.CaseCipher;
import nl.meldpunt.security.CaseKeys;
import nl.meldpunt.security.PasswordHasher;

/**
 * One example report for the demo organisation, with known credentials, so that a newcomer can log
 * into the reporter's dashboard at once and the confidant's queue is not empty. Demo mode only.
 */
@ApplicationScoped
public class DemoReport {

    /** A valid case code (check character included) for the demo report. */
    public static final String CASE_CODE = "DEMV-2345-KMPE";

    @PersistenceContext(unitName = "meldpunt")
    private EntityManager em;

    @Inject
    private DefaultSets defaults;

    @Inject
    private CaseCipher cipher;

    @Inject
    private CaseKeys caseKeys;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private Clock clock;

    public void createFor(long organisationId, String password) {
        QuestionSetVersion questions = defaults.currentQuestionSet(organisationId);
        TipSetVersion tips = defaults.currentTips(organisationId);
        Answers answers = new Answers();
        answers.getSingle().put("category", "UNWANTED_BEHAVIOUR");
        answers.getSingle().put("subcategory", "BULLYING");
        answers.getSingle().put("period", "Sinds het voorjaar, bijna elke week");
        answers.getSingle().put("ongoing", "YES");
        answers.getSingle().put("relation", "MANAGER");
        answers.getSingle().put("what_happened", "In het teamoverleg maakt mijn leidinggevende grapjes over mijn werk "
                + "waar iedereen bij is. Ik krijg als enige geen uitnodiging meer voor het overleg op vrijdag.");
        answers.getMultiple().put("needs", List.of("TO_BE_HEARD", "ADVICE"));
        QuestionSet set = questions.questionSet();
        CaseKeys.NewCaseKey key = caseKeys.newCase(CASE_CODE, organisationId, password);
        Report report = new Report(organisationId, CASE_CODE, hasher.hash(password), questions.getId(), tips.getId(),
                Channel.WEB, Locale.forLanguageTag("nl").getLanguage(), answers.registration(set), null,
                SharingConsent.ASK_FIRST, key.serverCopy(), clock.instant().minus(Duration.ofDays(2)));
        set.questions().filter(q -> q.type().isFreeText() && answers.get(q.key()) != null).forEach(q ->
                report.putSealedAnswer(q.key(), cipher.sealText(key.key(), answers.get(q.key()),
                        SealingContexts.answer(CASE_CODE, q.key()))));
        report.scheduleNextStatusMail(report.getSubmittedAt()
                .plus(Duration.ofDays(em.find(nl.meldpunt.organisation.Organisation.class, organisationId).getStatusUpdateIntervalDays())));
        em.persist(report);
    }
}

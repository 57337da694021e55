package nl.meldpunt.intake;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import nl.meldpunt.audit.Actor;
import nl.meldpunt.audit.AuditAction;
import nl.meldpunt.audit.AuditTrail;
import nl.meldpunt.casefile.Channel;
import nl.meldpunt.casefile.Report;
import nl.meldpunt.casefile.SealingContexts;
import nl.meldpunt.casefile.SharingConsent;
import nl.meldpunt.organisation.Organisation;
import nl.meldpunt.questionnaire.AnswerProblem;
import nl.meldpunt.questionnaire.DefaultSets;
import nl.meldpunt.questionnaire.QuestionSet;
import nl.meldpunt.questionnaire.QuestionSetVersion;
import nl.meldpunt.questionnaire.TipSet;
import nl.meldpunt.questionnaire.TipSetVersion;
import nl.meldpunt.security.CaseCipher;
import nl.meldpunt.security.CaseKeys;
import nl.meldpunt.security.PasswordHasher;
import nl.meldpunt.shared.AccessRefused;
import nl.meldpunt.shared.MailAddresses;
import nl.meldpunt.staff.StaffAccount;
import nl.meldpunt.staff.StaffRole;
import nl.meldpunt.vault.MailVault;

/**
 * Opening the report form and submitting a report (PRODUCT.md §3.2–3.4). Anyone may do both: the
 * reporter has no account. Submitting checks every answer again, seals every free text under a new
 * per-case key, and hands out the credentials once. No IP address or other trace of the reporter is
 * stored.
 */
@Stateless
@PermitAll
@jakarta.annotation.security.DeclareRoles(nl.meldpunt.shared.Roles.CONFIDANT)
public class ReportService {

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
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private MailVault vault;

    @jakarta.annotation.Resource
    private jakarta.ejb.SessionContext session;

    private final SecureRandom random = new SecureRandom();

    /** The organisation's current questions and confidants, or empty for an unknown organisation. */
    public java.util.Optional<ReportForm> openForm(String slug) {
        return organisation(slug).map(organisation -> new ReportForm(organisation.getSlug(), organisation.getName(),
                defaults.currentQuestionSet(organisation.getId()).questionSet(), confidantsOf(organisation.getId()),
                !organisation.acceptsReports(), organisation.acceptsReports() ? null : organisation.getClosedNotice()));
    }

    /** Whether the form may offer to leave an e-mail address (the vault is configured). */
    public boolean canKeepMailAddress() {
        return vault.isAvailable();
    }

    /** Tips for a category, in the organisation's current tip set. */
    public TipSet tipsFor(String slug) {
        Organisation organisation = organisation(slug).orElseThrow(() -> new IllegalArgumentException("Unknown organisation"));
        return defaults.currentTips(organisation.getId()).tipSet();
    }

    /**
     * Stores the report and returns its credentials; throws {@link ReportRejected} with every problem
     * when an answer cannot be accepted (nothing is stored then), {@link ReportingClosed} when the
     * organisation takes no new report now (suspended or archived; also no oral report).
     */
    public ReportCredentials submit(SubmitReport command) {
        Organisation organisation = organisation(command.organisationSlug())
                .orElseThrow(() -> new IllegalArgumentException("Unknown organisation"));
        if (!organisation.acceptsReports()) {
            throw new ReportingClosed();
        }
        QuestionSetVersion stored = em.find(QuestionSetVersion.class, command.questionSetId());
        if (stored == null || stored.getOrganisationId() != organisation.getId()) {
            throw new IllegalArgumentException("Question set does not belong to this organisation");
        }
        QuestionSet questions = stored.questionSet();
        List<AnswerProblem> problems = new java.util.ArrayList<>(command.answers().check(questions));
        boolean leavesAddress = command.mailAddress() != null && !command.mailAddress().isBlank();
        if (leavesAddress && (!vault.isAvailable() || !MailAddresses.isValid(command.mailAddress()))) {
            problems.add(new AnswerProblem(AnswerProblem.MAIL_ADDRESS, AnswerProblem.NOT_AN_ADDRESS));
        }
        if (!problems.isEmpty()) {
            throw new ReportRejected(problems);
        }
        Long confidant = command.chosenConfidantId();
        if (confidant != null && confidantsOf(organisation.getId()).stream().noneMatch(c -> c.id() == confidant)) {
            throw new IllegalArgumentException("Not a confidant of this organisation");
        }

        Long recordingConfidant = null;
        if (command.channel() == Channel.ORAL) {
            recordingConfidant = confidantServing(organisation.getId());
        }
        String caseCode = CaseCode.unused(em, random);
        String password = ReporterPassword.generate(random);
        CaseKeys.NewCaseKey dataKey = caseKeys.newCase(caseCode, organisation.getId(), password);
        Report report = new Report(organisation.getId(), caseCode, hasher.hash(password), stored.getId(),
                defaults.currentTips(organisation.getId()).getId(), command.channel() == null ? Channel.WEB : command.channel(),
                command.language() == null ? "nl" : command.language().getLanguage(),
                command.answers().registration(questions), confidant,
                command.sharingConsent() == null ? SharingConsent.ASK_FIRST : command.sharingConsent(),
                dataKey.serverCopy(), clock.instant());
        questions.questions().filter(q -> q.type().isFreeText()).forEach(q -> {
            String text = command.answers().get(q.key());
            if (text != null) {
                report.putSealedAnswer(q.key(), cipher.sealText(dataKey.key(), text, SealingContexts.answer(caseCode, q.key())));
            }
        });
        if (recordingConfidant != null) {
            report.recordedBy(recordingConfidant);
        }
        report.scheduleNextStatusMail(report.getSubmittedAt().plus(Duration.ofDays(organisation.getStatusUpdateIntervalDays())));
        report.scheduleNextTip(em.find(TipSetVersion.class, report.getTipSetId()).tipSet());
        em.persist(report);
        em.flush();
        if (leavesAddress) {
            vault.store(caseCode, command.mailAddress());
        }
        audit.record(Actor.reporterOf(caseCode), AuditAction.REPORT_SUBMITTED, organisation.getId(), "report:" + report.getId());
        return new ReportCredentials(caseCode, password);
    }

    /**
     * Only a confidant of the organisation may write down an oral report; anyone else is refused and
     * the refusal is audited.
     */
    private long confidantServing(long organisationId) {
        String principal = session.getCallerPrincipal().getName();
        if (session.isCallerInRole(nl.meldpunt.shared.Roles.CONFIDANT) && principal.matches("\\d+")) {
            StaffAccount me = em.find(StaffAccount.class, Long.valueOf(principal));
            if (me.getOrganisationIds().contains(organisationId)) {
                return me.getId();
            }
        }
        audit.recordIndependently(Actor.fromPrincipalName(principal), AuditAction.ACCESS_DENIED, organisationId, "oral-report");
        throw new AccessRefused("Only a confidant of the organisation records an oral report");
    }



    private java.util.Optional<Organisation> organisation(String slug) {
        return em.createNamedQuery("Organisation.bySlug", Organisation.class).setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    private List<ReportForm.ConfidantChoice> confidantsOf(long organisationId) {
        return em.createQuery("select s from StaffAccount s where s.role = :role and s.active = :active order by s.displayName",
                        StaffAccount.class)
                .setParameter("role", StaffRole.CONFIDANT).setParameter("active", true)
                .getResultStream()
                .filter(s -> s.getOrganisationIds().contains(organisationId))
                .map(s -> new ReportForm.ConfidantChoice(s.getId(), s.getDisplayName()))
                .toList();
    }
}

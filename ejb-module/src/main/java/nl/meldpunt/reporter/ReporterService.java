package nl.meldpunt.reporter;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import nl.meldpunt.audit.Actor;
import nl.meldpunt.audit.AuditAction;
import nl.meldpunt.audit.AuditTrail;
import nl.meldpunt.casefile.CaseFileView;
import nl.meldpunt.casefile.CaseStep;
import nl.meldpunt.casefile.Channel;
import nl.meldpunt.casefile.MessageKind;
import nl.meldpunt.casefile.MessageView;
import nl.meldpunt.casefile.Report;
import nl.meldpunt.casefile.ReportMessage;
import nl.meldpunt.casefile.SealingContexts;
import nl.meldpunt.intake.ReportRejected;
import nl.meldpunt.organisation.Organisation;
import nl.meldpunt.questionnaire.AnswerProblem;
import nl.meldpunt.questionnaire.DefaultSets;
import nl.meldpunt.questionnaire.QuestionSet;
import nl.meldpunt.questionnaire.QuestionSetVersion;
import nl.meldpunt.questionnaire.TipSet;
import nl.meldpunt.questionnaire.TipSetVersion;
import nl.meldpunt.security.CaseCipher;
import nl.meldpunt.security.CaseKeys;
import nl.meldpunt.security.OpenCaseKey;
import nl.meldpunt.security.PasswordHasher;
import nl.meldpunt.shared.MailAddresses;
import nl.meldpunt.shared.Roles;
import nl.meldpunt.vault.MailVault;

/**
 * The reporter's personal page (PRODUCT.md §3.4): the own report only, found through the logged-in
 * principal ({@code reporter:<case code>}), never through an id the page passes in.
 */
@Stateless
@RolesAllowed(Roles.REPORTER)
public class ReporterService {

    /** Long enough to be strong, short enough to type; the generated password is 24 characters. */
    public static final int MIN_PASSWORD_LENGTH = 12;

    @PersistenceContext(unitName = "meldpunt")
    private EntityManager em;

    @Resource
    private SessionContext session;

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

    public ReporterDashboard dashboard() {
        Report report = myReport();
        Organisation organisation = em.find(Organisation.class, report.getOrganisationId());
        OpenCaseKey key = caseKeys.open(report.getCaseCode(), report.getServerKeyCopy(), null);
        List<MessageView> messages = em.createQuery(
                        "select m from ReportMessage m where m.reportId = :id order by m.sentAt", ReportMessage.class)
                .setParameter("id", report.getId())
                .getResultStream()
                .map(m -> new MessageView(m.getKind(), m.getSentAt(),
                        cipher.openText(key, m.getSealedBody(), SealingContexts.message(report.getCaseCode(), m.getKind()))))
                .toList();
        List<ReporterDashboard.VisibleStep> steps = em.createQuery(
                        "select s from CaseStep s where s.reportId = :id and s.visibleToReporter = :visible order by s.happenedOn, s.id",
                        CaseStep.class)
                .setParameter("id", report.getId()).setParameter("visible", true).getResultStream()
                .map(s -> new ReporterDashboard.VisibleStep(s.getStepKey(), s.getHappenedOn(), s.getSealedNote() == null ? null
                        : cipher.openText(key, s.getSealedNote(), SealingContexts.step(report.getCaseCode()))))
                .toList();
        TipSet tips = em.find(TipSetVersion.class, report.getTipSetId()).tipSet();
        audit.record(actor(report), AuditAction.REPORT_VIEWED, report.getOrganisationId(), "report:" + report.getId());
        return new ReporterDashboard(report.acceptsReporterMessages(clock.instant()),
                report.getChannel() == Channel.ORAL && report.getRecordApprovedAt() == null, report.getCaseCode(), organisation.getSlug(), organisation.getName(), report.getStatus(), report.getSubmittedAt(),
                report.getCategory(), report.getSubcategory(), report.getNeeds(), report.getSharingConsent(), messages, steps,
                tips.affirmation(), tips.tipsFor(report.getCategory(), report.getSubcategory(),
                        java.time.Duration.between(report.getSubmittedAt(), clock.instant()).toDays()));
    }

    /** The question set the report was answered with, to show the reporter's choices in words. */
    public QuestionSet questionSet() {
        return em.find(QuestionSetVersion.class, myReport().getQuestionSetId()).questionSet();
    }

    /** A message to the confidant, or information added to the report. */
    public void write(MessageKind kind, String text) {
        if (kind == MessageKind.FROM_CONFIDANT) {
            throw new IllegalArgumentException("A reporter writes as the reporter");
        }
        if (text == null || text.isBlank() || text.length() > ReportMessage.MAX_LENGTH) {
            throw new ReportRejected(List.of(new AnswerProblem("message",
                    text == null || text.isBlank() ? AnswerProblem.REQUIRED : AnswerProblem.TOO_LONG)));
        }
        Report report = myReport();
        if (!report.acceptsReporterMessages(clock.instant())) {
            throw new IllegalStateException("The report is closed or withdrawn");
        }
        OpenCaseKey key = caseKeys.open(report.getCaseCode(), report.getServerKeyCopy(), null);
        em.persist(new ReportMessage(report.getId(), kind, null,
                cipher.sealText(key, text.strip(), SealingContexts.message(report.getCaseCode(), kind)), clock.instant()));
        audit.record(actor(report), kind == MessageKind.ADDED_INFORMATION ? AuditAction.REPORT_INFORMATION_ADDED
                : AuditAction.REPORT_MESSAGE_SENT, report.getOrganisationId(), "report:" + report.getId());
    }

    /** @return false when the current password is wrong or the new one too short; nothing changes then */
    public boolean changePassword(String currentPassword, String newPassword) {
        Report report = myReport();
        if (newPassword == null || newPassword.strip().length() < MIN_PASSWORD_LENGTH
                || !hasher.verify(currentPassword == null ? "" : currentPassword, report.getPasswordHash())) {
            return false;
        }
        // Hashed exactly as typed, as the login verifies it (ASVS 6.2.8: no trimming, no truncation).
        report.changePasswordHash(hasher.hash(newPassword));
        caseKeys.rewrapForReporter(report.getCaseCode(), newPassword); // issue 17: the reporter's copy of the case key
        audit.record(actor(report), AuditAction.REPORTER_PASSWORD_CHANGED, report.getOrganisationId(), "report:" + report.getId());
        return true;
    }

    /** Whether the reporter gets an e-mail when there is news (never the address itself). */
    public boolean hasMailAddress() {
        return vault.hasAddress(myReport().getCaseCode());
    }

    /** Leaves or replaces the e-mail address for news about this report; false when it is not usable. */
    public boolean storeMailAddress(String address) {
        if (!vault.isAvailable() || !MailAddresses.isValid(address)) {
            return false;
        }
        Report report = myReport();
        vault.store(report.getCaseCode(), address);
        audit.record(actor(report), AuditAction.REPORTER_MAIL_ADDRESS_CHANGED, report.getOrganisationId(), "report:" + report.getId());
        return true;
    }

    /** Removes the e-mail address: no more mails about this report. */
    public void removeMailAddress() {
        Report report = myReport();
        vault.remove(report.getCaseCode());
        audit.record(actor(report), AuditAction.REPORTER_MAIL_ADDRESS_REMOVED, report.getOrganisationId(), "report:" + report.getId());
    }

    /** The reporter's own answers, as stored: for checking an oral report's written record, and for reading back. */
    public List<CaseFileView.Answer> myAnswers() {
        Report report = myReport();
        OpenCaseKey key = caseKeys.open(report.getCaseCode(), report.getServerKeyCopy(), null);
        QuestionSet questions = em.find(QuestionSetVersion.class, report.getQuestionSetId()).questionSet();
        java.util.Map<String, byte[]> sealed = report.getSealedAnswers();
        return questions.questions().filter(q -> q.type().isFreeText() && sealed.containsKey(q.key()))
                .map(q -> new CaseFileView.Answer(q.key(), q.label(), true,
                        cipher.openText(key, sealed.get(q.key()), SealingContexts.answer(report.getCaseCode(), q.key())), List.of()))
                .toList();
    }

    /** The reporter approves the written record of an oral report; corrections go as added information first. */
    public void approveRecord() {
        Report report = myReport();
        report.approveRecord(clock.instant());
        audit.record(actor(report), AuditAction.REPORT_RECORD_APPROVED, report.getOrganisationId(), "report:" + report.getId());
    }

    /** The reporter withdraws the report (see {@link Report#withdraw}). */
    public void withdraw() {
        Report report = myReport();
        report.withdraw(clock.instant());
        vault.remove(report.getCaseCode()); // no more mail: the address goes at once
        audit.record(actor(report), AuditAction.REPORT_WITHDRAWN, report.getOrganisationId(), "report:" + report.getId());
    }

    public void recordLogout() {
        Report report = myReport();
        audit.record(actor(report), AuditAction.REPORTER_LOGOUT, report.getOrganisationId(), "report:" + report.getId());
    }

    private Report myReport() {
        return OwnReport.of(em, session, LockModeType.NONE);
    }

    private static Actor actor(Report report) {
        return Actor.reporterOf(report.getCaseCode());
    }
}

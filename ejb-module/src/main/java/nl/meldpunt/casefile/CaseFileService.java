package nl.meldpunt.casefile;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.meldpunt.audit.Actor;
import nl.meldpunt.audit.AuditAction;
import nl.meldpunt.audit.AuditTrail;
import nl.meldpunt.organisation.Organisation;
import nl.meldpunt.questionnaire.Question;
import nl.meldpunt.questionnaire.QuestionSet;
import nl.meldpunt.questionnaire.QuestionSetVersion;
import nl.meldpunt.security.CaseCipher;
import nl.meldpunt.security.CaseKeys;
import nl.meldpunt.security.OpenCaseKey;
import nl.meldpunt.shared.AccessRefused;
import nl.meldpunt.shared.DutchTime;
import nl.meldpunt.shared.Roles;
import nl.meldpunt.staff.StaffAccount;
import nl.meldpunt.vault.MailVault;

/**
 * The confidant's case file (PRODUCT.md §4): reading the report as answered, moving it along the
 * allowed statuses, choosing the track, recording steps (with or without the reporter seeing them)
 * and writing to the reporter. A confidant reaches only reports of the organisations served; any
 * other attempt is refused and audited. Every view and change is audited.
 */
@Stateless
@RolesAllowed(Roles.CONFIDANT)
public class CaseFileService {

    public static final int MAX_NOTE_LENGTH = Question.MAX_TEXT_LENGTH;

    @PersistenceContext(unitName = "meldpunt")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private CaseCipher cipher;

    @Inject
    private CaseKeys caseKeys;

    @Inject
    private AuditTrail audit;

    @Inject
    private MailVault vault;

    @Inject
    private Clock clock;

    @Inject
    private Event<ReporterNews> reporterNews;

    public CaseFileView open(long reportId) {
        Report report = readableReportOfMine(reportId);
        // An anonymised case has no key and no sealed text left: it opens with what the register keeps.
        OpenCaseKey key = report.isAnonymised() ? null : caseKey(report);
        Organisation organisation = em.find(Organisation.class, report.getOrganisationId());
        List<CaseStep> steps = em.createQuery(
                        "select s from CaseStep s where s.reportId = :id order by s.happenedOn, s.id", CaseStep.class)
                .setParameter("id", report.getId()).getResultList();
        List<CaseReferral> referrals = em.createQuery(
                        "select r from CaseReferral r where r.reportId = :id order by r.referredOn, r.id", CaseReferral.class)
                .setParameter("id", report.getId()).getResultList();
        Map<Long, String> staffNames = staffNames(Stream.concat(steps.stream().map(CaseStep::getStaffId),
                referrals.stream().map(CaseReferral::getStaffId)).collect(Collectors.toSet()));
        audit.record(AuditAction.CASE_VIEWED, report.getOrganisationId(), "report:" + report.getId());
        return new CaseFileView(
                new CaseFileView.Header(report.getId(), report.getCaseCode(), organisation.getName(), report.getChannel(),
                        report.getStatus(), report.getStatus().next(), report.getSubmittedAt(), report.getAcknowledgedAt(),
                        report.getClosedAt() != null ? report.getClosedAt() : report.getWithdrawnAt(), report.getAnonymisedAt()),
                story(report, key),
                new CaseFileView.Work(report.getTrack(), report.isTrackChosen(), steps.stream()
                        .map(s -> new CaseFileView.Step(s.getId(), s.getStepKey(), s.getHappenedOn(), staffNames.getOrDefault(s.getStaffId(), ""),
                                s.getSealedNote() == null ? null : cipher.openText(key, s.getSealedNote(), SealingContexts.step(report.getCaseCode())),
                                s.isVisibleToReporter()))
                        .toList()),
                new CaseFileView.Conversation(!report.isAnonymised() && vault.hasAddress(report.getCaseCode()), messages(report, key)),
                new CaseFileView.Consent(report.getSharingConsent(), consents(report)),
                new CaseFileView.Register(registrationOf(report), organisation.getDepartments()),
                new CaseFileView.Aftercare(report.getCheckinDueOn(), report.getCheckinAskedAt(), report.getRecordApprovedAt()),
                referrals.stream()
                        .map(r -> new CaseFileView.Referral(r.getId(), r.getKind(), r.getReferredOn(), r.isDetailsShared(),
                                staffNames.getOrDefault(r.getStaffId(), ""),
                                r.getSealedNote() == null ? null : cipher.openText(key, r.getSealedNote(), SealingContexts.referral(report.getCaseCode()))))
                        .toList(),
                breaches(report, key), peerConsultations(report, key),
                audit.historyOf(report.getOrganisationId(), "report:" + report.getId()));
    }

    private CaseFileView.Story story(Report report, OpenCaseKey key) {
        QuestionSet questions = em.find(QuestionSetVersion.class, report.getQuestionSetId()).questionSet();
        Map<String, byte[]> sealed = report.getSealedAnswers();
        List<CaseFileView.Answer> answers = new ArrayList<>();
        questions.questions().forEach(q -> {
            if (q.type().isFreeText()) {
                byte[] value = sealed.get(q.key());
                answers.add(new CaseFileView.Answer(q.key(), q.label(), true,
                        value == null ? null : cipher.openText(key, value, SealingContexts.answer(report.getCaseCode(), q.key())),
                        List.of()));
            } else {
                answers.add(new CaseFileView.Answer(q.key(), q.label(), false, null, chosen(report, q)));
            }
        });
        return new CaseFileView.Story(questions.version(), report.getCategory(), report.getSubcategory(), report.getRelation(),
                report.getOngoing(), report.getNeeds(), answers);
    }

    private List<MessageView> messages(Report report, OpenCaseKey key) {
        return em.createQuery("select m from ReportMessage m where m.reportId = :id order by m.sentAt", ReportMessage.class)
                .setParameter("id", report.getId()).getResultStream()
                .map(m -> new MessageView(m.getKind(), m.getSentAt(),
                        cipher.openText(key, m.getSealedBody(), SealingContexts.message(report.getCaseCode(), m.getKind()))))
                .toList();
    }

    /** The names of the staff members who took steps or made referrals: one query for the whole case file. */
    private Map<Long, String> staffNames(Set<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select s.id, s.displayName from StaffAccount s where s.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (String) row[1]));
    }

    /**
     * Moves the report on; only the transitions of {@link ReportStatus#next()} are allowed, and
     * closing needs a complete registration form ({@link RegistrationIncomplete} says what is missing).
     */
    public void moveTo(long reportId, ReportStatus next) {
        Report report = reportOfMine(reportId);
        if (next == ReportStatus.CLOSED) {
            CaseRegistration registration = em.find(CaseRegistration.class, report.getId());
            List<String> missing = registration == null
                    ? List.of("registration.missing.department", "registration.missing.advice", "registration.missing.outcome")
                    : registration.missingForClosing();
            if (!missing.isEmpty()) {
                throw new RegistrationIncomplete(missing);
            }
        }
        report.moveTo(next, clock.instant());
        if (next == ReportStatus.CLOSED) {
            int months = em.find(Organisation.class, report.getOrganisationId()).getCheckinAfterMonths();
            report.scheduleCheckin(DutchTime.today(clock).plusMonths(months));
        }
        reporterNews.fire(new ReporterNews(report.getId()));
        audit.record(AuditAction.CASE_STATUS_CHANGED, report.getOrganisationId(), "report:" + report.getId() + ":" + next);
    }

    public void chooseTrack(long reportId, Track track) {
        Report report = reportOfMine(reportId);
        report.chooseTrack(track);
        audit.record(AuditAction.CASE_TRACK_CHOSEN, report.getOrganisationId(), "report:" + report.getId() + ":" + track);
    }

    /** Records a step of the report's track; the note is sealed like the rest of the case. */
    public void addStep(long reportId, String stepKey, LocalDate happenedOn, String note, boolean visibleToReporter) {
        Report report = reportOfMine(reportId);
        if (!report.getTrack().steps().contains(stepKey)) {
            throw new IllegalArgumentException("Not a step of the " + report.getTrack() + " track");
        }
        if (happenedOn == null || happenedOn.isAfter(LocalDate.now(clock).plusDays(1))) {
            throw new IllegalArgumentException("A step has a date that is not in the future");
        }
        if (note != null && note.length() > MAX_NOTE_LENGTH) {
            throw new IllegalArgumentException("The note is too long");
        }
        ConsentScope needed = ConsentScope.neededFor(stepKey).orElse(null);
        if (needed != null) {
            requireConsent(report, needed, stepKey);
        }
        OpenCaseKey key = caseKey(report);
        byte[] sealedNote = note == null || note.isBlank() ? null : cipher.sealText(key, note.strip(), SealingContexts.step(report.getCaseCode()));
        CaseStep step = new CaseStep(report.getId(), stepKey, happenedOn, me().getId(), sealedNote, visibleToReporter, clock.instant());
        em.persist(step);
        em.flush();
        if (visibleToReporter) {
            reporterNews.fire(new ReporterNews(report.getId()));
        }
        audit.record(AuditAction.CASE_STEP_ADDED, report.getOrganisationId(), "report:" + report.getId() + ":step:" + step.getId());
    }

    /** A message to the reporter, shown on the personal page. */
    public void writeMessage(long reportId, String text) {
        Report report = reportOfMine(reportId);
        if (text == null || text.isBlank() || text.length() > ReportMessage.MAX_LENGTH) {
            throw new IllegalArgumentException("A message has between 1 and " + ReportMessage.MAX_LENGTH + " characters");
        }
        OpenCaseKey key = caseKey(report);
        em.persist(new ReportMessage(report.getId(), MessageKind.FROM_CONFIDANT, me().getId(),
                cipher.sealText(key, text.strip(), SealingContexts.message(report.getCaseCode(), MessageKind.FROM_CONFIDANT)),
                clock.instant()));
        reporterNews.fire(new ReporterNews(report.getId()));
        audit.record(AuditAction.CASE_MESSAGE_SENT, report.getOrganisationId(), "report:" + report.getId());
    }

    /**
     * Records a breach of confidentiality. Only for the exceptional situations of
     * {@link ConfidentialityBreach.Reason}, and only after the confidant confirms that it is one;
     * with a breach record, steps that inform others no longer wait for consent (the legal exception).
     */
    public void recordBreach(long reportId, ConfidentialityBreach.Reason reason, String informedWhom, LocalDate informedOn,
                             String explanation, boolean confirmedExceptional) {
        Report report = reportOfMine(reportId);
        if (!confirmedExceptional || reason == null || informedOn == null || informedOn.isAfter(LocalDate.now(clock).plusDays(1))
                || isBlank(informedWhom) || isBlank(explanation)
                || informedWhom.length() > MAX_NOTE_LENGTH || explanation.length() > MAX_NOTE_LENGTH) {
            throw new IllegalArgumentException("A breach record needs the confirmation, a reason, who was informed, when and why");
        }
        OpenCaseKey key = caseKey(report);
        em.persist(new ConfidentialityBreach(report.getId(), reason,
                cipher.sealText(key, informedWhom.strip(), SealingContexts.breach(report.getCaseCode(), "informed")),
                cipher.sealText(key, explanation.strip(), SealingContexts.breach(report.getCaseCode(), "explanation")),
                informedOn, me().getId(), clock.instant()));
        audit.record(AuditAction.CASE_CONFIDENTIALITY_BREACHED, report.getOrganisationId(), "report:" + report.getId() + ":" + reason);
    }

    /**
     * Records a referral to a professional or a formal route, on its date. Telling that party about the
     * case needs the reporter's consent for it, or a breach record (the legal exceptions); without, it
     * is refused and audited. The registration form counts the referral too.
     */
    public void recordReferral(long reportId, CaseReferral.Kind kind, LocalDate referredOn, boolean detailsShared, String note) {
        Report report = reportOfMine(reportId);
        if (kind == null || referredOn == null || referredOn.isAfter(LocalDate.now(clock).plusDays(1))
                || (note != null && note.length() > MAX_NOTE_LENGTH)) {
            throw new IllegalArgumentException("A referral needs to whom and a date that is not in the future");
        }
        if (detailsShared) {
            requireConsent(report, kind.consentNeeded(), "referral:" + kind);
        }
        OpenCaseKey key = caseKey(report);
        byte[] sealedNote = isBlank(note) ? null : cipher.sealText(key, note.strip(), SealingContexts.referral(report.getCaseCode()));
        CaseReferral referral = new CaseReferral(report.getId(), kind, referredOn, detailsShared, me().getId(), sealedNote, clock.instant());
        em.persist(referral);
        registrationFor(report).include(kind, clock.instant());
        em.flush();
        audit.record(AuditAction.CASE_REFERRAL_RECORDED, report.getOrganisationId(),
                "report:" + report.getId() + ":referral:" + referral.getId() + ":" + kind);
    }



    /** Records a peer consultation (intervisie); the note must hold no identifying data. */
    public void recordPeerConsultation(long reportId, LocalDate consultedOn, String note) {
        Report report = reportOfMine(reportId);
        if (consultedOn == null || isBlank(note) || note.length() > MAX_NOTE_LENGTH) {
            throw new IllegalArgumentException("A peer consultation has a date and a note");
        }
        OpenCaseKey key = caseKey(report);
        em.persist(new PeerConsultation(report.getId(), consultedOn, me().getId(),
                cipher.sealText(key, note.strip(), SealingContexts.peerConsultation(report.getCaseCode())), clock.instant()));
        audit.record(AuditAction.CASE_PEER_CONSULTED, report.getOrganisationId(), "report:" + report.getId());
    }

    /**
     * A step that informs others goes only with the reporter's consent for it, or with a breach record
     * (the legal exceptions); otherwise it is refused and the refusal audited.
     */
    private void requireConsent(Report report, ConsentScope needed, String what) {
        if (!consents(report).contains(needed) && !hasBreachRecord(report)) {
            audit.recordIndependently(Actor.staff(me().getId()), AuditAction.CASE_STEP_REFUSED_WITHOUT_CONSENT,
                    report.getOrganisationId(), "report:" + report.getId() + ":" + what);
            throw new ConsentMissing(needed);
        }
    }

    /** The case's registration form, created empty the first time it is needed. */
    private CaseRegistration registrationFor(Report report) {
        CaseRegistration registration = em.find(CaseRegistration.class, report.getId());
        if (registration == null) {
            registration = new CaseRegistration(report.getId(), clock.instant());
            em.persist(registration);
        }
        return registration;
    }

    private boolean hasBreachRecord(Report report) {
        return !em.createQuery("select b from ConfidentialityBreach b where b.reportId = :id", ConfidentialityBreach.class)
                .setParameter("id", report.getId()).setMaxResults(1).getResultList().isEmpty();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }


    /**
     * The aftercare check-in: asks the reporter, on the personal page, how things are now and whether
     * there has been any retaliation. The reporter can answer for 60 days.
     */
    public void askCheckin(long reportId, String question) {
        Report report = reportOfMine(reportId);
        if (isBlank(question) || question.length() > ReportMessage.MAX_LENGTH) {
            throw new IllegalArgumentException("The check-in needs a question");
        }
        report.checkinAsked(clock.instant());
        OpenCaseKey key = caseKey(report);
        em.persist(new ReportMessage(report.getId(), MessageKind.FROM_CONFIDANT, me().getId(),
                cipher.sealText(key, question.strip(), SealingContexts.message(report.getCaseCode(), MessageKind.FROM_CONFIDANT)),
                clock.instant()));
        audit.record(AuditAction.CASE_CHECKIN_ASKED, report.getOrganisationId(), "report:" + report.getId());
    }

    /** Saves the registration form (it may be incomplete until the case is closed). */
    public void register(long reportId, RegistrationForm form) {
        Report report = reportOfMine(reportId);
        Organisation organisation = em.find(Organisation.class, report.getOrganisationId());
        if (form.department() != null && !form.department().isBlank() && !organisation.getDepartments().contains(form.department())) {
            throw new IllegalArgumentException("Not a department of this organisation");
        }
        registrationFor(report).fill(form, clock.instant());
        audit.record(AuditAction.CASE_REGISTRATION_SAVED, report.getOrganisationId(), "report:" + report.getId());
    }

    /**
     * Records that the reporter gave consent in a conversation with the confidant (by phone or in a
     * meeting); the reporter sees it on the personal page.
     */
    public void recordConsent(long reportId, ConsentScope scope) {
        Report report = reportOfMine(reportId);
        if (scope == null) {
            throw new IllegalArgumentException("Consent to inform whom?");
        }
        em.persist(new ReportConsent(report.getId(), scope, ReportConsent.GivenBy.CONFIDANT_AFTER_CONVERSATION, me().getId(),
                clock.instant()));
        audit.record(AuditAction.CASE_CONSENT_RECORDED, report.getOrganisationId(), "report:" + report.getId() + ":" + scope);
    }

    /** The consents a report has: those recorded, and the reporter's choice in the wizard. */
    java.util.Set<ConsentScope> consents(Report report) {
        java.util.Set<ConsentScope> given = java.util.EnumSet.noneOf(ConsentScope.class);
        if (report.getSharingConsent() == SharingConsent.ANONYMOUS_ALLOWED) {
            given.add(ConsentScope.ORGANISATION);
        }
        em.createQuery("select c from ReportConsent c where c.reportId = :id", ReportConsent.class)
                .setParameter("id", report.getId()).getResultStream().forEach(c -> given.add(c.getScope()));
        return given;
    }

    private List<CaseFileView.Breach> breaches(Report report, OpenCaseKey key) {
        return em.createQuery("select b from ConfidentialityBreach b where b.reportId = :id order by b.informedOn", ConfidentialityBreach.class)
                .setParameter("id", report.getId()).getResultStream()
                .map(b -> new CaseFileView.Breach(b.getReason(), b.getInformedOn(),
                        b.getSealedInformed() == null ? null
                                : cipher.openText(key, b.getSealedInformed(), SealingContexts.breach(report.getCaseCode(), "informed")),
                        b.getSealedExplanation() == null ? null
                                : cipher.openText(key, b.getSealedExplanation(), SealingContexts.breach(report.getCaseCode(), "explanation"))))
                .toList();
    }

    private List<CaseFileView.Consultation> peerConsultations(Report report, OpenCaseKey key) {
        return em.createQuery("select p from PeerConsultation p where p.reportId = :id order by p.consultedOn", PeerConsultation.class)
                .setParameter("id", report.getId()).getResultStream()
                .map(p -> new CaseFileView.Consultation(p.getConsultedOn(),
                        p.getSealedNote() == null ? null
                                : cipher.openText(key, p.getSealedNote(), SealingContexts.peerConsultation(report.getCaseCode()))))
                .toList();
    }

    private RegistrationForm registrationOf(Report report) {
        CaseRegistration registration = em.find(CaseRegistration.class, report.getId());
        return registration == null ? RegistrationForm.EMPTY : registration.form();
    }


    private List<String> chosen(Report report, Question question) {
        if (question.registration() == null) {
            return List.of();
        }
        return switch (question.registration()) {
            case CATEGORY -> listOf(report.getCategory());
            case SUBCATEGORY -> listOf(report.getSubcategory());
            case RELATION -> listOf(report.getRelation());
            case ONGOING -> listOf(report.getOngoing());
            case NEEDS -> report.getNeeds();
        };
    }

    private static List<String> listOf(String value) {
        return value == null ? List.of() : Arrays.asList(value);
    }


    private StaffAccount me() {
        return em.find(StaffAccount.class, Long.valueOf(session.getCallerPrincipal().getName()));
    }

    /**
     * The report to work on, if this confidant serves its organisation; otherwise refused and audited.
     * An anonymised case is refused too: nothing of it is left to work on (its page shows no forms, but
     * a page opened before the retention run may still send one).
     */
    /** The case's key as the logged-in confidant holds it (issue 17). */
    private OpenCaseKey caseKey(Report report) {
        return caseKeys.open(report.getCaseCode(), report.getServerKeyCopy(), Long.valueOf(session.getCallerPrincipal().getName()));
    }

    private Report reportOfMine(long reportId) {
        Report report = readableReportOfMine(reportId);
        if (report.isAnonymised()) {
            throw new AccessRefused("The case was anonymised after the retention period");
        }
        return report;
    }

    /** The report, if this confidant serves its organisation; otherwise refused and audited. */
    private Report readableReportOfMine(long reportId) {
        Report report = em.find(Report.class, reportId);
        StaffAccount me = me();
        if (report == null || !me.getOrganisationIds().contains(report.getOrganisationId())) {
            audit.recordIndependently(Actor.staff(me.getId()), AuditAction.ACCESS_DENIED,
                    report == null ? null : report.getOrganisationId(), "report:" + reportId);
            throw new AccessRefused("Not a report of an organisation this confidant serves");
        }
        return report;
    }
}

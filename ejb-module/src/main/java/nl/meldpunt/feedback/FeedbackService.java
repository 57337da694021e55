package nl.meldpunt.feedback;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.meldpunt.audit.Actor;
import nl.meldpunt.audit.AuditAction;
import nl.meldpunt.audit.AuditTrail;
import nl.meldpunt.casefile.Report;
import nl.meldpunt.casefile.ReportStatus;
import nl.meldpunt.organisation.Organisation;
import nl.meldpunt.reporter.OwnReport;
import nl.meldpunt.shared.AccessRefused;
import nl.meldpunt.shared.DutchTime;
import nl.meldpunt.shared.Roles;

/**
 * The reporter's survey at the end of the help (issue 14, item 6). Asked once the case is in aftercare or closed,
 * answered at most once, never required. The answers are stored without the report; the confidant sees only the
 * year's totals, and only from the organisation's small-count threshold on.
 */
@Stateless
public class FeedbackService {

    @PersistenceContext(unitName = "meldpunt")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** Whether the personal page asks the survey now: the help has ended and it was not answered yet. */
    @RolesAllowed(Roles.REPORTER)
    public boolean isAsked() {
        Report report = OwnReport.of(em, session, LockModeType.NONE);
        return ended(report) && em.find(FeedbackGiven.class, report.getId()) == null;
    }

    /** Stores the answers, once per report; {@link FeedbackRefused} when not asked, already given or incomplete. */
    @RolesAllowed(Roles.REPORTER)
    public void give(FeedbackAnswers answers) {
        if (answers == null || !answers.complete()) {
            throw new FeedbackRefused("feedback.refused.incomplete");
        }
        Report report = OwnReport.of(em, session, LockModeType.PESSIMISTIC_WRITE);
        if (!ended(report)) {
            throw new FeedbackRefused("feedback.refused.notYet");
        }
        if (em.find(FeedbackGiven.class, report.getId()) != null) {
            throw new FeedbackRefused("feedback.refused.given");
        }
        em.persist(new FeedbackGiven(report.getId()));
        em.persist(new ReporterFeedback(report.getOrganisationId(), DutchTime.today(clock).getYear(), answers));
        // That the survey was answered, never what: the answers are not in the audit trail.
        audit.record(Actor.reporterOf(report.getCaseCode()), AuditAction.REPORTER_FEEDBACK_GIVEN, report.getOrganisationId(),
                "report:" + report.getId());
    }

    /** The year's answers of an organisation the confidant serves; anyone else is refused and audited. */
    @RolesAllowed(Roles.CONFIDANT)
    public FeedbackSummary summary(long organisationId, int year) {
        long me = Long.parseLong(session.getCallerPrincipal().getName());
        boolean serves = !em.createNativeQuery("select 1 from staff_organisation where staff_id = ?1 and organisation_id = ?2")
                .setParameter(1, me).setParameter(2, organisationId).getResultList().isEmpty();
        Organisation organisation = serves ? em.find(Organisation.class, organisationId) : null;
        if (organisation == null) {
            audit.recordIndependently(Actor.staff(me), AuditAction.ACCESS_DENIED, organisationId, "feedback");
            throw new AccessRefused("Not an organisation of this staff member");
        }
        List<Object[]> rows = em.createQuery("select f.heard, f.clarity, f.recommend from ReporterFeedback f"
                        + " where f.organisationId = :organisation and f.givenYear = :year", Object[].class)
                .setParameter("organisation", organisationId).setParameter("year", year).getResultList();
        int threshold = organisation.getSmallCountThreshold();
        boolean shown = rows.size() >= threshold;
        Map<String, Long> heard = shown ? counts(FeedbackAnswers.Heard.values(), rows, 0) : Map.of();
        Map<String, Long> clarity = shown ? counts(FeedbackAnswers.Clarity.values(), rows, 1) : Map.of();
        Map<String, Long> recommend = shown ? counts(FeedbackAnswers.Recommend.values(), rows, 2) : Map.of();
        return new FeedbackSummary(year, rows.size(), threshold, shown, heard, clarity, recommend);
    }

    private static Map<String, Long> counts(Enum<?>[] answers, List<Object[]> rows, int column) {
        Map<String, Long> counts = new LinkedHashMap<>();
        Arrays.stream(answers).forEach(a -> counts.put(a.name(), rows.stream().filter(r -> r[column] == a).count()));
        return counts;
    }

    private static boolean ended(Report report) {
        return report.getStatus() == ReportStatus.AFTERCARE || report.getStatus() == ReportStatus.CLOSED;
    }
}

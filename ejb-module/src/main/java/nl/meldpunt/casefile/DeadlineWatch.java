package nl.meldpunt.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.meldpunt.organisation.Organisation;
import nl.meldpunt.shared.DutchTime;

/**
 * The deadlines that press now (due soon or overdue) across all open reports, and the aftercare
 * check-ins of closed ones, for the confidants' reminder mails: the same rules as the work queue
 * ({@link Deadlines}), without any report content.
 */
@ApplicationScoped
public class DeadlineWatch {

    /** Which deadline. */
    public enum Kind { ACKNOWLEDGEMENT, FEEDBACK, STATUS_UPDATE, CHECKIN }

    /** The aftercare check-in is reminded this many days before it is due. */
    static final int CHECKIN_SOON_DAYS = 7;

    /** A deadline that is due soon or overdue, with the confidant the reporter chose (if any). */
    public record Pressing(long reportId, String caseCode, long organisationId, Long chosenConfidantId, Kind kind, LocalDate by,
                           Deadlines.Signal signal) {
    }

    @PersistenceContext(unitName = "meldpunt")
    private EntityManager em;

    public List<Pressing> pressing(Instant now) {
        List<Report> open = em.createQuery("select r from Report r where r.status in :open", Report.class)
                .setParameter("open", List.of(ReportStatus.NEW, ReportStatus.ACKNOWLEDGED, ReportStatus.IN_PROGRESS,
                        ReportStatus.AFTERCARE))
                .getResultList();
        Map<Long, Integer> intervals = new HashMap<>();
        em.createQuery("select o from Organisation o", Organisation.class).getResultStream()
                .forEach(o -> intervals.put(o.getId(), o.getStatusUpdateIntervalDays()));
        Map<Long, Instant> lastContact = ReportQueueService.lastContact(em, open);
        List<Pressing> pressing = new ArrayList<>();
        for (Report report : open) {
            Deadlines deadlines = Deadlines.of(report, lastContact.get(report.getId()), intervals.get(report.getOrganisationId()), now);
            add(pressing, report, Kind.ACKNOWLEDGEMENT, deadlines.acknowledgement());
            add(pressing, report, Kind.FEEDBACK, deadlines.feedback());
            add(pressing, report, Kind.STATUS_UPDATE, deadlines.statusUpdate());
        }
        // Closed cases whose aftercare check-in (has the reporter met retaliation?) is near or past.
        LocalDate today = DutchTime.dayOf(now);
        em.createQuery("""
                        select r from Report r where r.status = :closed and r.checkinDueOn <= :horizon and r.checkinAskedAt is null""",
                        Report.class)
                .setParameter("closed", ReportStatus.CLOSED).setParameter("horizon", today.plusDays(CHECKIN_SOON_DAYS))
                .getResultStream()
                .forEach(r -> add(pressing, r, Kind.CHECKIN, Deadlines.Deadline.of(r.getCheckinDueOn(), CHECKIN_SOON_DAYS, today)));
        return pressing;
    }

    private static void add(List<Pressing> pressing, Report report, Kind kind, Deadlines.Deadline deadline) {
        if (deadline.signal() == Deadlines.Signal.DUE_SOON || deadline.signal() == Deadlines.Signal.OVERDUE) {
            pressing.add(new Pressing(report.getId(), report.getCaseCode(), report.getOrganisationId(), report.getChosenConfidantId(),
                    kind, deadline.by(), deadline.signal()));
        }
    }
}

package nl.meldpunt.publication;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.meldpunt.organisation.OrganisationStatus;
import nl.meldpunt.shared.DutchTime;
import nl.meldpunt.shared.Period;

/**
 * The scheduler's bookkeeping, each step in a transaction of its own. Every change of a run's status
 * is a conditional update, so that two nodes (or two ticks) never both start or restart the same run.
 */
// An EJB, not a CDI bean: the batch module calls it, and only an EJB invocation switches to this
// module, whose persistence unit a CDI bean would not find from there. Internal: no page reaches it.
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
@PermitAll
public class PublicationPlanning {

    /** A running job writes a heartbeat at every chunk; one silent this long has died with its server. */
    public static final Duration SILENT_TOO_LONG = Duration.ofMinutes(10);
    /** A failed run is tried again after this pause (on a later tick). */
    static final Duration RETRY_AFTER = Duration.ofMinutes(1);

    @PersistenceContext(unitName = "meldpunt")
    private EntityManager em;

    @Inject
    private Clock clock;

    /** The schedules whose latest due period has no run yet. */
    public List<Long> schedulesDue() {
        LocalDate today = DutchTime.today(clock);
        // An archived organisation is no longer a client: its reports stop. A suspended one still has cases
        // being worked, so HR keep receiving theirs. (Two plain queries: with a subquery beside it EclipseLink
        // prints the boolean as 1, which the embedded H2 refuses.)
        java.util.Set<Long> archived = new java.util.HashSet<>(em.createQuery(
                        "select o.id from Organisation o where o.status = :archived", Long.class)
                .setParameter("archived", OrganisationStatus.ARCHIVED).getResultList());
        return em.createQuery("select s from PublicationSchedule s where s.active = true order by s.id", PublicationSchedule.class)
                .getResultStream()
                .filter(s -> !archived.contains(s.getOrganisationId()))
                .filter(s -> !hasRun(s.getId(), s.getFrequency().latestDuePeriod(s.getDayOfMonth(), today)))
                .map(PublicationSchedule::getId)
                .toList();
    }

    /** Queues the schedule's latest due run; false if there is one already (another node was quicker). */
    public boolean queueScheduled(long scheduleId) {
        PublicationSchedule schedule = em.find(PublicationSchedule.class, scheduleId);
        Period period = schedule.getFrequency().latestDuePeriod(schedule.getDayOfMonth(), DutchTime.today(clock));
        if (hasRun(scheduleId, period)) {
            return false;
        }
        em.persist(new PublicationRun(schedule.getOrganisationId(), schedule.getKind(), period, scheduleId, null, clock.instant()));
        em.flush(); // the unique key (schedule, period) refuses a second one here, inside this transaction
        return true;
    }

    /** Runs being made now (not silent), across the cluster. */
    public long runningCount() {
        return em.createQuery("select count(r) from PublicationRun r where r.status = :running and r.heartbeatAt >= :since",
                        Long.class)
                .setParameter("running", RunStatus.RUNNING).setParameter("since", clock.instant().minus(SILENT_TOO_LONG))
                .getSingleResult();
    }

    public List<Long> queued() {
        return em.createQuery("select r.id from PublicationRun r where r.status = :queued order by r.id", Long.class)
                .setParameter("queued", RunStatus.QUEUED).setMaxResults(20).getResultList(); // a few more than start at once
    }

    /** Failed runs due for another try, with the execution to restart (null: start afresh). */
    public List<PublicationRun> failedToRetry() {
        return em.createQuery("select r from PublicationRun r where r.status = :failed and r.heartbeatAt < :before order by r.id",
                        PublicationRun.class)
                .setParameter("failed", RunStatus.FAILED).setParameter("before", clock.instant().minus(RETRY_AFTER))
                .getResultList();
    }

    /** Runs that say they are running but have been silent too long: their server died (kill -9). */
    public List<PublicationRun> silentRunning() {
        return em.createQuery("select r from PublicationRun r where r.status = :running and r.heartbeatAt < :before order by r.id",
                        PublicationRun.class)
                .setParameter("running", RunStatus.RUNNING).setParameter("before", clock.instant().minus(SILENT_TOO_LONG))
                .getResultList();
    }

    /** Claims a run in {@code from} for starting: true for exactly one caller. */
    public boolean claim(long runId, RunStatus from) {
        return em.createQuery("""
                        update PublicationRun r set r.status = :running, r.heartbeatAt = :now, r.version = r.version + 1
                        where r.id = :id and r.status = :from""")
                .setParameter("running", RunStatus.RUNNING).setParameter("now", clock.instant())
                .setParameter("id", runId).setParameter("from", from)
                .executeUpdate() == 1;
    }

    /** Claims a silent run (its heartbeat unchanged since it was seen) for a restart. */
    public boolean claimSilent(long runId, Instant heartbeatSeen) {
        return em.createQuery("""
                        update PublicationRun r set r.heartbeatAt = :now, r.version = r.version + 1
                        where r.id = :id and r.status = :running and r.heartbeatAt = :seen""")
                .setParameter("running", RunStatus.RUNNING).setParameter("now", clock.instant())
                .setParameter("id", runId).setParameter("seen", heartbeatSeen)
                .executeUpdate() == 1;
    }

    public void startFailed(long runId, String reason) {
        PublicationRun run = em.find(PublicationRun.class, runId);
        run.notStarted(reason, clock.instant());
    }

    private boolean hasRun(long scheduleId, Period period) {
        return !em.createQuery("select r.id from PublicationRun r where r.scheduleId = :schedule and r.periodFrom = :from",
                        Long.class)
                .setParameter("schedule", scheduleId).setParameter("from", period.from())
                .setMaxResults(1).getResultList().isEmpty();
    }
}

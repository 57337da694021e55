package nl.meldpunt.publication;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.meldpunt.audit.Actor;
import nl.meldpunt.audit.AuditAction;
import nl.meldpunt.audit.AuditTrail;
import nl.meldpunt.shared.AccessRefused;
import nl.meldpunt.shared.DutchTime;
import nl.meldpunt.shared.Period;
import nl.meldpunt.shared.Roles;
import nl.meldpunt.staff.StaffAccount;
import nl.meldpunt.staff.StaffRole;

/**
 * HR's reports of the own organisation, for HR and its administrator: the runs with their progress and
 * files, downloads (audited), a report made now for the last full period, and (administrator) the
 * schedules with their HR recipients. Another organisation's file is refused and the attempt audited.
 */
@Stateless
@RolesAllowed({Roles.HR, Roles.ORG_ADMIN})
public class PublicationService {

    private static final int LISTED = 50;

    @PersistenceContext(unitName = "meldpunt")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** The newest runs of the own organisation, newest first. */
    public List<PublicationView> runs() {
        long organisationId = ownOrganisation();
        List<PublicationRun> runs = em.createQuery("select r from PublicationRun r where r.organisationId = :organisation"
                        + " order by r.createdAt desc, r.id desc", PublicationRun.class)
                .setParameter("organisation", organisationId).setMaxResults(LISTED).getResultList();
        Map<Long, List<PublicationView.FileView>> files = new HashMap<>();
        if (!runs.isEmpty()) {
            em.createQuery("select f.id, f.runId, f.format, f.fileName, f.sizeBytes, f.createdAt from PublicationFile f"
                            + " where f.runId in :runs order by f.id", Object[].class) // the kind's own order: PDF first
                    .setParameter("runs", runs.stream().map(PublicationRun::getId).toList())
                    .getResultStream()
                    .forEach(row -> files.computeIfAbsent((Long) row[1], k -> new java.util.ArrayList<>())
                            .add(new PublicationView.FileView((Long) row[0], (PublicationKind.Format) row[2], (String) row[3],
                                    ((Number) row[4]).longValue(), nl.meldpunt.shared.InstantConverter.fromQueryResult(row[5]))));
        }
        return runs.stream().map(r -> PublicationView.of(r, files.getOrDefault(r.getId(), List.of()))).toList();
    }

    /** A file of the own organisation; audited. */
    public Download download(long fileId) {
        long organisationId = ownOrganisation();
        PublicationFile file = em.find(PublicationFile.class, fileId);
        if (file == null) {
            throw new FileMissing("No report file " + fileId);
        }
        PublicationRun run = em.find(PublicationRun.class, file.getRunId());
        if (run.getOrganisationId() != organisationId) {
            audit.recordIndependently(Actor.staff(me().getId()), AuditAction.ACCESS_DENIED, organisationId, "publication-file:" + fileId);
            throw new AccessRefused("Not a file of the own organisation");
        }
        audit.record(AuditAction.PUBLICATION_DOWNLOADED, organisationId, "publication-file:" + fileId);
        return new Download(file.getFileName(), file.getContentType(), file.getContent());
    }

    /** Queues a report for the last full month, quarter or year; the scheduler starts it within seconds. */
    public long requestNow(PublicationKind kind, Period.Length length) {
        long organisationId = ownOrganisation();
        if (kind == null || length == null || kind == PublicationKind.ANNUAL && length != Period.Length.YEAR) {
            throw new ScheduleInvalid("Which report for which period? The annual report is made for a year.");
        }
        Period period = Period.of(length, DutchTime.today(clock)).before();
        PublicationRun run = new PublicationRun(organisationId, kind, period, null, me().getId(), clock.instant());
        em.persist(run);
        em.flush();
        audit.record(AuditAction.PUBLICATION_REQUESTED, organisationId, "publication-run:" + run.getId());
        return run.getId();
    }

    /** The own organisation's schedules, one per kind and frequency at most. */
    public List<ScheduleView> schedules() {
        return em.createQuery("select s from PublicationSchedule s where s.organisationId = :organisation order by s.id",
                        PublicationSchedule.class)
                .setParameter("organisation", ownOrganisation()).getResultStream()
                .map(s -> new ScheduleView(s.getKind(), s.getFrequency(), s.getDayOfMonth(), s.isAttachFiles(), s.isActive(),
                        s.getRecipientIds()))
                .toList();
    }

    /** The HR staff of the own organisation, who may receive reports: id and display name. */
    @RolesAllowed(Roles.ORG_ADMIN)
    public Map<Long, String> hrStaff() {
        long organisationId = ownOrganisation();
        return em.createQuery("select s from StaffAccount s where s.role = :hr and s.active = true", StaffAccount.class)
                .setParameter("hr", StaffRole.HR).getResultStream()
                .filter(s -> s.getOrganisationIds().contains(organisationId))
                .collect(Collectors.toMap(StaffAccount::getId, StaffAccount::getDisplayName, (a, b) -> a, java.util.TreeMap::new));
    }

    /** Creates or changes the schedule for a kind and frequency; recipients must be HR of the own organisation. */
    @RolesAllowed(Roles.ORG_ADMIN)
    public void saveSchedule(ScheduleView schedule) {
        long organisationId = ownOrganisation();
        if (schedule == null || schedule.kind() == null || schedule.frequency() == null
                || schedule.dayOfMonth() < 1 || schedule.dayOfMonth() > Frequency.LAST_DAY) {
            throw new ScheduleInvalid("A schedule needs a report, a frequency and a day from 1 to " + Frequency.LAST_DAY);
        }
        Set<Long> allowed = hrStaff().keySet();
        if (!allowed.containsAll(schedule.recipientIds())) {
            throw new ScheduleInvalid("Recipients must be HR staff of the own organisation");
        }
        PublicationSchedule existing = em.createQuery("select s from PublicationSchedule s where s.organisationId = :organisation"
                        + " and s.kind = :kind and s.frequency = :frequency", PublicationSchedule.class)
                .setParameter("organisation", organisationId).setParameter("kind", schedule.kind())
                .setParameter("frequency", schedule.frequency()).getResultStream().findFirst().orElse(null);
        if (existing == null) {
            existing = new PublicationSchedule(organisationId, schedule.kind(), schedule.frequency());
            existing.change(schedule.dayOfMonth(), schedule.attachFiles(), schedule.active(), schedule.recipientIds());
            em.persist(existing);
            em.flush();
        } else {
            existing.change(schedule.dayOfMonth(), schedule.attachFiles(), schedule.active(), schedule.recipientIds());
        }
        audit.record(AuditAction.PUBLICATION_SCHEDULE_CHANGED, organisationId, "publication-schedule:" + existing.getId());
    }

    private long ownOrganisation() {
        return me().getOrganisationIds().stream().findFirst()
                .orElseThrow(() -> new AccessRefused("Staff account without organisation"));
    }

    private StaffAccount me() {
        return em.find(StaffAccount.class, Long.valueOf(session.getCallerPrincipal().getName()));
    }
}

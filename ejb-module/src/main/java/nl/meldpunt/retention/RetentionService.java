package nl.meldpunt.retention;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import nl.meldpunt.audit.Actor;
import nl.meldpunt.audit.AuditAction;
import nl.meldpunt.audit.AuditTrail;
import nl.meldpunt.casefile.Report;
import nl.meldpunt.casefile.ReportStatus;
import nl.meldpunt.notification.AddressPurge;
import nl.meldpunt.organisation.Organisation;
import nl.meldpunt.security.CaseKeys;
import nl.meldpunt.shared.AccessRefused;
import nl.meldpunt.shared.Roles;
import nl.meldpunt.staff.StaffAccount;

/**
 * Anonymises cases after their organisation's retention period (see {@link RetentionPeriod}), made to
 * be called by the retention batch job chunk by chunk: {@link #countDue} for the dry run and the job's
 * total, {@link #dueCases} for a reader that checkpoints the last id, {@link #anonymise} per case (each
 * in a transaction of its own, idempotent), and {@link #recordRun} once per run and organisation for
 * the audit trail and the log, with counts only.
 *
 * <p>The job has no caller of its own: it calls through an EJB annotated {@code @RunAs(Roles.SYSTEM)}.
 * No person has that role; an organisation admin may only ask {@link #countDue} for the own organisation.
 */
@Stateless
@RolesAllowed(Roles.SYSTEM)
public class RetentionService {

    private static final Logger LOG = Logger.getLogger(RetentionService.class.getName());

    @PersistenceContext(unitName = "meldpunt")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private AuditTrail audit;

    @Inject
    private CaseKeys caseKeys;

    @Inject
    private AddressPurge addresses;

    @Inject
    private Clock clock;

    /**
     * How many cases of the organisation the next run would anonymise, by the clock now (the dry run).
     * For the job, and for the organisation admin of that organisation only: another organisation is
     * refused and audited.
     */
    @RolesAllowed({Roles.SYSTEM, Roles.ORG_ADMIN})
    public long countDue(long organisationId) {
        Organisation organisation = organisationOfCaller(organisationId);
        if (organisation == null) {
            return 0;
        }
        return due("select count(r)", organisation, 0, Long.class).getSingleResult();
    }

    /** Up to {@code size} ids of due cases of the organisation after {@code afterId}, in id order (0 for the start). */
    public List<Long> dueCases(long organisationId, long afterId, int size) {
        Organisation organisation = em.find(Organisation.class, organisationId);
        if (organisation == null || size < 1) {
            return List.of();
        }
        return due("select r.id", organisation, afterId, Long.class).setMaxResults(Math.min(size, 1000)).getResultList();
    }

    /**
     * Anonymises one case, if it is still due: the story (sealed answers), messages and attachments are
     * deleted; the notes of steps and referrals and the texts of breach and peer-consultation records are
     * removed while their kinds and dates stay; the data key and the password hash go; the address leaves
     * the vault. The report's structured fields, its dates and the registration form stay for the register
     * and the annual report. Returns false, changing nothing, for an unknown case, one that is anonymised
     * already or one that is not due (open, or ended too recently).
     */
    public boolean anonymise(long reportId) {
        // Locked, so that two nodes of a cluster, or a rerun of a chunk, cannot both do the work.
        Report report = em.find(Report.class, reportId, LockModeType.PESSIMISTIC_WRITE);
        if (report == null || report.isAnonymised()) {
            return false;
        }
        Organisation organisation = em.find(Organisation.class, report.getOrganisationId());
        Instant now = clock.instant();
        Instant ended = RetentionPeriod.endOf(report.getStatus(), report.getClosedAt(), report.getWithdrawnAt());
        if (!new RetentionPeriod(organisation.getRetentionMonths()).isDue(report.getStatus(), ended, now)) {
            return false;
        }
        for (String statement : List.of(
                "delete from report_message where report_id = ?1",
                "delete from report_attachment where report_id = ?1",
                "update case_step set sealed_note = null where report_id = ?1",
                "update case_referral set sealed_note = null where report_id = ?1",
                "update confidentiality_breach set sealed_informed = null, sealed_explanation = null where report_id = ?1",
                "update peer_consultation set sealed_note = null where report_id = ?1")) {
            em.createNativeQuery(statement).setParameter(1, report.getId()).executeUpdate();
        }
        report.anonymise(now);
        caseKeys.shred(report.getCaseCode()); // issue 17: every person's copy of the case key goes too
        em.flush();
        // Last: only once the case's own rows are done. The vault commits on its own; should this
        // transaction still fail, the case stays due and the next run does it again.
        addresses.removeAddressOf(report.getCaseCode());
        return true;
    }

    /** One audit entry and one log line for a finished run of one organisation, with counts only. */
    public void recordRun(RetentionSummary summary) {
        audit.record(Actor.SYSTEM, AuditAction.RETENTION_RUN, summary.organisationId(), summary.auditSubject());
        LOG.info(() -> "Retention run for organisation " + summary.organisationId() + ": " + summary.due() + " due, "
                + summary.anonymised() + " anonymised, " + summary.skipped() + " skipped");
    }

    /**
     * The last nightly run (table retention_run, kept by the retention job) with what it did for the
     * organisation, for its organisation admin only; null before the first run.
     */
    @RolesAllowed(Roles.ORG_ADMIN)
    public RetentionRunView lastRun(long organisationId) {
        organisationOfCaller(organisationId);
        List<?> rows = em.createNativeQuery("""
                select r.run_day, r.started_at, r.ended_at, r.status, o.anonymised from retention_run r
                left join retention_run_result o on o.run_day = r.run_day and o.organisation_id = ?1
                order by r.run_day desc""").setParameter(1, organisationId).setMaxResults(1).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] row = (Object[]) rows.get(0);
        String status = (String) row[3];
        Long anonymised = row[4] != null ? Long.valueOf(((Number) row[4]).longValue()) : "COMPLETED".equals(status) ? Long.valueOf(0) : null;
        return new RetentionRunView(day(row[0]), instant(row[1]), instant(row[2]), status, anonymised);
    }

    /** A DATE column as the driver gives it (java.sql.Date, or LocalDate). */
    private static java.time.LocalDate day(Object value) {
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (value instanceof java.util.Date date) {
            return new java.sql.Date(date.getTime()).toLocalDate();
        }
        return (java.time.LocalDate) value;
    }

    /** A TIMESTAMP WITH TIME ZONE column as the driver gives it. */
    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof java.util.Date date) {
            return date.toInstant();
        }
        return (Instant) value;
    }

    private <T> TypedQuery<T> due(String select, Organisation organisation, long afterId, Class<T> type) {
        Instant cutoff = new RetentionPeriod(organisation.getRetentionMonths()).cutoff(clock.instant());
        return em.createQuery(select + """
                         from Report r where r.organisationId = :organisation and r.anonymisedAt is null and r.id > :after
                        and ((r.status = :closed and r.closedAt < :cutoff) or (r.status = :withdrawn and r.withdrawnAt < :cutoff))
                        """ + (select.startsWith("select count") ? "" : " order by r.id"), type)
                .setParameter("organisation", organisation.getId())
                .setParameter("after", afterId)
                .setParameter("closed", ReportStatus.CLOSED)
                .setParameter("withdrawn", ReportStatus.WITHDRAWN)
                .setParameter("cutoff", cutoff);
    }

    /** The organisation, if the caller may ask about it: the job always, an admin only the own one. */
    private Organisation organisationOfCaller(long organisationId) {
        if (session.isCallerInRole(Roles.ORG_ADMIN)) {
            StaffAccount me = em.find(StaffAccount.class, Long.valueOf(session.getCallerPrincipal().getName()));
            if (!me.getOrganisationIds().contains(organisationId)) {
                audit.recordIndependently(Actor.staff(me.getId()), AuditAction.ACCESS_DENIED, organisationId,
                        "retention:" + organisationId);
                throw new AccessRefused("Not the organisation of this organisation admin");
            }
        }
        return em.find(Organisation.class, organisationId);
    }
}

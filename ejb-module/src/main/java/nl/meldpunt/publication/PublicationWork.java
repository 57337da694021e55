package nl.meldpunt.publication;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import nl.meldpunt.notification.MailPlanner;
import nl.meldpunt.organisation.Organisation;
import nl.meldpunt.shared.DutchTime;
import nl.meldpunt.trend.TrendCounting;

/**
 * The batch jobs' bookkeeping and reading, each call in a transaction of its own: Jakarta Batch runs
 * a chunk in a transaction on its own job repository, and the application's database must not join
 * it (two non-XA resources). Reading is idempotent; {@link #publish} stores a run's files, queues its
 * mails and marks it done in one transaction, and does nothing for a run already done — so a chunk
 * replayed after a crash cannot make a second output or a second mail.
 */
// An EJB, not a CDI bean: the batch module calls it, and only an EJB invocation switches to this
// module, whose persistence unit a CDI bean would not find from there. Internal: no page reaches it.
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
@PermitAll
public class PublicationWork {

    private static final Logger LOG = Logger.getLogger(PublicationWork.class.getName());

    @PersistenceContext(unitName = "meldpunt")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private TrendCounting counting;

    @Inject
    private MailPlanner mails;

    @Inject
    private nl.meldpunt.annual.AnnualReportTexts annualTexts;

    @Inject
    private nl.meldpunt.practice.PracticeActivities practiceActivities;

    /** Marks the run as being made by this job execution, and says what to make. */
    public RunPlan begin(long runId, long executionId) {
        PublicationRun run = em.find(PublicationRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
        if (run.getStatus() != RunStatus.DONE) {
            run.startedAs(executionId, clock.instant());
        }
        Organisation organisation = em.find(Organisation.class, run.getOrganisationId());
        return new RunPlan(runId, organisation.getId(), organisation.getName(), "nl", organisation.getSmallCountThreshold(),
                run.getKind(), run.period(), organisation.getDepartments());
    }

    public boolean isDone(long runId) {
        return em.find(PublicationRun.class, runId).getStatus() == RunStatus.DONE;
    }

    public void progress(long runId, int done, int total) {
        PublicationRun run = em.find(PublicationRun.class, runId);
        if (run.getStatus() == RunStatus.RUNNING) {
            run.progress(done, total, clock.instant());
        }
    }

    /** Reports submitted in the month, counted by kind and department (the trends page's counting). */
    public List<TrendCounting.Count> submittedCounts(long organisationId, YearMonth month) {
        return counting.counts(organisationId, TrendCounting.Basis.SUBMITTED, nl.meldpunt.shared.Period.monthOf(month.atDay(1)));
    }

    /** The cases closed in the month, as register lines. */
    public List<RegisterLine> closedCases(long organisationId, YearMonth month) {
        List<Object[]> rows = em.createQuery("""
                        select r.category, r.subcategory, r.relation, r.track, r.channel, g.department, g.adviceGiven,
                        g.referrals, g.formalSteps, g.sanctionConsidered, g.policeReportConsidered, g.outcome, r.checkinAskedAt
                        from Report r left join CaseRegistration g on g.reportId = r.id
                        where r.organisationId = :organisation and r.closedAt >= :from and r.closedAt < :to
                        order by r.id""", Object[].class)
                .setParameter("organisation", organisationId)
                .setParameter("from", startOf(month.atDay(1)))
                .setParameter("to", startOf(month.plusMonths(1).atDay(1)))
                .getResultList();
        return rows.stream().map(row -> new RegisterLine(month,
                row[1] != null ? (String) row[1] : (String) row[0],
                (String) row[2],
                row[3] == null ? null : row[3].toString(),
                row[4] == null ? null : row[4].toString(),
                row[5] == null ? "" : ((String) row[5]).strip(),
                split(row[6]), split(row[7]), split(row[8]),
                Boolean.TRUE.equals(row[9]), Boolean.TRUE.equals(row[10]),
                (String) row[11],
                row[12] != null)).toList();
    }

    /** The confidant's own texts of the organisation's annual report for the year, and whether they are final. */
    public record AnnualTexts(java.util.Map<nl.meldpunt.annual.Section, String> texts, boolean isFinal) implements java.io.Serializable {
    }

    public AnnualTexts annualTexts(long organisationId, int year) {
        return new AnnualTexts(annualTexts.finalOrDraftTexts(organisationId, year), annualTexts.isFinal(organisationId, year));
    }

    /** The confidant's activities for the organisation in the year, counted per kind (issue 14, item 5). */
    public nl.meldpunt.practice.ActivityYear practiceActivities(long organisationId, int year) {
        return practiceActivities.countsFor(organisationId, year);
    }

    /** The confidant's advice to the organisation (the trends page keeps it), newest first. */
    public List<String> adviceTo(long organisationId) {
        return em.createQuery("select a.advice from OrganisationAdvice a where a.organisationId = :organisation"
                        + " order by a.writtenAt desc", String.class)
                .setParameter("organisation", organisationId).setMaxResults(20).getResultList();
    }

    /**
     * Stores the files, queues one mail per recipient of the run's schedule and marks the run done, all
     * at once; false (and nothing changed) when the run was done already.
     */
    public boolean publish(long runId, Map<PublicationKind.Format, byte[]> files, String fileNameBase) {
        PublicationRun run = em.find(PublicationRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
        if (run.getStatus() == RunStatus.DONE) {
            return false;
        }
        Instant now = clock.instant();
        for (PublicationKind.Format format : run.getKind().formats()) {
            byte[] content = files.get(format);
            if (content == null) {
                throw new IllegalStateException("Run " + runId + " has no " + format + " file");
            }
            em.persist(new PublicationFile(runId, format, fileNameBase + "." + format.extension(), content, now));
        }
        int queued = 0;
        int recipients = 0;
        if (run.getScheduleId() != null) {
            PublicationSchedule schedule = em.find(PublicationSchedule.class, run.getScheduleId());
            recipients = schedule.getRecipientIds().size();
            for (Long staffId : schedule.getRecipientIds()) {
                if (mails.queuePublicationMail(run.getOrganisationId(), staffId, runId, fileNameBase, now)) {
                    queued++;
                }
            }
        }
        run.done(now);
        LOG.info("Report run " + runId + " done: " + files.size() + " files, " + queued + " mails queued for "
                + recipients + " recipients");
        return true;
    }

    /** Records a failed try with a reason a person can read (the exception's message, never data). */
    public void failed(long runId, String reason) {
        PublicationRun run = em.find(PublicationRun.class, runId);
        if (run != null && run.getStatus() != RunStatus.DONE) {
            run.failed(reason, clock.instant());
        }
    }

    private static List<String> split(Object joined) {
        return joined == null ? List.of() : Arrays.asList(((String) joined).split(","));
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(DutchTime.ZONE).toInstant();
    }
}

package nl.meldpunt.batch.retention;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.meldpunt.batch.BatchRepositorySetup;
import nl.meldpunt.batch.DeadExecutions;
import nl.meldpunt.shared.DutchTime;

/**
 * Starts the retention job once per Dutch day, in the night: at the first tick at or after 02:00 and
 * before 06:00 (a server that is down all night leaves the day out; the next night catches up, and a
 * day later makes no difference to a period counted in months). Once per day across a cluster: the
 * persistent timer fires on one node, and the day's row in {@code retention_run} (its primary key) is
 * claimed by one node only. The job repository's own instances would not do: two nodes starting the
 * job at the same moment each get an instance of their own.
 *
 * <p>Each tick also looks after the last week's unfinished runs: a FAILED run is restarted from its
 * checkpoint, at most {@value #MAX_ATTEMPTS} times; a run silent for {@link #SILENCE} and not running
 * in this server (its server died: the job repository still says STARTED, which Jakarta Batch cannot
 * restart) has its execution marked FAILED in the job repository and is then restarted from its
 * checkpoint. Times come from the injected {@link Clock}.
 */
@Singleton
@Startup
// Depends on its bookkeeping, so that it is still there while the jobs stop at undeployment.
@DependsOn({"ejb-module.jar#SchemaMigration", "BatchRepositorySetup", "RetentionRuns", "RetentionCalls"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionScheduler {

    /** The job in META-INF/batch-jobs. */
    public static final String JOB = "retention";

    /** The night's window, Dutch time: from 02:00 up to (not including) 06:00. */
    static final int FIRST_HOUR = 2;
    static final int LAST_HOUR = 6;

    /** Tries after the first one that failed. */
    static final int MAX_ATTEMPTS = 3;

    /** A running job beats after every chunk; one silent this long has died with its server. */
    static final Duration SILENCE = Duration.ofMinutes(10);

    private static final Logger LOG = Logger.getLogger(RetentionScheduler.class.getName());

    @Inject
    private Clock clock;

    @Inject
    private RetentionRuns runs;

    @Resource(lookup = BatchRepositorySetup.DATASOURCE)
    private DataSource batchRepository;

    private final AtomicBoolean running = new AtomicBoolean();

    @Schedule(hour = "*", minute = "*", second = "*/20", persistent = true, info = "Meldpunt retention")
    void everyTwentySeconds() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            tick();
        } catch (RuntimeException | java.util.ServiceConfigurationError e) {
            // Also when the batch runtime cannot start (its provider fails): the timer must stay.
            if (nl.meldpunt.shared.Undeployment.explains(e)) {
                LOG.fine("Retention scheduling skipped: the application is stopping");
            } else if (nl.meldpunt.shared.DatabaseOutage.explains(e)) {
                LOG.warning("Retention scheduling skipped: the database cannot be reached; the next tick tries again");
            } else {
                LOG.log(Level.WARNING, "Retention scheduling failed this time; the next tick tries again", e);
            }
        } finally {
            running.set(false);
        }
    }

    void tick() {
        // Only when there is something to start: most ticks touch nothing but retention_run.
        java.util.function.Supplier<JobOperator> jobs = BatchRuntime::getJobOperator;
        ZonedDateTime now = clock.instant().atZone(DutchTime.ZONE);
        LocalDate today = now.toLocalDate();
        if (now.getHour() >= FIRST_HOUR && now.getHour() < LAST_HOUR && runs.claimDay(today)) {
            LOG.info("Retention run of " + today + " starts");
            start(jobs.get(), today, null);
        }
        for (RetentionRuns.Run run : runs.unfinished()) {
            if (RetentionJobListener.runningHere(run.day())) {
                continue; // alive in this server, only quiet (or the clock moved)
            }
            if (RetentionRuns.FAILED.equals(run.status()) && run.attempts() < MAX_ATTEMPTS
                    && runs.claimRetry(run.day(), run.attempts())) {
                LOG.info("Retention run of " + run.day() + " failed; try " + (run.attempts() + 1) + " of " + MAX_ATTEMPTS);
                start(jobs.get(), run.day(), restartable(jobs.get(), run.executionId()));
            } else if (!RetentionRuns.FAILED.equals(run.status()) && run.attempts() < MAX_ATTEMPTS
                    && run.heartbeatAt().isBefore(clock.instant().minus(SILENCE)) && runs.claimSilent(run.day(), SILENCE)) {
                LOG.warning("Retention run of " + run.day() + " was silent too long (its server stopped?): restarting it");
                start(jobs.get(), run.day(), DeadExecutions.markFailed(jobs.get(), batchRepository, run.executionId()));
            }
        }
    }

    /**
     * At undeployment or shutdown the retention jobs running here are asked to stop after their current
     * chunk: they end as STOPPED, and the next tick (here or on another node) restarts a scheduled one
     * from its checkpoint, rather than letting it fail halfway against a container that is going away.
     */
    @PreDestroy
    void stopJobsRunningHere() {
        if (RetentionJobListener.executionsHere().isEmpty()) {
            return;
        }
        JobOperator jobs = BatchRuntime.getJobOperator();
        for (Long execution : RetentionJobListener.executionsHere()) {
            try {
                jobs.stop(execution);
            } catch (RuntimeException e) {
                LOG.fine(() -> "Execution " + execution + " could not be stopped: " + e);
            }
        }
        for (int i = 0; i < 100 && !RetentionJobListener.executionsHere().isEmpty(); i++) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Claims {@code day} and starts its run at once, as a tick in the night does (the scheduler then looks after it
     * like any other run); {@code extra} job parameters are for the tests (itemCount, pauseMillis). Started from
     * here, the run belongs to the scheduler: Jakarta Batch lets only the identity that started a job restart it.
     *
     * @return the execution id, or null when the day has a run already
     */
    public Long startRunOf(LocalDate day, Properties extra) {
        if (!runs.claimDay(day)) {
            return null;
        }
        Properties parameters = new Properties();
        parameters.putAll(extra);
        parameters.setProperty(JobParameters.RUN_DAY, day.toString());
        return BatchRuntime.getJobOperator().start(JOB, parameters);
    }

    private void start(JobOperator jobs, LocalDate day, Long previousExecution) {
        // A restart gets its parameters again: Jakarta Batch does not carry the first ones over.
        Properties parameters = new Properties();
        parameters.setProperty(JobParameters.RUN_DAY, day.toString());
        try {
            if (previousExecution == null) {
                jobs.start(JOB, parameters);
            } else {
                jobs.restart(previousExecution, parameters);
            }
        } catch (RuntimeException e) {
            if (nl.meldpunt.shared.Undeployment.artifactsMissing(e)) {
                LOG.info(() -> "Retention run of " + day + " could not be started now (the application is being deployed or stopped);"
                        + " it is tried again: " + e.getMessage());
            } else {
                LOG.log(Level.WARNING, "Retention run of " + day + " could not be started", e);
            }
            runs.startFailed(day, e.getClass().getSimpleName());
        }
    }

    /** The execution to restart, or null (start afresh) when there is none that can be. */
    private static Long restartable(JobOperator jobs, Long executionId) {
        if (executionId == null) {
            return null;
        }
        BatchStatus status = jobs.getJobExecution(executionId).getBatchStatus();
        return status == BatchStatus.FAILED || status == BatchStatus.STOPPED ? executionId : null;
    }
}

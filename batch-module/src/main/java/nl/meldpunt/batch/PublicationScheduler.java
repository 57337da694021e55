package nl.meldpunt.batch;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.meldpunt.batch.job.RunningHere;
import nl.meldpunt.publication.PublicationPlanning;
import nl.meldpunt.publication.PublicationRun;
import nl.meldpunt.publication.RunStatus;

/**
 * Starts HR's reports (package {@code nl.meldpunt.publication} keeps their bookkeeping). A persistent timer fires once in a cluster (as the outbox's does); every change
 * of a run is a conditional update besides. Each tick queues the runs that schedules have made due,
 * starts queued runs as Jakarta Batch jobs, restarts failed runs from their last checkpoint (a bounded
 * number of times), and deals deliberately with runs whose server died: their job execution is still
 * STARTED in the job repository, which Jakarta Batch cannot restart, so it is marked FAILED there first
 * and then restarted from its checkpoint.
 */
@Singleton
@Startup
// Depends on the bookkeeping beans, so that they are still there while it stops the jobs at undeployment.
@DependsOn({"ejb-module.jar#SchemaMigration", "BatchRepositorySetup", "ejb-module.jar#PublicationWork",
        "ejb-module.jar#PublicationPlanning"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PublicationScheduler {

    /** How many report runs are made at the same time (in the cluster). */
    static final int AT_ONCE = 4;

    /** The job in META-INF/batch-jobs. */
    public static final String JOB = "publication";

    private static final Logger LOG = Logger.getLogger(PublicationScheduler.class.getName());

    @Inject
    private PublicationPlanning planning;

    @Resource(lookup = BatchRepositorySetup.DATASOURCE)
    private DataSource batchRepository;

    /** Starts the next queued run as soon as one ends, rather than at the next tick. */
    @Resource
    private ManagedExecutorService executor;

    private final AtomicBoolean running = new AtomicBoolean();

    /** One starter at a time in this server, so that the tick and an ended job do not both fill a free place. */
    private final Object starting = new Object();

    @PostConstruct
    void startNextWhenOneEnds() {
        RunningHere.whenOneEnds(() -> {
            try {
                executor.execute(this::startNextQuietly);
            } catch (RuntimeException e) {
                LOG.fine(() -> "The next report run waits for the tick: " + e); // stopping
            }
        });
    }

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = true, info = "Meldpunt reports for HR")
    void everyTenSeconds() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            tick();
        } catch (RuntimeException e) {
            if (nl.meldpunt.shared.Undeployment.explains(e)) {
                LOG.fine("Report scheduling skipped: the application is stopping");
            } else if (nl.meldpunt.shared.DatabaseOutage.explains(e)) {
                LOG.warning("Report scheduling skipped: the database cannot be reached; the next tick tries again");
            } else {
                LOG.log(Level.WARNING, "Report scheduling failed this time; the next tick tries again", e);
            }
        } finally {
            running.set(false);
        }
    }

    void tick() {
        for (Long scheduleId : planning.schedulesDue()) {
            try {
                planning.queueScheduled(scheduleId);
            } catch (RuntimeException e) {
                // Another node queued the same period a moment earlier: the unique key refused ours.
                LOG.fine(() -> "Schedule " + scheduleId + " was queued elsewhere");
            }
        }
        JobOperator jobs = BatchRuntime.getJobOperator();
        startQueued(jobs);
        for (PublicationRun run : planning.failedToRetry()) {
            if (RunningHere.contains(run.getId())) {
                continue;
            }
            if (planning.claim(run.getId(), RunStatus.FAILED)) {
                start(jobs, run.getId(), run.getJobExecutionId());
            }
        }
        for (PublicationRun run : planning.silentRunning()) {
            if (RunningHere.contains(run.getId())) {
                continue; // alive in this server, only quiet (or the clock moved)
            }
            if (planning.claimSilent(run.getId(), run.getHeartbeatAt())) {
                LOG.warning("Report run " + run.getId() + " was silent too long (its server stopped?): restarting it");
                start(jobs, run.getId(), DeadExecutions.markFailed(jobs, batchRepository, run.getJobExecutionId()));
            }
        }
    }

    /**
     * A few at a time: rendering a report with its charts takes memory and both cores, and a thousand
     * runs queued at once (every organisation's quarter) must not all render together in one heap.
     */
    private void startQueued(JobOperator jobs) {
        synchronized (starting) {
            long free = AT_ONCE - planning.runningCount();
            if (free <= 0) {
                return;
            }
            for (Long runId : planning.queued()) {
                if (free <= 0) {
                    break;
                }
                if (planning.claim(runId, RunStatus.QUEUED)) {
                    start(jobs, runId, null);
                    free--;
                }
            }
        }
    }

    private void startNextQuietly() {
        try {
            startQueued(BatchRuntime.getJobOperator());
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "The next report run waits for the tick", e);
        }
    }

    /**
     * Starts the job for a run now, with extra job parameters (the tests' failAfterChunks and pauseMillis).
     * Jakarta Batch lets only the module that started a job restart it, so every start and restart of
     * the report job goes through this bean. Answers the execution id.
     */
    public long startRun(long runId, Properties extra) {
        Properties parameters = new Properties();
        parameters.putAll(extra);
        parameters.setProperty("runId", Long.toString(runId));
        return BatchRuntime.getJobOperator().start(JOB, parameters);
    }

    /**
     * At undeployment or shutdown the jobs running here are asked to stop after their current chunk, so
     * that they end as STOPPED (and are restarted from their checkpoint later) rather than failing
     * halfway against a container that is going away.
     */
    @PreDestroy
    void stopJobsRunningHere() {
        RunningHere.whenOneEnds(() -> { });
        JobOperator jobs = BatchRuntime.getJobOperator();
        for (Long execution : RunningHere.executions()) {
            try {
                jobs.stop(execution);
            } catch (RuntimeException e) {
                LOG.fine(() -> "Execution " + execution + " could not be stopped: " + e);
            }
        }
        for (int i = 0; i < 100 && !RunningHere.isEmpty(); i++) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void start(JobOperator jobs, long runId, Long previousExecution) {
        // A restart gets its parameters again: Jakarta Batch does not carry the first ones over.
        Properties parameters = new Properties();
        parameters.setProperty("runId", Long.toString(runId));
        try {
            if (previousExecution == null) {
                jobs.start(JOB, parameters);
            } else {
                jobs.restart(previousExecution, parameters);
            }
        } catch (RuntimeException e) {
            if (nl.meldpunt.shared.Undeployment.artifactsMissing(e)) {
                // A tick while the application is being (un)deployed: no fault of ours, and no stack trace in the log.
                LOG.info(() -> "Report run " + runId + " could not be started now (the application is being deployed or stopped);"
                        + " it is tried again: " + e.getMessage());
            } else {
                LOG.log(Level.WARNING, "Report run " + runId + " could not be started", e);
            }
            planning.startFailed(runId, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}

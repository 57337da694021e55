package nl.meldpunt.batch.retention;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Keeps the day's run up to date: running as this execution when the job begins (also after a
 * restart), completed or failed with its reason when it ends. Also knows which days' jobs run in this
 * server right now, so that the scheduler never takes a living run for a dead one.
 */
@Named
@Dependent
public class RetentionJobListener extends AbstractJobListener {

    private static final Logger LOG = Logger.getLogger(RetentionJobListener.class.getName());

    private static final Set<LocalDate> RUNNING_HERE = ConcurrentHashMap.newKeySet();
    private static final Set<Long> EXECUTIONS_HERE = ConcurrentHashMap.newKeySet();

    @Inject
    private JobContext job;

    @Inject
    private RetentionRuns runs;

    static boolean runningHere(LocalDate day) {
        return RUNNING_HERE.contains(day);
    }

    /** The executions of the job running in this server now (scheduled or started by hand). */
    static Set<Long> executionsHere() {
        return Set.copyOf(EXECUTIONS_HERE);
    }

    @Override
    public void beforeJob() {
        EXECUTIONS_HERE.add(job.getExecutionId());
        LocalDate day = JobParameters.runDay(job);
        if (day != null) {
            RUNNING_HERE.add(day);
            runs.executionStarted(day, job.getExecutionId());
        }
    }

    @Override
    public void afterJob() {
        LocalDate day = JobParameters.runDay(job);
        boolean failed = job.getBatchStatus() == BatchStatus.FAILED || job.getBatchStatus() == BatchStatus.STOPPING
                || job.getBatchStatus() == BatchStatus.STOPPED;
        String reason = job.getExitStatus() != null && !job.getExitStatus().equals(job.getBatchStatus().name())
                ? job.getExitStatus() : "Job " + job.getBatchStatus();
        if (failed) {
            LOG.warning("Retention job execution " + job.getExecutionId() + " ended without finishing: " + reason);
        } else {
            LOG.info("Retention job execution " + job.getExecutionId() + " finished");
        }
        try {
            if (day != null) {
                try {
                    runs.ended(day, !failed, reason);
                } finally {
                    RUNNING_HERE.remove(day);
                }
            }
        } finally {
            EXECUTIONS_HERE.remove(job.getExecutionId());
        }
    }
}

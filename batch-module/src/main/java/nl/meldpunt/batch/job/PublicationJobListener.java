package nl.meldpunt.batch.job;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;
import nl.meldpunt.publication.PublicationWork;

/** A job that ends without publishing records why on its run, for the admin page and the next try. */
@Named
@Dependent
public class PublicationJobListener extends AbstractJobListener {

    private static final Logger LOG = Logger.getLogger(PublicationJobListener.class.getName());

    @Inject
    private JobContext job;

    @Inject
    private PublicationWork work;

    @Override
    public void beforeJob() {
        RunningHere.started(Long.parseLong(job.getProperties().getProperty("runId")), job.getExecutionId());
    }

    @Override
    public void afterJob() {
        long run = Long.parseLong(job.getProperties().getProperty("runId"));
        RunningHere.ended(run);
        if (job.getBatchStatus() == BatchStatus.FAILED || !Stopping.guard(() -> work.isDone(run))) {
            String reason = job.getExitStatus() != null && !job.getExitStatus().equals(job.getBatchStatus().name())
                    ? job.getExitStatus() : "Job " + job.getBatchStatus();
            LOG.warning("Report run " + run + " ended without its report: " + reason);
            Stopping.guard(() -> work.failed(run, reason));
        }
        RunningHere.oneEnded();
    }
}

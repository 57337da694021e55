package nl.meldpunt.batch.job;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.meldpunt.batch.compose.Composers;
import nl.meldpunt.publication.PublicationWork;
import nl.meldpunt.publication.RunPlan;

/**
 * Adds each month's counts to the {@link Tally} (its checkpoint) and, at the publishing item, has the
 * report rendered and published. Publishing is idempotent, so a replayed last chunk does nothing twice.
 */
@Named
@Dependent
public class PublicationWriter extends AbstractItemWriter {

    @Inject
    private JobContext job;

    @Inject
    private PublicationWork work;

    @Inject
    private Composers composers;

    private Tally tally;

    /** Chunks written by this execution (a restart begins again at 0). */
    private int chunksWritten;

    @Override
    public void open(Serializable checkpoint) {
        tally = checkpoint == null ? new Tally() : (Tally) checkpoint;
    }

    @Override
    public void writeItems(List<Object> items) {
        RunPlan plan = (RunPlan) job.getTransientUserData();
        for (Object item : items) {
            if (item instanceof MonthCounts counts) {
                tally.add(counts);
            } else if (((Unit) item).isPublish()) {
                var files = Stopping.guard(() -> composers.render(plan, tally.submitted(), tally.closed()));
                Stopping.guard(() -> work.publish(plan.runId(), files, composers.fileNameBase(plan)));
            }
        }
        Stopping.guard(() -> work.progress(plan.runId(), tally.monthsCounted(), plan.months().size() + 1));
        failOnRequest();
        pauseOnRequest();
    }

    /** A pause after each chunk on request (job parameter pauseMillis): a long run to stop in the middle, in tests. */
    private void pauseOnRequest() {
        String pause = job.getProperties().getProperty("pauseMillis");
        if (pause != null && pause.matches("\\d{1,6}")) {
            try {
                Thread.sleep(Long.parseLong(pause));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * A failure on request (job parameter failAfterChunks), only in a first execution: to test restarts.
     * The chunk it fails in is rolled back; the ones before it are committed.
     */
    private void failOnRequest() {
        chunksWritten++;
        String failAfterChunks = job.getProperties().getProperty("failAfterChunks");
        if (failAfterChunks != null && !failAfterChunks.isBlank() && !failAfterChunks.startsWith("#")
                && chunksWritten == Integer.parseInt(failAfterChunks.strip())) {
            throw new RequestedFailure("Stopped on request in chunk " + failAfterChunks + " (failAfterChunks)");
        }
    }

    /** A failure asked for: no defect, so it carries no stack trace into the server log. */
    static final class RequestedFailure extends RuntimeException {

        private static final long serialVersionUID = 1L;

        RequestedFailure(String message) {
            super(message, null, false, false);
        }
    }

    @Override
    public Serializable checkpointInfo() {
        return tally;
    }
}

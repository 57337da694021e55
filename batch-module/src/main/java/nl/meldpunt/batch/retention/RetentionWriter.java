package nl.meldpunt.batch.retention;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import nl.meldpunt.retention.RetentionSummary;

/**
 * Anonymises each due case (each in a transaction of its own; the service rechecks that it is still
 * due and does nothing twice) and counts what it did per organisation — its checkpoint. At an
 * organisation's end it records the counts: the audit entry and log line (through the service) and the
 * row the admin page shows. An organisation with nothing due and nothing done gets neither.
 */
@Named
@Dependent
public class RetentionWriter extends AbstractItemWriter {

    @Inject
    private JobContext job;

    @Inject
    private RetentionCalls calls;

    @Inject
    private RetentionRuns runs;

    private WriterCounts counts;
    private int chunksWritten;

    @Override
    public void open(Serializable checkpoint) {
        counts = checkpoint == null ? WriterCounts.NONE : (WriterCounts) checkpoint;
    }

    @Override
    public void writeItems(List<Object> items) {
        failOnRequest();
        pauseOnRequest();
        for (Object item : items) {
            if (item instanceof DueCase due) {
                counts = counts.add(due.organisationId(), calls.anonymise(due.reportId()));
            } else if (item instanceof OrganisationDone done) {
                finish(done);
            }
        }
        chunksWritten++;
    }

    private void finish(OrganisationDone done) {
        long organisation = done.organisationId();
        RetentionSummary summary = new RetentionSummary(organisation, done.due(), counts.anonymisedIn(organisation),
                counts.skippedIn(organisation));
        if (summary.due() > 0 || summary.anonymised() > 0 || summary.skipped() > 0) {
            calls.recordRun(summary);
            LocalDate day = JobParameters.runDay(job);
            if (day != null) {
                runs.result(day, summary);
            }
        }
        counts = WriterCounts.NONE;
    }

    /**
     * For tests of restarts (job parameter failAfterUnits, given only to a first execution): fails before
     * touching anything of the chunk after that many written, so that the checkpoint of the last one holds.
     */
    private void failOnRequest() {
        Integer failAfter = JobParameters.failAfterUnits(job);
        if (failAfter != null && chunksWritten == failAfter) {
            throw new RequestedFailure("Stopped on request after " + failAfter + " chunks (failAfterUnits)");
        }
    }

    /**
     * For tests that kill the server in the middle of a run (job parameter pauseMillis): a pause before the
     * chunk's cases are touched, so that a kill in it leaves that chunk wholly to the restart.
     */
    private void pauseOnRequest() {
        long pause = JobParameters.pauseMillis(job);
        if (pause > 0) {
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public Serializable checkpointInfo() {
        return counts;
    }

    /** The failure a test asked for: no defect, so it carries no stack trace into the server log. */
    static final class RequestedFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RequestedFailure(String message) {
            super(message, null, false, false);
        }
    }
}

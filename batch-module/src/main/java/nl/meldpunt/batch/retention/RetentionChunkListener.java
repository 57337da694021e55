package nl.meldpunt.batch.retention;

import jakarta.batch.api.chunk.listener.AbstractChunkListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;

/**
 * After each chunk a heartbeat on the day's run (so that a run whose server died can be told from a
 * living one); on a failure, why, as the job's exit status: only the exception's kind, whose message
 * could carry a bound value from the database — except for a failure a test asked for.
 */
@Named
@Dependent
public class RetentionChunkListener extends AbstractChunkListener {

    @Inject
    private JobContext job;

    @Inject
    private RetentionRuns runs;

    @Override
    public void afterChunk() {
        LocalDate day = JobParameters.runDay(job);
        if (day != null) {
            runs.heartbeat(day);
        }
    }

    @Override
    public void onError(Exception failure) {
        job.setExitStatus(reason(failure));
    }

    static String reason(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RetentionWriter.RequestedFailure) {
                return t.getMessage();
            }
        }
        StringBuilder kinds = new StringBuilder();
        for (Throwable t = failure; t != null && kinds.length() < 300; t = t.getCause() == t ? null : t.getCause()) {
            kinds.append(kinds.length() == 0 ? "" : " < ").append(t.getClass().getSimpleName());
        }
        return kinds.toString();
    }
}

package nl.meldpunt.batch.job;

import jakarta.batch.api.chunk.listener.AbstractChunkListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Keeps why a chunk failed as the job's exit status, so the run can show a readable reason. */
@Named
@Dependent
public class PublicationChunkListener extends AbstractChunkListener {

    @Inject
    private JobContext job;

    @Override
    public void onError(Exception failure) {
        String message = failure.getMessage() == null ? "" : ": " + failure.getMessage();
        job.setExitStatus(failure.getClass().getSimpleName() + message);
    }
}

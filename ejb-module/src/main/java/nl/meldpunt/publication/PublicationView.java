package nl.meldpunt.publication;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A run as the HR and admin pages list it: what, for which period, how far, and its files. */
public record PublicationView(long id, PublicationKind kind, String periodLabel, RunStatus status, boolean scheduled,
                              Instant createdAt, Instant startedAt, Instant finishedAt, int itemsDone, int itemsTotal,
                              int attempts, String failureReason, List<FileView> files) implements Serializable {

    /** A stored file, without its content. */
    public record FileView(long id, PublicationKind.Format format, String fileName, long sizeBytes, Instant createdAt)
            implements Serializable {
    }

    /** How far the run is, 0–100, for a progress bar. */
    public int percentDone() {
        if (status == RunStatus.DONE) {
            return 100;
        }
        return itemsTotal == 0 ? 0 : Math.min(99, itemsDone * 100 / itemsTotal);
    }

    static PublicationView of(PublicationRun run, List<FileView> files) {
        return new PublicationView(run.getId(), run.getKind(), run.period().label(), run.getStatus(), run.getScheduleId() != null,
                run.getCreatedAt(), run.getStartedAt(), run.getFinishedAt(), run.getItemsDone(), run.getItemsTotal(),
                run.getAttempts(), run.getFailureReason(), files);
    }
}

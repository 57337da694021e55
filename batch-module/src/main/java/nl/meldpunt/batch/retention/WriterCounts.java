package nl.meldpunt.batch.retention;

import java.io.Serializable;

/** The writer's checkpoint: what it did so far for the organisation it is in. */
record WriterCounts(long organisationId, long anonymised, long skipped) implements Serializable {

    static final WriterCounts NONE = new WriterCounts(0, 0, 0);

    WriterCounts add(long organisation, boolean anonymisedOne) {
        WriterCounts counts = organisation == organisationId ? this : new WriterCounts(organisation, 0, 0);
        return anonymisedOne ? new WriterCounts(organisation, counts.anonymised + 1, counts.skipped)
                : new WriterCounts(organisation, counts.anonymised, counts.skipped + 1);
    }

    long anonymisedIn(long organisation) {
        return organisation == organisationId ? anonymised : 0;
    }

    long skippedIn(long organisation) {
        return organisation == organisationId ? skipped : 0;
    }
}

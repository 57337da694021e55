package nl.meldpunt.batch.retention;

/** An item of the retention job: one due case, by id only. */
record DueCase(long organisationId, long reportId) {
}

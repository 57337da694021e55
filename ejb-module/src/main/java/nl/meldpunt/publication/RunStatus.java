package nl.meldpunt.publication;

/** Where a report run stands. */
public enum RunStatus {
    /** Waiting for the batch job to pick it up. */
    QUEUED,
    /** The job is making it. */
    RUNNING,
    /** Its files are stored and its mails queued. */
    DONE,
    /** The last try failed; tried again on a later tick, a bounded number of times. */
    FAILED,
    /** Failed too often: an administrator has to look (the reason is shown). */
    GIVEN_UP
}

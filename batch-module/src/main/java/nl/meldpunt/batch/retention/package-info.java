/**
 * The nightly retention job ({@code META-INF/batch-jobs/retention.xml}, issue 12 item 7): per
 * organisation, in id order, the cases due for anonymising are read in pages and anonymised one by one
 * through {@link nl.meldpunt.retention.RetentionService}; the checkpoint is the organisation and the
 * last case id handed out, so a restart continues where the last committed chunk ended. Each
 * organisation's counts go to the audit trail and the log (never a case code or an id), and to the
 * table {@code retention_run_result} for the organisation admin's page.
 *
 * <p>The job threads have no caller: every call to the service goes through {@link
 * nl.meldpunt.batch.retention.RetentionCalls}, which runs as {@code SYSTEM}. {@link
 * nl.meldpunt.batch.retention.RetentionScheduler} starts the job once per Dutch day (the table
 * {@code retention_run} has one row per day), restarts a failed run a bounded number of times, and one
 * whose server died.
 */
package nl.meldpunt.batch.retention;

package nl.meldpunt.batch;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The execution of a job whose server died stays STARTED (or STARTING/STOPPING) in the job repository,
 * and Jakarta Batch restarts only FAILED or STOPPED ones. Marked FAILED, with its open steps, it can be
 * restarted from its last checkpoint. Used by both schedulers (reports and retention).
 */
public final class DeadExecutions {

    private DeadExecutions() {
    }

    /** The execution to restart, or null (start afresh) when there is none to continue. */
    public static Long markFailed(JobOperator jobs, DataSource repository, Long executionId) {
        if (executionId == null) {
            return null;
        }
        BatchStatus status = jobs.getJobExecution(executionId).getBatchStatus();
        if (status == BatchStatus.FAILED || status == BatchStatus.STOPPED) {
            return executionId;
        }
        if (status == BatchStatus.COMPLETED || status == BatchStatus.ABANDONED) {
            return null;
        }
        try (Connection connection = repository.getConnection()) {
            // Committed here and now: a pooled connection need not be in auto-commit, and an open
            // transaction would hold these rows while the restart waits for them.
            connection.setAutoCommit(false);
            update(connection, "UPDATE " + BatchRepositorySetup.SCHEMA + ".executioninstancedata SET batchstatus = 'FAILED',"
                    + " exitstatus = 'SERVER_STOPPED' WHERE jobexecid = ?", executionId);
            update(connection, "UPDATE " + BatchRepositorySetup.SCHEMA + ".stepexecutioninstancedata SET batchstatus = 'FAILED',"
                    + " exitstatus = 'SERVER_STOPPED' WHERE jobexecid = ? AND batchstatus IN ('STARTING', 'STARTED', 'STOPPING')",
                    executionId);
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not mark execution " + executionId + " as failed", e);
        }
        return executionId;
    }

    private static void update(Connection connection, String sql, long executionId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, executionId);
            statement.executeUpdate();
        }
    }
}

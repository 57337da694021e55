package nl.meldpunt.batch.retention;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import nl.meldpunt.retention.RetentionSummary;
import nl.meldpunt.shared.ApplicationResources;

/**
 * The bookkeeping of the retention runs in the application's database (V20__retention_runs.sql): one
 * row per Dutch day in {@code retention_run} — its primary key is what makes the run once a day across
 * a cluster — and one row per organisation that had something due in {@code retention_run_result}
 * (counts only). Every change of a run's state is a conditional update, so that of two nodes only one
 * acts. Each statement commits on its own (no transaction): a heartbeat or a failure must stay even when
 * the job's chunk rolls back.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionRuns {

    /** One day's run as the scheduler sees it. */
    public record Run(LocalDate day, String status, Long executionId, int attempts, Instant heartbeatAt) {
    }

    static final String STARTING = "STARTING";
    static final String STARTED = "STARTED";
    static final String COMPLETED = "COMPLETED";
    static final String FAILED = "FAILED";

    @Resource(lookup = ApplicationResources.DATASOURCE)
    private DataSource database;

    @Inject
    private Clock clock;

    /** The first organisation with an id above {@code afterId}, or null when there is none. */
    public Long nextOrganisation(long afterId) {
        return query("SELECT MIN(id) FROM organisation WHERE id > ?", rs -> rs.next() ? (Long) nullable(rs.getLong(1), rs) : null,
                afterId);
    }

    /** Claims the day's run for this node: false when a run for the day exists already (here or on another node). */
    public boolean claimDay(LocalDate day) {
        if (query("SELECT COUNT(*) FROM retention_run WHERE run_day = ?", rs -> rs.next() && rs.getLong(1) > 0, day)) {
            return false;
        }
        OffsetDateTime now = now();
        try {
            return update("INSERT INTO retention_run (run_day, status, attempts, started_at, heartbeat_at) VALUES (?, 'STARTING', 0, ?, ?)",
                    day, now, now) == 1;
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return false; // another node inserted the day a moment earlier: the primary key refused ours
            }
            throw e;
        }
    }

    /** The job of the day's run is running (first start or restart) as this execution. */
    public void executionStarted(LocalDate day, long executionId) {
        OffsetDateTime now = now();
        update("UPDATE retention_run SET status = 'STARTED', job_execution_id = ?, heartbeat_at = ?, failure_reason = NULL,"
                + " ended_at = NULL WHERE run_day = ?", executionId, now, day);
    }

    /** A chunk was committed: the run is alive. */
    public void heartbeat(LocalDate day) {
        update("UPDATE retention_run SET heartbeat_at = ? WHERE run_day = ? AND status = 'STARTED'", now(), day);
    }

    /** The job ended: completed, or failed with a readable reason (no content). */
    public void ended(LocalDate day, boolean completed, String reason) {
        OffsetDateTime now = now();
        update("UPDATE retention_run SET status = ?, failure_reason = ?, ended_at = ?, heartbeat_at = ? WHERE run_day = ?",
                completed ? COMPLETED : FAILED, completed ? null : shorten(reason), now, now, day);
    }

    /** A start or restart that the batch runtime refused at once. */
    public void startFailed(LocalDate day, String reason) {
        ended(day, false, reason);
    }

    /** One organisation's counts in the day's run (a replayed chunk overwrites its own row). */
    public void result(LocalDate day, RetentionSummary summary) {
        OffsetDateTime now = now();
        if (update("UPDATE retention_run_result SET due = ?, anonymised = ?, skipped = ?, recorded_at = ?"
                + " WHERE run_day = ? AND organisation_id = ?",
                summary.due(), summary.anonymised(), summary.skipped(), now, day, summary.organisationId()) == 0) {
            update("INSERT INTO retention_run_result (run_day, organisation_id, due, anonymised, skipped, recorded_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?)",
                    day, summary.organisationId(), summary.due(), summary.anonymised(), summary.skipped(), now);
        }
    }

    /** Runs not completed, that the scheduler may have to restart: the last week's. */
    public List<Run> unfinished() {
        return query("""
                SELECT run_day, status, job_execution_id, attempts, heartbeat_at FROM retention_run
                WHERE status <> 'COMPLETED' AND run_day >= ? ORDER BY run_day""", rs -> {
            List<Run> runs = new ArrayList<>();
            while (rs.next()) {
                long execution = rs.getLong(3);
                runs.add(new Run(rs.getObject(1, LocalDate.class), rs.getString(2), rs.wasNull() ? null : execution,
                        rs.getInt(4), rs.getObject(5, OffsetDateTime.class).toInstant()));
            }
            return runs;
        }, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(7));
    }

    /** Claims a failed run for another try: true for exactly one node, and only while the try is allowed. */
    public boolean claimRetry(LocalDate day, int attemptsSeen) {
        return update("UPDATE retention_run SET status = 'STARTING', attempts = attempts + 1, heartbeat_at = ?"
                + " WHERE run_day = ? AND status = 'FAILED' AND attempts = ?", now(), day, attemptsSeen) == 1;
    }

    /**
     * Claims a run that has been silent for {@code silence} (its server died, or it never got going) for
     * a restart: true for exactly one node.
     */
    public boolean claimSilent(LocalDate day, Duration silence) {
        OffsetDateTime now = now();
        return update("UPDATE retention_run SET status = 'STARTING', attempts = attempts + 1, heartbeat_at = ?"
                + " WHERE run_day = ? AND status IN ('STARTING', 'STARTED') AND heartbeat_at < ?",
                now, day, now.minus(silence)) == 1;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static String shorten(String reason) {
        String text = reason == null || reason.isBlank() ? "FAILED" : reason;
        return text.length() > 400 ? text.substring(0, 400) : text;
    }

    private static Object nullable(long value, ResultSet rs) throws SQLException {
        return rs.wasNull() ? null : value;
    }

    private interface Rows<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> T query(String sql, Rows<T> rows, Object... parameters) {
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            try (ResultSet rs = statement.executeQuery()) {
                return rows.read(rs);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Retention bookkeeping failed: " + e.getMessage(), e);
        }
    }

    private int update(String sql, Object... parameters) {
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Retention bookkeeping failed: " + e.getMessage(), e);
        }
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }
}

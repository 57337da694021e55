package nl.meldpunt.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/** Report runs and their job executions as the database holds them, for the report job tests. */
final class PublicationRuns {

    private PublicationRuns() {
    }

    /**
     * A run written straight into the table, RUNNING with a fresh heartbeat: the scheduler leaves it alone
     * and the test starts its job (through the probe). {@code schedule} may be null (on demand).
     */
    static long insertRunning(long organisation, String kind, LocalDate from, LocalDate to, Long schedule) throws SQLException {
        try (Connection c = TestDatabase.connect()) {
            long id;
            try (ResultSet rs = c.createStatement().executeQuery("select nextval('publication_seq')")) {
                rs.next();
                id = rs.getLong(1);
            }
            try (PreparedStatement st = c.prepareStatement("""
                    insert into publication_run (id, organisation_id, kind, period_from, period_to, schedule_id, status,
                    created_at, heartbeat_at) values (?, ?, ?, ?, ?, ?, 'RUNNING', current_timestamp, current_timestamp)""")) {
                st.setLong(1, id);
                st.setLong(2, organisation);
                st.setString(3, kind);
                st.setObject(4, from);
                st.setObject(5, to);
                st.setObject(6, schedule);
                st.executeUpdate();
            }
            return id;
        }
    }

    /** A run waiting for the scheduler, as a request made now leaves it. */
    static long insertQueued(long organisation, String kind, LocalDate from, LocalDate to) throws SQLException {
        long id = insertRunning(organisation, kind, from, to, null);
        try (Connection c = TestDatabase.connect();
             PreparedStatement st = c.prepareStatement("update publication_run set status = 'QUEUED', heartbeat_at = null where id = ?")) {
            st.setLong(1, id);
            st.executeUpdate();
        }
        return id;
    }

    /** The organisation's schedule of this kind of report (the demo has one for each kind). */
    static long scheduleOf(long organisation, String kind) throws SQLException {
        try (Connection c = TestDatabase.connect(); PreparedStatement st = c.prepareStatement(
                "select id from publication_schedule where organisation_id = ? and kind = ?")) {
            st.setLong(1, organisation);
            st.setString(2, kind);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    throw new AssertionError("No " + kind + " schedule of organisation " + organisation);
                }
                return rs.getLong(1);
            }
        }
    }

    static String status(long run) {
        return text("select status from publication_run where id = ?", run);
    }

    /** A single value of a query with one id parameter, as text (null when there is no row). */
    static String text(String sql, long id) {
        try (Connection c = TestDatabase.connect(); PreparedStatement st = c.prepareStatement(sql)) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long count(String sql, long id) {
        String value = text(sql, id);
        return value == null ? 0 : Long.parseLong(value);
    }

    /** Status and items read of each execution of the job instance that {@code firstExecution} began, in order. */
    static List<String[]> executionsOf(long firstExecution) throws SQLException {
        List<String[]> executions = new ArrayList<>();
        try (Connection c = TestDatabase.connect(); PreparedStatement st = c.prepareStatement("""
                select e.batchstatus, s.readcount from batch.executioninstancedata e
                join batch.stepexecutioninstancedata s on s.jobexecid = e.jobexecid
                where e.jobinstanceid = (select jobinstanceid from batch.executioninstancedata where jobexecid = ?)
                order by e.jobexecid""")) {
            st.setLong(1, firstExecution);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    executions.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
        }
        return executions;
    }

    static void waitUntil(BooleanSupplier condition, String what, Duration atMost) {
        Instant until = Instant.now().plus(atMost);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("Waited " + atMost.toSeconds() + " s for: " + what);
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}

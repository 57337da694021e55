package nl.meldpunt.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports written straight into the database (plain SQL, not through the application), for counting
 * tests: registration fields only, a throw-away data key, and optionally closed with a registration.
 */
final class GeneratedReports {

    /** One report to write. {@code closedAt} null: still open. */
    record Generated(String category, String subcategory, String relation, String department, Instant submittedAt,
                     Instant closedAt) {
    }

    private GeneratedReports() {
    }

    /** Writes the reports for the organisation; answers their ids. */
    static List<Long> insert(long organisationId, List<Generated> reports) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = TestDatabase.connect()) {
            long questionSet;
            long tipSet;
            try (PreparedStatement st = c.prepareStatement(
                    "select question_set_id, tip_set_id from report where organisation_id = ? order by id")) {
                st.setLong(1, organisationId);
                try (ResultSet rs = st.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("Submit one report through the application first (question and tip set)");
                    }
                    questionSet = rs.getLong(1);
                    tipSet = rs.getLong(2);
                }
            }
            try (PreparedStatement report = c.prepareStatement("""
                    insert into report (id, organisation_id, case_code, password_hash, question_set_id, tip_set_id, status,
                    channel, language, category, subcategory, relation, sharing_consent, data_key, submitted_at, closed_at, track)
                    values (?, ?, ?, 'x', ?, ?, ?, 'WEB', 'nl', ?, ?, ?, 'ASK_FIRST', ?, ?, ?, 'PERSONAL_INTEGRITY')""");
                 PreparedStatement registration = c.prepareStatement("""
                         insert into case_registration (report_id, department, advice_given, outcome, updated_at)
                         values (?, ?, 'LISTENED,INFORMATION', 'RESOLVED_INFORMALLY', ?)""")) {
                for (Generated g : reports) {
                    long id = nextId(c);
                    report.setLong(1, id);
                    report.setLong(2, organisationId);
                    report.setString(3, "GEN-" + id);
                    report.setLong(4, questionSet);
                    report.setLong(5, tipSet);
                    report.setString(6, g.closedAt() == null ? "IN_PROGRESS" : "CLOSED");
                    report.setString(7, g.category());
                    report.setString(8, g.subcategory());
                    report.setString(9, g.relation());
                    report.setBytes(10, null); // nothing is sealed for a generated report, so it has no case key
                    report.setTimestamp(11, Timestamp.from(g.submittedAt()));
                    report.setTimestamp(12, g.closedAt() == null ? null : Timestamp.from(g.closedAt()));
                    report.executeUpdate();
                    if (g.department() != null) {
                        registration.setLong(1, id);
                        registration.setString(2, g.department());
                        registration.setTimestamp(3, Timestamp.from(g.submittedAt()));
                        registration.executeUpdate();
                    }
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    private static long nextId(Connection c) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery("select nextval('report_seq')")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

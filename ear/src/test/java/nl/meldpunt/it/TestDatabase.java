package nl.meldpunt.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Direct access to the database the server under test uses, for checks a page cannot show (audit
 * rows, tampering). The test command runs the server first on a real PostgreSQL, then on the
 * embedded H2 database a newcomer gets by default (opened with AUTO_SERVER, so that this process can
 * share it with the server), and passes its address in the same environment variables the server reads.
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static Connection connect() throws SQLException {
        String url = System.getenv("APP_DB_URL");
        if (url == null || !(url.startsWith("jdbc:postgresql:") || url.startsWith("jdbc:h2:") && url.contains("AUTO_SERVER=TRUE"))) {
            throw new IllegalStateException("Integration tests run on PostgreSQL and on the embedded H2: use the test command "
                    + "from README.md (src-config/scripts/test.sh), which starts PostgreSQL and sets APP_DB_URL");
        }
        return DriverManager.getConnection(url, System.getenv("APP_DB_USER"), System.getenv("APP_DB_PASSWORD"));
    }

    /** The vault's own account, which alone may read the vault schema. */
    public static Connection connectAsVault() throws SQLException {
        connect().close(); // same checks
        return DriverManager.getConnection(System.getenv("APP_DB_URL"), System.getenv("APP_VAULT_DB_USER"),
                System.getenv("APP_VAULT_DB_PASSWORD"));
    }

    /** True when the server under test runs on the embedded H2 database (the default set-up). */
    public static boolean embedded() {
        String url = System.getenv("APP_DB_URL");
        return url != null && url.startsWith("jdbc:h2:");
    }

    public static long staffId(String login) throws SQLException {
        try (Connection c = connect(); var st = c.prepareStatement("select id from staff_account where login_name = ?")) {
            st.setString(1, login);
            try (var rs = st.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("No staff account " + login);
                }
                return rs.getLong(1);
            }
        }
    }

    /** Sets the time step of the account's last used one-time code (see {@link TestTotp#nextCode}). */
    public static void setLastCodeStep(String login, long step) {
        try (Connection c = connect(); var st = c.prepareStatement("update staff_account set totp_last_step = ? where login_name = ?")) {
            st.setLong(1, step);
            st.setString(2, login);
            if (st.executeUpdate() != 1) {
                throw new IllegalStateException("No staff account " + login);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long organisationId(String slug) throws SQLException {
        try (Connection c = connect(); var st = c.prepareStatement("select id from organisation where slug = ?")) {
            st.setString(1, slug);
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    public static long reportId(String caseCode) throws SQLException {
        try (Connection c = connect(); var st = c.prepareStatement("select id from report where case_code = ?")) {
            st.setString(1, caseCode);
            try (var rs = st.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("No report " + caseCode);
                }
                return rs.getLong(1);
            }
        }
    }

    /** How many files a report has. */
    public static long attachmentCount(long reportId) throws SQLException {
        try (Connection c = connect(); var st = c.prepareStatement("select count(*) from report_attachment where report_id = ?")) {
            st.setLong(1, reportId);
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    public static long countAudit(String actor, String action, String subject) throws SQLException {
        try (Connection c = connect(); var st = c.prepareStatement(
                "select count(*) from audit_entry where actor = ? and action = ? and subject = ?")) {
            st.setString(1, actor);
            st.setString(2, action);
            st.setString(3, subject);
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}

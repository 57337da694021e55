package nl.meldpunt.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The migrations run on the embedded default (H2 in PostgreSQL mode, as configured in
 * microprofile-config.properties). PostgreSQL itself is covered by the integration tests.
 */
class MigrationsTest {

    private static final String URL = "jdbc:h2:mem:migrations;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    @Test
    void allMigrationsApplyToTheEmbeddedDatabaseAndAreIdempotent() throws Exception {
        Flyway flyway = Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").load();
        int applied = flyway.migrate().migrationsExecuted;
        assertTrue(applied >= 1, "at least the first migration runs");
        assertEquals(0, flyway.migrate().migrationsExecuted, "a second run changes nothing");

        try (Connection c = DriverManager.getConnection(URL, "sa", "");
             ResultSet rs = c.createStatement().executeQuery(
                     "select last_sequence, last_hash from audit_chain where chain_key = 'platform'")) {
            assertTrue(rs.next(), "the platform audit chain starts with the schema");
            assertEquals(0, rs.getLong(1));
            assertEquals("0".repeat(64), rs.getString(2));
        }
    }
}

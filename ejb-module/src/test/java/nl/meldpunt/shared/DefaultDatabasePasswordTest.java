package nl.meldpunt.shared;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The shipped database password works for the embedded database only (ASVS 13.2.3). */
class DefaultDatabasePasswordTest {

    private static final String H2 = "jdbc:h2:/srv/payara/glassfish/domains/domain1/lib/databases/meldpunt;MODE=PostgreSQL";
    private static final String PG = "jdbc:postgresql://db.example.org:5432/meldpunt";

    @Test
    void theShippedDefaultIsReadFromTheShippedConfiguration() {
        assertTrue("meldpunt".equals(DefaultDatabasePassword.shippedDefault()));
    }

    @Test
    void theEmbeddedDatabaseMayKeepTheShippedPassword() {
        assertTrue(DefaultDatabasePassword.problem(H2, "meldpunt", H2, "meldpunt").isEmpty());
    }

    @Test
    void postgresqlWithTheShippedPasswordIsRefusedWithTheSettingToChange() {
        String problem = DefaultDatabasePassword.problem(PG, "meldpunt", PG, "vault-secret").orElseThrow();
        assertTrue(problem.contains("APP_DB_PASSWORD") && !problem.contains("meldpunt"), "names the setting, not the password: " + problem);
        assertTrue(DefaultDatabasePassword.problem(PG, "s3cret-db", PG, "meldpunt").orElseThrow().contains("APP_VAULT_DB_PASSWORD"));
        assertTrue(DefaultDatabasePassword.problem(PG, "s3cret-db", PG, "vault-secret").isEmpty());
        assertTrue(DefaultDatabasePassword.problem(null, "meldpunt", null, "meldpunt").isPresent(), "no URL is no embedded database");
    }
}

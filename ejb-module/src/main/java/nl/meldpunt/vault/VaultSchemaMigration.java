package nl.meldpunt.vault;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Declares the vault's own datasource (its own database account in production) and brings the
 * vault schema to the newest version at deploy time, with migrations of its own
 * ({@code db/vault}) and its own history table inside that schema.
 */
@DataSourceDefinition(
        name = VaultSchemaMigration.DATASOURCE,
        className = "${MPCONFIG=app.vault.db.className}",
        url = "${MPCONFIG=app.vault.db.url}",
        user = "${MPCONFIG=app.vault.db.user}",
        password = "${MPCONFIG=app.vault.db.password}",
        properties = {
                // A pooled connection is checked before use (Connection.isValid: a real round trip on both databases);
                // when one is dead, all are replaced, so the pool recovers by itself after a database restart.
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                "fish.payara.fail-all-connections=true",
                // With the database down, a call gives up after a few seconds (a page then says "try again"), not after 60 s.
                "fish.payara.max-wait-time-in-millis=3000"
        },
        minPoolSize = 1,
        maxPoolSize = 10)
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class VaultSchemaMigration {

    public static final String DATASOURCE = "java:app/jdbc/vault";
    static final String SCHEMA = "vault";

    private static final Logger LOG = Logger.getLogger(VaultSchemaMigration.class.getName());

    @Resource(lookup = DATASOURCE)
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        var result = Flyway.configure(VaultSchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .schemas(SCHEMA)
                .locations("classpath:db/vault")
                .load()
                .migrate();
        LOG.info(() -> "Vault schema at version " + result.targetSchemaVersion);
    }
}

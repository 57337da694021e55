package nl.meldpunt.shared;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.mail.MailSessionDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the database schema to the newest version at deploy time, before any other bean touches
 * it. The same versioned migrations run on the embedded H2 and on PostgreSQL; JPA never generates
 * schema. Bean-managed transactions, because Flyway commits per migration itself.
 */
@DataSourceDefinition(
        name = ApplicationResources.DATASOURCE,
        className = "${MPCONFIG=app.db.className}",
        url = "${MPCONFIG=app.db.url}",
        user = "${MPCONFIG=app.db.user}",
        password = "${MPCONFIG=app.db.password}",
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
        minPoolSize = 2,
        maxPoolSize = 30)
@MailSessionDefinition(
        name = ApplicationResources.MAIL_SESSION,
        host = "${MPCONFIG=app.mail.host}",
        from = "${MPCONFIG=app.mail.from}",
        user = "${MPCONFIG=app.mail.user}",
        password = "${MPCONFIG=app.mail.password}",
        transportProtocol = "smtp",
        properties = {
            "mail.smtp.port=${MPCONFIG=app.mail.port}",
            "mail.smtp.auth=${MPCONFIG=app.mail.auth}",
            "mail.smtp.starttls.enable=${MPCONFIG=app.mail.starttls}",
            "mail.smtp.starttls.required=${MPCONFIG=app.mail.starttls}",
            "mail.smtp.connectiontimeout=10000",
            "mail.smtp.timeout=10000",
            "mail.smtp.writetimeout=10000",
            // With STARTTLS the server must prove the name we connect to, not just any trusted certificate.
            "mail.smtp.ssl.checkserveridentity=true"
        })
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = ApplicationResources.DATASOURCE)
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        var config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
        DefaultDatabasePassword.problem(config.getOptionalValue("app.db.url", String.class).orElse(null),
                config.getOptionalValue("app.db.password", String.class).orElse(null),
                config.getOptionalValue("app.vault.db.url", String.class).orElse(null),
                config.getOptionalValue("app.vault.db.password", String.class).orElse(null))
                .ifPresent(problem -> {
                    throw new IllegalStateException(problem);
                });
        var result = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }
}

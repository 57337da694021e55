package nl.meldpunt.batch;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Creates Jakarta Batch's job repository tables in the schema {@value #SCHEMA} of the application's
 * database when they are missing, at deployment and committed on their own. The batch runtime would
 * create them itself on first use, but inside the transaction of whoever starts the first job, where
 * PostgreSQL rolls them back with it. Flyway does not manage this schema: its tables are Payara's.
 */
@Singleton
@Startup
@DependsOn("ejb-module.jar#SchemaMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class BatchRepositorySetup {

    /** The server-level datasource the batch runtime uses (src-config/scripts/configure-domain.sh). */
    public static final String DATASOURCE = "jdbc/meldpunt-batch";
    public static final String SCHEMA = "batch";

    /** PostgreSQL advisory lock key while creating the repository: any number unique within this application. */
    private static final long CREATION_LOCK = 0x4d656c64_42617463L;

    private static final Logger LOG = Logger.getLogger(BatchRepositorySetup.class.getName());

    @Resource(lookup = DATASOURCE)
    private DataSource dataSource;

    @PostConstruct
    void createWhenMissing() {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase();
            // PostgreSQL: only when missing (the account may lack the right to create, and need not have
            // it once they exist). The embedded database: always, every statement is "if not exists".
            if (product.contains("postgres") && exists(connection)) {
                return;
            }
            String script = script(product);
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                if (product.contains("postgres")) {
                    // The instances of a deployment group start at once: one creates, the other waits and then
                    // finds the tables ("if not exists" alone still lets two creations collide in PostgreSQL).
                    statement.execute("SELECT pg_advisory_xact_lock(" + CREATION_LOCK + ")");
                    if (exists(connection)) {
                        connection.commit();
                        return;
                    }
                }
                for (String sql : statements(script)) {
                    statement.execute(sql);
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
            LOG.info("Batch job repository ready in schema " + SCHEMA);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("The batch job repository (schema " + SCHEMA + ") could not be set up: "
                    + e.getMessage(), e);
        }
    }

    /** The script's statements: comment lines left out, split at a ";" that ends a line. */
    static java.util.List<String> statements(String script) {
        return java.util.Arrays.stream(script.replaceAll("(?m)^--.*$", "").split(";\\s*\\n"))
                .map(String::strip).filter(sql -> !sql.isEmpty()).toList();
    }

    /** The script for a database product (PostgreSQL or the embedded H2). */
    static String script(String databaseProduct) throws IOException {
        return read(databaseProduct.toLowerCase().contains("postgres") ? "postgresql.sql" : "h2.sql");
    }

    private static boolean exists(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM information_schema.tables"
                     + " WHERE LOWER(table_schema) = '" + SCHEMA + "' AND LOWER(table_name) = 'checkpointdata'")) {
            return rows.next() && rows.getInt(1) > 0;
        }
    }

    private static String read(String name) throws IOException {
        try (InputStream in = BatchRepositorySetup.class.getResourceAsStream("/batch-repository/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

package nl.meldpunt.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class BatchRepositorySetupTest {

    @Test
    void theJobRepositoryScriptRunsOnTheEmbeddedDatabaseAndAgain() throws Exception {
        String script = BatchRepositorySetup.script("H2");
        assertEquals(14, BatchRepositorySetup.statements(script).size(), "schema, six tables, an index, six views");
        try (Connection c = DriverManager.getConnection(
                "jdbc:h2:mem:batch;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
             Statement st = c.createStatement()) {
            for (int run = 0; run < 2; run++) {
                for (String sql : BatchRepositorySetup.statements(script)) {
                    st.execute(sql);
                }
            }
            try (ResultSet rs = st.executeQuery("select count(*) from information_schema.tables where table_schema = 'batch'"
                    + " and table_type = 'BASE TABLE'")) {
                rs.next();
                assertEquals(6, rs.getInt(1));
            }
            for (String table : new String[] {"JOBINSTANCEDATA", "EXECUTIONINSTANCEDATA", "STEPEXECUTIONINSTANCEDATA", "JOBSTATUS",
                    "STEPSTATUS", "CHECKPOINTDATA"}) {
                try (ResultSet rs = c.getMetaData().getTables(null, "batch", table, null)) {
                    assertTrue(rs.next(), "Payara finds " + table + " and leaves it be");
                }
            }
            st.execute("SET SCHEMA batch");
            st.execute("insert into CHECKPOINTDATA values ('x', X'00')");
            try (ResultSet rs = st.executeQuery("select count(*) from batch.checkpointdata")) {
                rs.next();
                assertEquals(1, rs.getInt(1), "Payara's unquoted names reach the tables");
            }
            st.execute("insert into batch.jobinstancedata (name, apptag) values ('publication', 'meldpunt')");
            st.execute("insert into batch.executioninstancedata (jobinstanceid, parameters, batchstatus) values (1, X'00', 'STARTED')");
            assertTrue(st.execute("select parameters from batch.executioninstancedata"));
        }
    }

    @Test
    void thePostgreSqlScriptHasTheSameTables() throws Exception {
        String script = BatchRepositorySetup.script("PostgreSQL");
        for (String table : new String[] {"jobinstancedata", "executioninstancedata", "stepexecutioninstancedata", "jobstatus",
                "stepstatus", "checkpointdata"}) {
            assertTrue(script.contains("CREATE TABLE IF NOT EXISTS batch." + table), table);
        }
        assertTrue(BatchRepositorySetup.statements(script).get(0).startsWith("CREATE SCHEMA IF NOT EXISTS batch"));
    }
}

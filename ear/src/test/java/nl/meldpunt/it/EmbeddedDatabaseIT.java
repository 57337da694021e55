package nl.meldpunt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import nl.meldpunt.demo.DemoData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The second run of the test command is on the embedded database a newcomer gets by default. This
 * makes sure it really is: what the server stores lands in the H2 file of the domain, migrated by
 * the same Flyway scripts, with the vault in its own schema. (The other classes of that run, among
 * them {@link OutboxIT} with the timer's planning, reminders and purging, prove the behaviour.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EmbeddedDatabaseIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MeldpuntDeployment.ear();
    }

    @Test
    void aReportMadeNowIsStoredInTheEmbeddedDatabaseWithItsAddressInTheVaultSchema() throws Exception {
        assertTrue(TestDatabase.embedded(), "runs only in the test command's run on the embedded database");
        String[] credentials = StaffClient.anonymous().get("/it-probe/new-report?org=demo&email=h2-"
                + System.nanoTime() + "%40melder.test").body().split(" ");
        long reportId = TestDatabase.reportId(credentials[0]);
        try (Connection db = TestDatabase.connect()) {
            assertTrue(db.getMetaData().getURL().startsWith("jdbc:h2:"), db.getMetaData().getURL());
            try (var rs = db.createStatement().executeQuery("select count(*) from flyway_schema_history where success")) {
                rs.next();
                assertTrue(rs.getInt(1) >= 15, "the same migrations as on PostgreSQL");
            }
            try (var rs = db.createStatement().executeQuery("select count(*) from vault.mail_address")) {
                rs.next();
                assertTrue(rs.getInt(1) >= 1, "the address went into the vault schema");
            }
        }
        StaffClient confidant = StaffClient.loggedInAs("vertrouwenspersoon", DemoData.DEMO_PASSWORD);
        assertEquals(200, confidant.get("/console/case.xhtml?id=" + reportId).statusCode());
    }
}

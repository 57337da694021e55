package nl.meldpunt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import nl.meldpunt.demo.DemoData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * PRODUCT.md §3.3 on a real PostgreSQL: the e-mail address lives in a schema of its own that the
 * application's account cannot read, sealed, under a keyed link that the case code alone does not
 * give; nothing on the report side holds or references it, and no confidant page, audit entry or
 * log line shows it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MailVaultIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MeldpuntDeployment.ear();
    }

    @Test
    void theReportSideHasNoColumnThatHoldsOrReferencesAnAddress() throws Exception {
        // Only these may look like it, and none of the report's can hold text: when the next mail is
        // due and whether the address is still to be removed. A staff member's own work address (for
        // deadline reminders) lives with the staff account, never with a report; an invitation to set a
        // password keeps only when it was mailed.
        java.util.Map<String, String> allowed = java.util.Map.of(
                "staff_invitation.mailed_at", "timestamp with time zone",
                "report.next_status_mail_at", "timestamp with time zone",
                "report.next_tip_mail_at", "timestamp with time zone",
                "report.address_purge_pending", "boolean",
                "staff_account.mail_address", "character varying",
                "staff_account.mail_digest", "boolean");
        try (Connection db = TestDatabase.connect();
             var columns = db.createStatement().executeQuery("""
                     select table_name || '.' || column_name, data_type from information_schema.columns
                     where table_schema = 'public' and (column_name like '%mail%' or column_name like '%address%'
                           or column_name like '%lookup%' or column_name like '%vault%')""")) {
            List<String> unexpected = new ArrayList<>();
            while (columns.next()) {
                if (!columns.getString(2).equals(allowed.get(columns.getString(1)))) {
                    unexpected.add(columns.getString(1) + " " + columns.getString(2));
                }
            }
            assertEquals(List.of(), unexpected);
        }
        try (Connection db = TestDatabase.connect();
             var links = db.createStatement().executeQuery("""
                     select count(*) from information_schema.referential_constraints rc
                     join information_schema.table_constraints tc on tc.constraint_name = rc.constraint_name
                     join information_schema.constraint_column_usage cu on cu.constraint_name = rc.unique_constraint_name
                     where tc.table_schema <> cu.table_schema""")) {
            links.next();
            assertEquals(0, links.getLong(1), "no foreign key crosses between report side and vault");
        }
    }

    @Test
    void theApplicationsAccountCannotReadTheVault() {
        SQLException refused = assertThrows(SQLException.class, () -> {
            try (Connection db = TestDatabase.connect()) {
                db.createStatement().executeQuery("select count(*) from vault.mail_address").close();
            }
        });
        assertTrue(refused.getMessage().contains("permission denied"), refused.getMessage());
    }

    @Test
    void anAddressIsSealedFoundOnlyWithTheKeyAndNeverShownToTheConfidant() throws Exception {
        String address = "melder-" + UUID.randomUUID().toString().substring(0, 8) + "@prive.example";
        long before = vaultRows();
        String[] credentials = StaffClient.anonymous()
                .get("/it-probe/new-report?org=demo&email=" + address).body().split(" ");
        String caseCode = credentials[0];
        assertEquals(before + 1, vaultRows(), "the address went into the vault");

        try (Connection vault = TestDatabase.connectAsVault();
             var rows = vault.createStatement().executeQuery("select lookup_key, sealed_address from vault.mail_address")) {
            String plainHash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(caseCode.getBytes(StandardCharsets.UTF_8)));
            while (rows.next()) {
                String lookup = rows.getString(1);
                assertFalse(lookup.contains(caseCode), "the case code is not the link");
                assertNotEquals(plainHash, lookup, "the link is keyed, not a plain hash");
                assertFalse(new String(rows.getBytes(2), StandardCharsets.ISO_8859_1).contains(address.substring(0, 12)),
                        "the address is sealed");
            }
        }

        // The confidant's pages, the audit trail and the server log never show it.
        StaffClient confidant = StaffClient.loggedInAs("vertrouwenspersoon", DemoData.DEMO_PASSWORD);
        String console = confidant.get("/console/index.xhtml").body();
        assertTrue(console.contains(caseCode), "the report is in the queue");
        assertFalse(console.contains(address));
        try (Connection db = TestDatabase.connect();
             var st = db.prepareStatement("select count(*) from audit_entry where subject like ? or actor like ?")) {
            st.setString(1, "%" + address + "%");
            st.setString(2, "%" + address + "%");
            try (var rs = st.executeQuery()) {
                rs.next();
                assertEquals(0, rs.getLong(1));
            }
        }
        Path log = Path.of(System.getProperty("payara.home"), "glassfish/domains/domain1/logs/server.log");
        assertFalse(Files.readString(log, StandardCharsets.ISO_8859_1).contains(address), "the address is in no log line");

        // The reporter removes the address: the vault row is gone.
        StaffClient reporter = StaffClient.anonymous();
        reporter.loginAsReporter(caseCode, credentials[1]);
        assertEquals("ALLOWED true", reporter.callService("ReporterService", "hasMailAddress"));
        reporter.callService("ReporterService", "removeMailAddress");
        assertEquals("ALLOWED false", reporter.callService("ReporterService", "hasMailAddress"));
        assertEquals(before, vaultRows());
    }

    private static long vaultRows() throws SQLException {
        try (Connection vault = TestDatabase.connectAsVault();
             var rs = vault.createStatement().executeQuery("select count(*) from vault.mail_address")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

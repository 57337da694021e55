package nl.meldpunt.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * The audit trail is tamper-evident: changing one stored entry of an organisation's chain makes
 * the verification report exactly that entry as the first broken link.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditChainIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MeldpuntDeployment.ear();
    }

    @Test
    void verificationReportsTheFirstChangedEntry() throws Exception {
        StaffClient admin = StaffClient.loggedInAs("beheerder", DemoData.DEMO_PASSWORD);
        // Viewing the own organisation writes entries into the organisation's chain.
        admin.callService("OrganisationService", "ownOrganisation");
        admin.callService("OrganisationService", "ownOrganisation");
        String intact = admin.callService("OrganisationService", "verifyOwnAuditChain");
        assertTrue(intact.contains("firstBrokenSequence=null"), intact);

        try (Connection db = TestDatabase.connect()) {
            long organisationId;
            try (var rs = db.createStatement().executeQuery("select id from organisation where slug = 'demo'")) {
                rs.next();
                organisationId = rs.getLong(1);
            }
            String chain = "org:" + organisationId;
            String original;
            try (var st = db.prepareStatement("select subject from audit_entry where chain_key = ? and sequence_no = 2")) {
                st.setString(1, chain);
                try (var rs = st.executeQuery()) {
                    rs.next();
                    original = rs.getString(1);
                }
            }
            try (var st = db.prepareStatement("update audit_entry set subject = ? where chain_key = ? and sequence_no = 2")) {
                st.setString(1, "organisation:999");
                st.setString(2, chain);
                st.executeUpdate();
            }
            try {
                String broken = admin.callService("OrganisationService", "verifyOwnAuditChain");
                assertTrue(broken.contains("firstBrokenSequence=2") && broken.contains("entry changed"), broken);

                String platformView = StaffClient.loggedInAs("platform", DemoData.DEMO_PASSWORD)
                        .callService("AuditTrail", "verifyAll");
                assertTrue(platformView.contains("chainKey=" + chain + ", entriesChecked=1, firstBrokenSequence=2"), platformView);
                assertFalse(platformView.contains("chainKey=platform, entriesChecked=0"), platformView);
            } finally {
                try (var st = db.prepareStatement("update audit_entry set subject = ? where chain_key = ? and sequence_no = 2")) {
                    st.setString(1, original);
                    st.setString(2, chain);
                    st.executeUpdate();
                }
            }
        }
        String repaired = admin.callService("OrganisationService", "verifyOwnAuditChain");
        assertTrue(repaired.contains("firstBrokenSequence=null"), repaired);
    }
}

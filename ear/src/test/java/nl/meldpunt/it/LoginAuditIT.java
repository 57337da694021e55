package nl.meldpunt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import nl.meldpunt.demo.DemoData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every login is in the audit trail, success and failure, for staff and reporters (ASVS 16.3.1): one entry each,
 * with the staff id or the reporter's case as actor and subject, never a password or an address.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginAuditIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MeldpuntDeployment.ear();
    }

    @Test
    void aStaffLoginIsAuditedWhenItWorksAndWhenItFails() throws Exception {
        String login = "audit." + Long.toString(System.nanoTime(), 36);
        long staffId = StaffPasswordIT.createHrAccountLike("hr", login, "Anna Audit");
        String staff = "staff:" + staffId;
        assertEquals(302, StaffClient.anonymous().login(login, DemoData.DEMO_PASSWORD, "").statusCode());
        assertEquals(200, StaffClient.anonymous().login(login, "een verkeerd wachtwoord", "").statusCode());
        assertEquals(200, StaffClient.anonymous().login(login, "nog een verkeerd wachtwoord", "").statusCode());
        assertEquals(1, TestDatabase.countAudit(staff, "STAFF_LOGIN", staff));
        assertEquals(2, TestDatabase.countAudit(staff, "STAFF_LOGIN_FAILED", staff));
    }

    @Test
    void aReporterLoginIsAuditedWhenItWorksAndWhenItFails() throws Exception {
        String[] credentials = StaffClient.anonymous().get("/it-probe/new-report?org=demo").body().split(" ");
        String reporter = "reporter:" + credentials[0];
        String report = "report:" + TestDatabase.reportId(credentials[0]);
        assertEquals(302, StaffClient.anonymous().loginAsReporter(credentials[0], credentials[1]).statusCode());
        assertEquals(200, StaffClient.anonymous().loginAsReporter(credentials[0], "geraden").statusCode());
        assertEquals(1, TestDatabase.countAudit(reporter, "REPORTER_LOGIN", report));
        assertEquals(1, TestDatabase.countAudit(reporter, "REPORTER_LOGIN_FAILED", report));
    }
}

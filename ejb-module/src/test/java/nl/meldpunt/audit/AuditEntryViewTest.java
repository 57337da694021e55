package nl.meldpunt.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The console names staff members and organisations by the ids the entries keep, and nothing else. */
class AuditEntryViewTest {

    @Test
    void onlyAStaffOrOrganisationIdOfExactlyThatFormIsLookedUp() {
        assertEquals(Optional.of(3L), AuditTrail.idAfter("staff:3", "staff:"));
        assertEquals(Optional.of(7L), AuditTrail.idAfter("organisation:7", "organisation:"));
        assertEquals(Optional.empty(), AuditTrail.idAfter("staff:all", "staff:"));
        assertEquals(Optional.empty(), AuditTrail.idAfter("report:5:step:7", "staff:"));
        assertEquals(Optional.empty(), AuditTrail.idAfter(null, "staff:"));
    }

    @Test
    void theActorsKindAndStaffId() {
        AuditEntryView staff = new AuditEntryView(1, Instant.EPOCH, "staff:42", "CASE_VIEWED", "report:1", "Vera", null);
        assertEquals("staff", staff.actorKind());
        assertEquals(42L, staff.actorStaffId());
        AuditEntryView reporter = new AuditEntryView(2, Instant.EPOCH, "reporter:ABCD-EFGH-JKLM", "REPORT_VIEWED", "report:1", null, null);
        assertEquals("reporter", reporter.actorKind());
        assertNull(reporter.actorStaffId());
        assertEquals("system", new AuditEntryView(3, Instant.EPOCH, "system", "ORGANISATION_CREATED", null, null, null).actorKind());
    }
}

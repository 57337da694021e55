package nl.meldpunt.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditEntryTest {

    private final Instant at = Instant.parse("2026-11-23T10:15:30.123456Z");

    @Test
    void entriesChainToTheirPredecessor() {
        AuditChain chain = new AuditChain("org:7");
        AuditEntry first = new AuditEntry(chain, 7L, at, Actor.staff(3), AuditAction.ORGANISATION_VIEWED, "organisation:7");
        chain.advance(first);
        AuditEntry second = new AuditEntry(chain, 7L, at, Actor.staff(3), AuditAction.ORGANISATION_VIEWED, "organisation:7");

        assertEquals(1, first.getSequenceNo());
        assertEquals(AuditChain.GENESIS_HASH, first.getPreviousHash());
        assertEquals(2, second.getSequenceNo());
        assertEquals(first.getEntryHash(), second.getPreviousHash());
        assertNotEquals(first.getEntryHash(), second.getEntryHash(), "same content, other place in the chain");
        assertEquals(first.getEntryHash(), first.computeHash());
    }

    @Test
    void theHashCoversEveryField() {
        AuditChain chain = new AuditChain("platform");
        String base = new AuditEntry(chain, null, at, Actor.staff(1), AuditAction.STAFF_LOGIN, "staff:1").getEntryHash();
        assertNotEquals(base, new AuditEntry(chain, null, at.plusMillis(1), Actor.staff(1), AuditAction.STAFF_LOGIN, "staff:1").getEntryHash());
        assertNotEquals(base, new AuditEntry(chain, null, at, Actor.staff(2), AuditAction.STAFF_LOGIN, "staff:1").getEntryHash());
        assertNotEquals(base, new AuditEntry(chain, null, at, Actor.staff(1), AuditAction.STAFF_LOGOUT, "staff:1").getEntryHash());
        assertNotEquals(base, new AuditEntry(chain, null, at, Actor.staff(1), AuditAction.STAFF_LOGIN, "staff:2").getEntryHash());
        assertNotEquals(base, new AuditEntry(chain, 1L, at, Actor.staff(1), AuditAction.STAFF_LOGIN, "staff:1").getEntryHash());
    }

    @Test
    void anActorIsNeverANameAnAddressOrAnIpAddress() {
        assertEquals("staff:12", Actor.staff(12).value());
        assertEquals("reporter:K7Q-4MZ-9", Actor.reporterOf("K7Q-4MZ-9").value());
        assertEquals(Actor.ANONYMOUS, Actor.fromPrincipalName("ANONYMOUS"));
        assertEquals(Actor.staff(5), Actor.fromPrincipalName("5"));
        assertThrows(IllegalArgumentException.class, () -> new Actor("melder@example.org"));
        assertThrows(IllegalArgumentException.class, () -> new Actor("192.168.1.20"));
        assertThrows(IllegalArgumentException.class, () -> Actor.reporterOf("jan@example.org"));
    }
}

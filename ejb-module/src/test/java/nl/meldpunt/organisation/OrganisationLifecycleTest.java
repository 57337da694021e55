package nl.meldpunt.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Issue 13: an organisation's status and the rules of its changes. */
class OrganisationLifecycleTest {

    private static Organisation organisation() {
        return new Organisation("proef", "Proef", "#00557F", "#A34A00", Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Test
    void aNewOrganisationIsActiveAndTakesReports() {
        Organisation o = organisation();
        assertEquals(OrganisationStatus.ACTIVE, o.getStatus());
        assertTrue(o.acceptsReports());
        assertFalse(PublicOrganisation.of(o).closed());
    }

    @Test
    void suspendingClosesReportingWithWhereToGoInstead() {
        Organisation o = organisation();
        o.suspend("  Bel 0800-1234.  ");
        assertEquals(OrganisationStatus.SUSPENDED, o.getStatus());
        assertFalse(o.acceptsReports());
        assertEquals("Bel 0800-1234.", o.getClosedNotice());
        assertTrue(PublicOrganisation.of(o).closed());
        assertEquals("Bel 0800-1234.", PublicOrganisation.of(o).closedNotice());
        assertThrows(IllegalStateException.class, () -> o.suspend("again"), "only an active organisation is suspended");
    }

    @Test
    void archivingFromSuspendedAndBackToActive() {
        Organisation o = organisation();
        o.suspend("");
        assertNull(o.getClosedNotice(), "an empty text is no text");
        o.archive("Huis voor Klokkenluiders");
        assertEquals(OrganisationStatus.ARCHIVED, o.getStatus());
        assertThrows(IllegalStateException.class, () -> o.archive(null));
        o.reactivate();
        assertTrue(o.acceptsReports());
        assertNull(o.getClosedNotice());
        assertNull(PublicOrganisation.of(o).closedNotice());
        assertThrows(IllegalStateException.class, o::reactivate);
    }

    @Test
    void theTextHasAtMost500Characters() {
        Organisation o = organisation();
        assertThrows(IllegalArgumentException.class, () -> o.suspend("x".repeat(501)));
        assertTrue(o.acceptsReports(), "nothing changed");
        o.suspend("x".repeat(500));
        assertEquals(500, o.getClosedNotice().length());
    }

    @Test
    void aNewSlugHasThreeToFortyLowerCaseLettersDigitsAndHyphens() {
        for (String good : new String[] {"abc", "gemeente-voorbeeld", "a1-b2", "x".repeat(40)}) {
            assertTrue(OrganisationLifecycleService.NEW_SLUG.matcher(good).matches(), good);
        }
        for (String bad : new String[] {"ab", "x".repeat(41), "Hoofdletter", "met spatie", "-begin", "eind-", "ü-ber", "a_b"}) {
            assertFalse(OrganisationLifecycleService.NEW_SLUG.matcher(bad).matches(), bad);
        }
    }
}

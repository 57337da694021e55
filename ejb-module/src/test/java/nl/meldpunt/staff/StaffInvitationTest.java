package nl.meldpunt.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The invitation's life: valid once mailed, for 7 days, until used or replaced; the account waits for a password. */
class StaffInvitationTest {

    private final Instant now = Instant.parse("2026-12-03T09:00:00Z");

    @Test
    void aLinkHoldsSevenDaysFromItsMailUntilItIsUsed() {
        StaffInvitation invitation = new StaffInvitation(7L, StaffInvitation.Purpose.INVITATION, now);
        assertFalse(invitation.isValidAt(now), "not before its mail went");
        Instant mailed = now.plus(Duration.ofHours(3));
        invitation.issued(InvitationTokens.hash("token"), mailed);
        assertTrue(invitation.isValidAt(mailed.plus(Duration.ofDays(7)).minusSeconds(1)));
        assertFalse(invitation.isValidAt(mailed.plus(Duration.ofDays(7))), "expired after 7 days");
        invitation.close(StaffInvitation.Closed.USED, mailed.plusSeconds(60));
        assertFalse(invitation.isValidAt(mailed.plusSeconds(61)), "single use");
    }

    @Test
    void onlyTheHashOfTheTokenIsKept() {
        assertEquals(64, InvitationTokens.hash("abc").length());
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", InvitationTokens.hash("abc"));
        assertNotEquals(InvitationTokens.hash("abc"), InvitationTokens.hash("abd"));
    }

    @Test
    void anAccountWaitingForItsPasswordEndsItsSessionsUntilOneIsChosen() {
        StaffAccount account = new StaffAccount("vp", "Vera", "old-hash", StaffRole.CONFIDANT, now);
        int generation = account.getSessionGeneration();
        account.awaitPassword("unknowable");
        assertTrue(account.isPasswordPending());
        assertEquals("unknowable", account.getPasswordHash(), "the old password no longer matches");
        assertTrue(account.getSessionGeneration() > generation, "every session ended");
        account.choosePassword("chosen");
        assertFalse(account.isPasswordPending());
        assertEquals("chosen", account.getPasswordHash());
    }
}

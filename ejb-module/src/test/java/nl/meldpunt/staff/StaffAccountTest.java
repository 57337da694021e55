package nl.meldpunt.staff;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class StaffAccountTest {

    private final Instant now = Instant.parse("2026-11-23T09:00:00Z");

    @Test
    void fiveFailedLoginsInARowLockTheAccountForFifteenMinutes() {
        StaffAccount account = new StaffAccount("vp", "Vera", "hash", StaffRole.CONFIDANT, now);
        for (int i = 0; i < 4; i++) {
            account.recordFailedLogin(now);
        }
        assertFalse(account.isLocked(now), "four failures are not yet a lock");
        account.recordFailedLogin(now);
        assertTrue(account.isLocked(now));
        assertTrue(account.isLocked(now.plusSeconds(14 * 60)));
        assertFalse(account.isLocked(now.plusSeconds(15 * 60 + 1)));
    }

    @Test
    void aSuccessfulLoginResetsTheCount() {
        StaffAccount account = new StaffAccount("vp", "Vera", "hash", StaffRole.CONFIDANT, now);
        for (int i = 0; i < 4; i++) {
            account.recordFailedLogin(now);
        }
        account.recordSuccessfulLogin();
        account.recordFailedLogin(now);
        assertFalse(account.isLocked(now));
    }

    @Test
    void onlyAConfidantServesSeveralOrganisations() {
        StaffAccount confidant = new StaffAccount("vp", "Vera", "hash", StaffRole.CONFIDANT, now);
        confidant.assignTo(1);
        confidant.assignTo(2);
        StaffAccount admin = new StaffAccount("adm", "Bea", "hash", StaffRole.ORG_ADMIN, now);
        admin.assignTo(1);
        assertThrows(IllegalStateException.class, () -> admin.assignTo(2));
    }
}

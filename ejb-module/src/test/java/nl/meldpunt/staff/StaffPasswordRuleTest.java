package nl.meldpunt.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import nl.meldpunt.staff.StaffPasswordRule.Problem;
import org.junit.jupiter.api.Test;

class StaffPasswordRuleTest {

    @Test
    void aLongPassphraseIsAccepted() {
        assertTrue(StaffPasswordRule.problemWith("paarse olifant op de fiets", "vertrouwenspersoon").isEmpty());
        assertTrue(StaffPasswordRule.problemWith("Tw4alf-tekens", "hr").isEmpty(), "exactly twelve characters");
    }

    @Test
    void tooShortTooLongOrTooSimpleIsRefused() {
        assertEquals(Optional.of(Problem.TOO_SHORT), StaffPasswordRule.problemWith("Elf-tekens!", "hr"));
        assertEquals(Optional.of(Problem.TOO_SHORT), StaffPasswordRule.problemWith(null, "hr"));
        assertEquals(Optional.of(Problem.TOO_LONG), StaffPasswordRule.problemWith("a1b2c3d4".repeat(17), "hr"));
        assertEquals(Optional.of(Problem.TOO_SIMPLE), StaffPasswordRule.problemWith("aaaaaaaaaaaaaaaa", "hr"));
        assertEquals(Optional.of(Problem.TOO_SIMPLE), StaffPasswordRule.problemWith("abababababab1212", "hr"));
    }

    @Test
    void commonLeakedAndGuessablePasswordsAreRefused() {
        for (String guessable : new String[] {"password1234", "qwertyuiop123", "iloveyou2026", "Welcome12345!", "1q2w3e4r5t6y",
                "wachtwoord123", "Amsterdam2026"}) {
            assertEquals(Optional.of(Problem.TOO_GUESSABLE), StaffPasswordRule.problemWith(guessable, "hr"), guessable);
        }
    }

    @Test
    void passphrasesOfPlainWordsStayWelcome() {
        // The passwords people choose in the integration tests: ordinary Dutch sentences of four words or more.
        for (String passphrase : new String[] {"Tulpenvelden in de Noordoostpolder", "Zeilboten op het IJsselmeer",
                "Groene fietsen op de brug 9", "Een heel ander wachtwoord 7", "Rode tulpen in de vaas", "Nieuw wachtwoord van Rita 2",
                "Wachtwoord van Otto Uitdienst 1", "Oude wachtwoord van Rita 1", "Het eerste beheer begint hier 1",
                "Een wachtwoord van precies vierenzestig tekens met spaties erin!"}) {
            assertEquals(Optional.empty(), StaffPasswordRule.problemWith(passphrase, "rita.invited"), passphrase);
        }
    }

    @Test
    void theServicesOwnWordsMayNotBeInIt() {
        assertEquals(Optional.of(Problem.CONTEXT_WORD), StaffPasswordRule.problemWith("Mijn Meldpunt wachtwoord 42", "hr"));
        assertEquals(Optional.of(Problem.CONTEXT_WORD), StaffPasswordRule.problemWith("Vertrouwenspersoon2026", "beheerder"));
    }

    @Test
    void theLoginNameMayNotBeInIt() {
        assertEquals(Optional.of(Problem.CONTAINS_LOGIN), StaffPasswordRule.problemWith("Vertrouwenspersoon2026", "vertrouwenspersoon"));
    }

    @Test
    void aChangedPasswordEndsEverySessionAndTheFailureCount() {
        Instant now = Instant.parse("2026-11-23T09:00:00Z");
        StaffAccount account = new StaffAccount("vp", "Vera", "old-hash", StaffRole.CONFIDANT, now);
        for (int i = 0; i < 4; i++) {
            account.recordFailedLogin(now);
        }
        int before = account.getSessionGeneration();
        account.changePassword("new-hash");
        assertEquals("new-hash", account.getPasswordHash());
        assertEquals(before + 1, account.getSessionGeneration(), "every session of the account ends");
        account.recordFailedLogin(now);
        assertTrue(!account.isLocked(now), "the count started again");
    }
}

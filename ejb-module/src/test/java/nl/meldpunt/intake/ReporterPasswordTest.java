package nl.meldpunt.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReporterPasswordTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void isFiveGroupsOfFourUnambiguousCharacters() {
        for (int i = 0; i < 1000; i++) {
            String password = ReporterPassword.generate(random);
            assertTrue(password.matches("[2-9a-hjkmnp-z]{4}(-[2-9a-hjkmnp-z]{4}){4}"), password);
            assertEquals(24, password.length());
        }
    }

    @Test
    void alphabetLeavesOutLookalikes() {
        assertEquals(31, ReporterPassword.ALPHABET.length());
        assertEquals(31, ReporterPassword.ALPHABET.chars().distinct().count());
        for (char lookalike : "0o1li".toCharArray()) {
            assertEquals(-1, ReporterPassword.ALPHABET.indexOf(lookalike), String.valueOf(lookalike));
        }
        assertTrue(ReporterPassword.ALPHABET.chars().allMatch(c -> c >= '2' && c <= '9' || c >= 'a' && c <= 'z'));
        double bits = 20 * Math.log(ReporterPassword.ALPHABET.length()) / Math.log(2);
        assertTrue(bits > 99, "about 100 bits: " + bits);
    }

    @Test
    void usesTheWholeAlphabet() {
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            ReporterPassword.generate(random).chars().filter(c -> c != '-').forEach(seen::add);
        }
        assertEquals(31, seen.size());
    }

    @Test
    void neverRepeatsOverAThousandDraws() {
        Set<String> passwords = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            passwords.add(ReporterPassword.generate(random));
        }
        assertEquals(1000, passwords.size());
    }
}

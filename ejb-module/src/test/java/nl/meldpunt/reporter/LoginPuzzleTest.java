package nl.meldpunt.reporter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginPuzzleTest {

    private final LoginPuzzle puzzle = new LoginPuzzle();
    private final Instant now = Instant.parse("2026-12-04T10:00:00Z");

    @Test
    void aSolvedChallengeIsAcceptedOnceAndOnlyWhileItHolds() {
        String challenge = puzzle.issue(now);
        String solution = solve(challenge);
        assertTrue(puzzle.solved(challenge, solution, now));
        assertFalse(puzzle.solved(challenge, solution, now), "used up");
        String later = puzzle.issue(now);
        assertFalse(puzzle.solved(later, solve(later), now.plus(LoginPuzzle.LIFETIME)), "expired");
    }

    @Test
    void aChallengeOfAnotherServerOrAChangedDifficultyIsRefused() {
        String foreign = new LoginPuzzle().issue(now);
        assertFalse(puzzle.solved(foreign, solve(foreign), now), "signed with another key");
        String[] parts = puzzle.issue(now).split("\\.");
        String easier = parts[0] + ".1." + parts[2] + "." + parts[3];
        assertFalse(puzzle.solved(easier, solve(easier), now), "the difficulty is signed");
        assertFalse(puzzle.solved(null, null, now));
        assertFalse(puzzle.solved("x", "abc", now));
    }

    @Test
    void theDifficultyGrowsOneBitPerDoublingOfFailuresAndIsCapped() {
        assertEquals(LoginPuzzle.BASE_BITS, puzzle.requiredBits(now));
        for (int i = 0; i < 300; i++) {
            puzzle.recordFailure(now.plusMillis(i * 100L));
        }
        assertEquals(300, puzzle.failuresInLastMinute(now.plusSeconds(30)));
        assertEquals(16, puzzle.requiredBits(now.plusSeconds(30)), "300 a minute: 12 + 4 bits");
        assertEquals(LoginPuzzle.BASE_BITS, puzzle.requiredBits(now.plusSeconds(120)), "a minute later: normal again");
        for (int i = 0; i < 100_000; i++) {
            puzzle.recordFailure(now.plusSeconds(200));
        }
        assertEquals(LoginPuzzle.MAX_BITS, puzzle.requiredBits(now.plusSeconds(200)));
    }

    private static String solve(String challenge) {
        int bits = Integer.parseInt(challenge.split("\\.")[1]);
        for (long n = 0; ; n++) {
            if (LoginPuzzle.leadingZeroBits(challenge, String.valueOf(n), bits)) {
                return String.valueOf(n);
            }
        }
    }
}

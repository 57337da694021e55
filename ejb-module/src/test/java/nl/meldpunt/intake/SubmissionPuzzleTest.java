package nl.meldpunt.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import nl.meldpunt.security.ProofOfWork;
import org.junit.jupiter.api.Test;

/** The wizard's proof of work: cheap on a normal day, dearer with every doubling of the reports a minute. */
class SubmissionPuzzleTest {

    private final SubmissionPuzzle puzzle = new SubmissionPuzzle();
    private final Instant now = Instant.parse("2026-12-04T10:00:00Z");

    @Test
    void theWorkGrowsWithTheFloodAndFallsBackAMinuteLater() {
        assertEquals(SubmissionPuzzle.BASE_BITS, puzzle.requiredBits(now));
        for (int i = 0; i < 10; i++) {
            puzzle.recordReport(now.plusSeconds(i));
        }
        assertEquals(SubmissionPuzzle.BASE_BITS, puzzle.requiredBits(now.plusSeconds(10)), "ten a minute: a bad day, no extra work");
        for (int i = 0; i < 150; i++) {
            puzzle.recordReport(now.plusMillis(10_000 + i * 100L));
        }
        assertEquals(SubmissionPuzzle.BASE_BITS + 4, puzzle.requiredBits(now.plusSeconds(30)), "160 a minute: four doublings");
        for (int i = 0; i < 2_000; i++) {
            puzzle.recordReport(now.plusSeconds(40));
        }
        assertEquals(SubmissionPuzzle.MAX_BITS, puzzle.requiredBits(now.plusSeconds(40)), "never more than the maximum");
        assertEquals(SubmissionPuzzle.BASE_BITS, puzzle.requiredBits(now.plusSeconds(120)), "a minute later: normal again");
    }

    @Test
    void aChallengeCountsOnceOnlyWhenSolvedAndSignedHere() {
        String challenge = puzzle.issue(now);
        String wrong = "0";
        while (ProofOfWork.leadingZeroBits(challenge, wrong, SubmissionPuzzle.BASE_BITS)) {
            wrong = wrong + "1";
        }
        assertFalse(puzzle.solved(challenge, wrong, now), "a number without the zero bits");
        String solution = solve(challenge);
        assertTrue(puzzle.solved(challenge, solution, now));
        assertFalse(puzzle.solved(challenge, solution, now), "used up");
        String other = new SubmissionPuzzle().issue(now);
        assertFalse(puzzle.solved(other, solve(other), now), "signed by another server");
        assertFalse(puzzle.solved(null, null, now));
    }

    private static String solve(String challenge) {
        int bits = Integer.parseInt(challenge.split("\\.")[1]);
        for (long n = 0; ; n++) {
            if (ProofOfWork.leadingZeroBits(challenge, String.valueOf(n), bits)) {
                return String.valueOf(n);
            }
        }
    }
}

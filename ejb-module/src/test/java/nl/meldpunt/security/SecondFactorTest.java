package nl.meldpunt.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The staff's one-time codes: seeds (ASVS 6.5.3) and which steps a code is accepted for (6.5.5, 6.5.1). */
class SecondFactorTest {

    private final SecondFactor secondFactor = new SecondFactor();
    private final Instant now = Instant.parse("2026-12-04T10:00:15Z");
    private final long current = now.getEpochSecond() / SecondFactor.PERIOD_SECONDS;

    @Test
    void aSeedIs160RandomBitsAndNeverRepeats() {
        Set<String> seeds = new HashSet<>();
        int[] letters = new int[128];
        for (int i = 0; i < 2_000; i++) {
            String seed = secondFactor.newSecret();
            assertTrue(seed.matches("[A-Z2-7]{32}"), "32 base-32 characters, 5 bits each: " + seed);
            seeds.add(seed);
            seed.chars().forEach(c -> letters[c]++);
        }
        assertEquals(2_000, seeds.size(), "no seed twice");
        // 64,000 characters over 32 letters: each about 2,000 times; a skewed generator would show here.
        for (char c : "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray()) {
            assertTrue(letters[c] > 1_700 && letters[c] < 2_300, c + " drawn " + letters[c] + " times");
        }
    }

    @Test
    void aCodeCountsForThePreviousCurrentAndNextStepOnly() {
        String seed = secondFactor.newSecret();
        for (long step = current - 1; step <= current + 1; step++) {
            assertEquals(OptionalLong.of(step), secondFactor.matchingStep(seed, secondFactor.codeFor(seed, step), 0, now));
        }
        assertTrue(secondFactor.matchingStep(seed, secondFactor.codeFor(seed, current - 2), 0, now).isEmpty(), "a minute old");
        assertTrue(secondFactor.matchingStep(seed, secondFactor.codeFor(seed, current + 2), 0, now).isEmpty(), "a minute ahead");
    }

    @Test
    void aCodeIsAcceptedOnceAndOnlyAfterTheLastStepUsed() {
        String seed = secondFactor.newSecret();
        String code = secondFactor.codeFor(seed, current);
        long used = secondFactor.matchingStep(seed, code, 0, now).orElseThrow();
        assertTrue(secondFactor.matchingStep(seed, code, used, now).isEmpty(), "the same code again");
        assertTrue(secondFactor.matchingStep(seed, secondFactor.codeFor(seed, current - 1), used, now).isEmpty(),
                "an older code after a newer one");
        assertEquals(OptionalLong.of(current + 1), secondFactor.matchingStep(seed, secondFactor.codeFor(seed, current + 1), used, now));
    }

    @Test
    void onlySixDigitsAreACode() {
        String seed = secondFactor.newSecret();
        String code = secondFactor.codeFor(seed, current);
        for (String wrong : new String[] {null, "", "12345", "1234567", "abcdef", code + " 1", "１２３４５６"}) {
            assertTrue(secondFactor.matchingStep(seed, wrong, 0, now).isEmpty(), "refused: " + wrong);
        }
        assertEquals(OptionalLong.of(current), secondFactor.matchingStep(seed, " " + code + " ", 0, now), "spaces around are fine");
    }
}

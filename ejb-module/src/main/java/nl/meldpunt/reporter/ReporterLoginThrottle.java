package nl.meldpunt.reporter;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Brute-force protection for the reporter login across all case codes, without storing IP
 * addresses: when more than {@value #MAX_FAILURES_PER_MINUTE} logins failed in the last minute,
 * every login is refused until the minute has passed. (Each case code is also locked on its own
 * after five failures, see {@link Report}.) The price is that a flood of wrong guesses can keep real
 * reporters out for a minute; the answer they get is the same polite, generic one.
 */
@ApplicationScoped
class ReporterLoginThrottle {

    static final int MAX_FAILURES_PER_MINUTE = 60;
    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final Deque<Instant> failures = new ArrayDeque<>();

    synchronized boolean allows(Instant now) {
        forgetBefore(now.minus(WINDOW));
        return failures.size() < MAX_FAILURES_PER_MINUTE;
    }

    synchronized void recordFailure(Instant now) {
        forgetBefore(now.minus(WINDOW));
        failures.addLast(now);
    }

    private void forgetBefore(Instant limit) {
        while (!failures.isEmpty() && failures.peekFirst().isBefore(limit)) {
            failures.removeFirst();
        }
    }
}

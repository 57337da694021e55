package nl.meldpunt.web.shared;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A failed login (staff or reporter) is answered no sooner than {@link #FLOOR} after the attempt began. An unknown
 * name or case code and a wrong password for a known one do nearly the same work (one Argon2id check, one commit),
 * but a known account still costs a few queries more, which BruteForceIT measured at up to 13 % (staff) and 18 %
 * (reporter) from run to run. The floor, well above both, leaves nothing to tell them apart by, and slows a guesser a
 * little more. The wait holds no database connection and no lock: it happens in the page, after the service has
 * answered. A login that works is not delayed.
 */
public final class FailedLoginFloor {

    public static final Duration FLOOR = Duration.ofMillis(250);

    private FailedLoginFloor() {
    }

    /** @param started {@code System.nanoTime()} when the attempt began */
    public static void waitSince(long started) {
        long left = FLOOR.toNanos() - (System.nanoTime() - started);
        if (left > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

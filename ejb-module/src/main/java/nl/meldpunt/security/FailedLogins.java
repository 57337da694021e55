package nl.meldpunt.security;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;

/**
 * Counts failed logins of one account or case code: five failures in a row lock it for fifteen
 * minutes, a successful login starts the count again. Embedded in the staff account and the report.
 */
@Embeddable
public class FailedLogins {

    static final int FAILURES_BEFORE_LOCK = 5;
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    @Column(name = "failed_logins", nullable = false)
    private int count;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public void recordFailure(Instant now) {
        count++;
        if (count >= FAILURES_BEFORE_LOCK) {
            lockedUntil = now.plus(LOCK_DURATION);
            count = 0;
        }
    }

    public void recordSuccess() {
        count = 0;
        lockedUntil = null;
    }
}

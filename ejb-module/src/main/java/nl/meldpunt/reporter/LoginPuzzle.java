package nl.meldpunt.reporter;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import nl.meldpunt.security.ProofOfWork;

/**
 * A small proof of work on the reporter's login form (as GlobaLeaks does), so that a flood of guesses
 * over many case codes costs the flooder CPU time instead of locking every reporter out: the page gets
 * a challenge, the browser ({@code resources/meldpunt/js/login-puzzle.js}) finds a nonce such that
 * SHA-256(challenge + ":" + nonce) starts with as many zero bits as the challenge asks, and the server
 * checks that with one hash before it spends an Argon2id verification on the password.
 *
 * <p>The challenge is {@code expiry.bits.random.hmac}: signed with a key made at start-up, so the
 * server keeps no state per form shown; only used challenges are remembered (until they expire) so
 * that each one works once. The difficulty grows with the failed reporter logins of the last minute,
 * over all case codes; no IP address or anything else about the visitor is kept. Each case code is
 * also locked on its own after five failures (see {@code FailedLogins}).
 *
 * <p>On a cluster every node has its own key: a form is then only accepted by the node that showed it
 * (sticky sessions), which is how JSF view state works here anyway.
 */
@ApplicationScoped
public class LoginPuzzle {

    /**
     * Zero bits asked normally: 2^12 = 4,096 hashes on average, a few milliseconds to a few tens of
     * milliseconds in a browser, done while the reporter types. Nothing a reporter notices.
     */
    static final int BASE_BITS = 12;

    /**
     * Up to this many failed logins (that got past the puzzle) a minute, over all case codes, the base
     * difficulty holds: a busy day with typos stays far below it.
     */
    static final int FAILURES_PER_MINUTE_THRESHOLD = 30;

    /**
     * One more bit (twice the work) per doubling of the failures a minute above the threshold: 60 → 13,
     * 120 → 14, 300 → 16, 1,000 → 18. The flooder's cost per guess grows as fast as the flood.
     */
    static final int MAX_BITS = 18;
    // 2^18 ≈ 262,000 hashes: the script does about 250,000 a second on a laptop, so about a second
    // there and a few seconds on a slow phone; a real reporter mostly does not wait at all (the work
    // starts when the page opens) and is never refused. More is not needed: two cores check at most
    // about 30 Argon2id hashes a second, some 1,800 a minute, which asks the maximum.

    /**
     * How long a form's challenge holds: long enough to look up the case code and type the password,
     * short enough that challenges collected in quiet times are of little use in a flood.
     */
    static final Duration LIFETIME = Duration.ofMinutes(30);

    /** Used challenges remembered at most (each one took a solved puzzle and an Argon2id check to get here). */
    static final int MAX_REMEMBERED = ProofOfWork.MAX_REMEMBERED;

    private final ProofOfWork work = new ProofOfWork(BASE_BITS, FAILURES_PER_MINUTE_THRESHOLD, MAX_BITS, LIFETIME);

    /** A fresh challenge for a login form, at the difficulty of this moment. */
    public String issue(Instant now) {
        return work.issue(now);
    }

    /** The zero bits a challenge issued now asks for. */
    public int requiredBits(Instant now) {
        return work.requiredBits(now);
    }

    /**
     * Whether the solution solves this challenge: signed here, not expired, not used before (it is used
     * up by this call), and the hash has the zero bits the challenge asks. One HMAC and one SHA-256.
     */
    boolean solved(String challenge, String solution, Instant now) {
        return work.solved(challenge, solution, now);
    }

    /** Counts a failed login that got past the puzzle: it raises the difficulty for the next minute. */
    void recordFailure(Instant now) {
        work.record(now);
    }

    int failuresInLastMinute(Instant now) {
        return work.eventsInLastMinute(now);
    }

    static boolean leadingZeroBits(String challenge, String solution, int bits) {
        return ProofOfWork.leadingZeroBits(challenge, solution, bits);
    }
}

package nl.meldpunt.intake;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import nl.meldpunt.security.ProofOfWork;

/**
 * The proof of work on the wizard's last step (OWASP ASVS 2.4.1, the bot flood of SECURITY.md 3.9): sending a
 * report costs the sender's browser a little work, found while the reporter reads the summary, and the work grows
 * with the reports sent in the last minute over all organisations. A person never waits for it on a normal day;
 * a script that sends report after report pays more for each, and every report still gets in (no one in need is
 * turned away by a limit). The same puzzle as the reporter's login ({@code login-puzzle.js} solves both).
 */
@ApplicationScoped
public class SubmissionPuzzle {

    /** 2^12 hashes on average: milliseconds in a browser. */
    static final int BASE_BITS = 12;

    /**
     * Up to this many reports a minute, over all organisations, the base difficulty holds. A large confidant
     * firm receives a few reports an hour; ten a minute is a flood, or a very bad day, which is still served.
     */
    static final int REPORTS_PER_MINUTE_THRESHOLD = 10;

    /** One bit more per doubling above the threshold, up to 2^18 hashes: about a second in a laptop's browser. */
    static final int MAX_BITS = 18;

    /** A summary may stay open as long as the wizard's session lives (an hour idle) and a bit. */
    static final Duration LIFETIME = Duration.ofMinutes(90);

    private final ProofOfWork work = new ProofOfWork(BASE_BITS, REPORTS_PER_MINUTE_THRESHOLD, MAX_BITS, LIFETIME);

    /** A fresh challenge for the summary step, at the difficulty of this moment. */
    public String issue(Instant now) {
        return work.issue(now);
    }

    public int requiredBits(Instant now) {
        return work.requiredBits(now);
    }

    /** Whether the browser did the work: signed here, not expired, not used before (used up now), enough zero bits. */
    public boolean solved(String challenge, String solution, Instant now) {
        return work.solved(challenge, solution, now);
    }

    /** Counts a report sent: it raises the difficulty for the next minute. */
    public void recordReport(Instant now) {
        work.record(now);
    }
}

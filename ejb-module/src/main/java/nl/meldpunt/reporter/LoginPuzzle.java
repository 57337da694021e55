package nl.meldpunt.reporter;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

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
    static final int MAX_REMEMBERED = 100_000;

    private static final Duration WINDOW = Duration.ofMinutes(1);
    private static final int RANDOM_BYTES = 16;

    private final SecureRandom random = new SecureRandom();
    private final byte[] key = new byte[32];
    private final Map<String, Instant> used = new ConcurrentHashMap<>();
    /** Failed logins per second of the last minute (a ring of 60 counters: bounded, no timestamps kept). */
    private final int[] failures = new int[(int) WINDOW.toSeconds()];
    private long ringSecond;

    public LoginPuzzle() {
        random.nextBytes(key);
    }

    /** A fresh challenge for a login form, at the difficulty of this moment. */
    public String issue(Instant now) {
        byte[] nonce = new byte[RANDOM_BYTES];
        random.nextBytes(nonce);
        String unsigned = now.plus(LIFETIME).getEpochSecond() + "." + requiredBits(now) + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(nonce);
        return unsigned + "." + sign(unsigned);
    }

    /** The zero bits a challenge issued now asks for. */
    public int requiredBits(Instant now) {
        int perMinute = failuresInLastMinute(now);
        int bits = BASE_BITS;
        for (long level = FAILURES_PER_MINUTE_THRESHOLD; perMinute > level && bits < MAX_BITS; level *= 2) {
            bits++;
        }
        return bits;
    }

    /**
     * Whether the solution solves this challenge: signed here, not expired, not used before (it is used
     * up by this call), and the hash has the zero bits the challenge asks. One HMAC and one SHA-256.
     */
    boolean solved(String challenge, String solution, Instant now) {
        if (challenge == null || solution == null || challenge.length() > 200 || solution.length() > 20
                || !solution.matches("\\d{1,20}")) {
            return false;
        }
        String[] parts = challenge.split("\\.");
        if (parts.length != 4) {
            return false;
        }
        String unsigned = parts[0] + "." + parts[1] + "." + parts[2];
        if (!MessageDigest.isEqual(sign(unsigned).getBytes(StandardCharsets.US_ASCII), parts[3].getBytes(StandardCharsets.US_ASCII))) {
            return false;
        }
        Instant expiry;
        int bits;
        try {
            expiry = Instant.ofEpochSecond(Long.parseLong(parts[0]));
            bits = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            return false;
        }
        if (!now.isBefore(expiry) || bits < BASE_BITS || !leadingZeroBits(challenge, solution, bits)) {
            return false;
        }
        forgetExpired(now);
        if (used.size() >= MAX_REMEMBERED) {
            return false; // cannot tell a replay from a new one: refuse rather than accept twice
        }
        return used.putIfAbsent(challenge, expiry) == null;
    }

    /** Counts a failed login that got past the puzzle: it raises the difficulty for the next minute. */
    synchronized void recordFailure(Instant now) {
        advance(now.getEpochSecond());
        failures[(int) Math.floorMod(ringSecond, failures.length)]++;
    }

    synchronized int failuresInLastMinute(Instant now) {
        advance(now.getEpochSecond());
        int sum = 0;
        for (int count : failures) {
            sum += count;
        }
        return sum;
    }

    private void advance(long second) {
        if (second <= ringSecond) {
            return;
        }
        long steps = Math.min(failures.length, second - ringSecond);
        for (long s = 1; s <= steps; s++) {
            failures[(int) Math.floorMod(ringSecond + s, failures.length)] = 0;
        }
        ringSecond = second;
    }

    private void forgetExpired(Instant now) {
        if (used.size() > 1_000) {
            used.values().removeIf(expiry -> !now.isBefore(expiry));
        }
    }

    static boolean leadingZeroBits(String challenge, String solution, int bits) {
        byte[] hash;
        try {
            hash = MessageDigest.getInstance("SHA-256").digest((challenge + ":" + solution).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        for (int i = 0; i < bits; i++) {
            if ((hash[i / 8] & (0x80 >>> (i % 8))) != 0) {
                return false;
            }
        }
        return true;
    }

    private String sign(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

package nl.meldpunt.security;

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
 * A small proof of work on a public form (as GlobaLeaks does): the page gets a challenge, the browser
 * ({@code resources/meldpunt/js/login-puzzle.js}) finds a number such that SHA-256(challenge + ":" + number) starts
 * with as many zero bits as the challenge asks, and the server checks that with one hash before it does anything
 * costly. The difficulty grows with the events of the last minute (failed reporter logins, reports sent), so that a
 * flood costs the flooder more and more CPU time while a person never notices.
 *
 * <p>The challenge is {@code expiry.bits.random.hmac}: signed with a key made at start-up, so the server keeps no
 * state per form shown; only used challenges are remembered (until they expire) so that each one works once. No IP
 * address or anything else about the visitor is kept.
 *
 * <p>On a cluster every node has its own key: a form is then only accepted by the node that showed it (sticky
 * sessions), which is how JSF view state works here anyway.
 */
public final class ProofOfWork {

    /** Used challenges remembered at most (each one took a solved puzzle to get here). */
    public static final int MAX_REMEMBERED = 100_000;

    private static final Duration WINDOW = Duration.ofMinutes(1);
    private static final int RANDOM_BYTES = 16;

    private final SecureRandom random = new SecureRandom();
    private final byte[] key = new byte[32];
    private final Map<String, Instant> used = new ConcurrentHashMap<>();
    /** Events per second of the last minute (a ring of 60 counters: bounded, no timestamps kept). */
    private final int[] events = new int[(int) WINDOW.toSeconds()];
    private long ringSecond;

    private final int baseBits;
    private final int threshold;
    private final int maxBits;
    private final Duration lifetime;

    /**
     * @param baseBits  zero bits asked normally
     * @param threshold events a minute up to which the base difficulty holds; one bit more per doubling above it
     * @param maxBits   the most ever asked
     * @param lifetime  how long a challenge holds
     */
    public ProofOfWork(int baseBits, int threshold, int maxBits, Duration lifetime) {
        this.baseBits = baseBits;
        this.threshold = threshold;
        this.maxBits = maxBits;
        this.lifetime = lifetime;
        random.nextBytes(key);
    }

    /** A fresh challenge for a form, at the difficulty of this moment. */
    public String issue(Instant now) {
        byte[] nonce = new byte[RANDOM_BYTES];
        random.nextBytes(nonce);
        String unsigned = now.plus(lifetime).getEpochSecond() + "." + requiredBits(now) + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(nonce);
        return unsigned + "." + sign(unsigned);
    }

    /** The zero bits a challenge issued now asks for. */
    public int requiredBits(Instant now) {
        int perMinute = eventsInLastMinute(now);
        int bits = baseBits;
        for (long level = threshold; perMinute > level && bits < maxBits; level *= 2) {
            bits++;
        }
        return bits;
    }

    /**
     * Whether the solution solves this challenge: signed here, not expired, not used before (it is used
     * up by this call), and the hash has the zero bits the challenge asks. One HMAC and one SHA-256.
     */
    public boolean solved(String challenge, String solution, Instant now) {
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
        if (!now.isBefore(expiry) || bits < baseBits || !leadingZeroBits(challenge, solution, bits)) {
            return false;
        }
        forgetExpired(now);
        if (used.size() >= MAX_REMEMBERED) {
            return false; // cannot tell a replay from a new one: refuse rather than accept twice
        }
        return used.putIfAbsent(challenge, expiry) == null;
    }

    /** Counts an event (a failed login, a report sent): it raises the difficulty for the next minute. */
    public synchronized void record(Instant now) {
        advance(now.getEpochSecond());
        events[(int) Math.floorMod(ringSecond, events.length)]++;
    }

    public synchronized int eventsInLastMinute(Instant now) {
        advance(now.getEpochSecond());
        int sum = 0;
        for (int count : events) {
            sum += count;
        }
        return sum;
    }

    private void advance(long second) {
        if (second <= ringSecond) {
            return;
        }
        long steps = Math.min(events.length, second - ringSecond);
        for (long s = 1; s <= steps; s++) {
            events[(int) Math.floorMod(ringSecond + s, events.length)] = 0;
        }
        ringSecond = second;
    }

    private void forgetExpired(Instant now) {
        if (used.size() > 1_000) {
            used.values().removeIf(expiry -> !now.isBefore(expiry));
        }
    }

    public static boolean leadingZeroBits(String challenge, String solution, int bits) {
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

package nl.meldpunt.it;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Solves the reporter login form's proof of work in Java, exactly as {@code login-puzzle.js} does in the browser. */
public final class LoginPuzzleSolver {

    private LoginPuzzleSolver() {
    }

    /** The zero bits a challenge ({@code expiry.bits.random.hmac}) asks for. */
    public static int bits(String challenge) {
        return Integer.parseInt(challenge.split("\\.")[1]);
    }

    /** The first number n such that SHA-256(challenge + ":" + n) starts with the asked zero bits. */
    public static String solve(String challenge) {
        int bits = bits(challenge);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (long nonce = 0; ; nonce++) {
                byte[] hash = sha.digest((challenge + ":" + nonce).getBytes(StandardCharsets.UTF_8));
                int head = ((hash[0] & 0xff) << 24) | ((hash[1] & 0xff) << 16) | ((hash[2] & 0xff) << 8) | (hash[3] & 0xff);
                if ((head & (-1 << (32 - bits))) == 0) {
                    return String.valueOf(nonce);
                }
            }
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

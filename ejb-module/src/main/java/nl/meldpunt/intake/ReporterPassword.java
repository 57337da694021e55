package nl.meldpunt.intake;

import java.security.SecureRandom;

/**
 * The password a reporter receives with the case code, shown once (PRODUCT.md §3 step 4). The
 * reporter does not choose it, so it cannot be guessed from who they are; it is meant to be written
 * down or printed, so it looks like {@code hq7t-mz4k-p9wx-b3nc-r8fa}: five groups of four lower-case
 * characters from {@value #ALPHABET}, which leaves out {@code 0/o}, {@code 1/l/i}. Twenty characters
 * from 31 give about 99 bits, beyond any online or offline guessing; only a salted slow hash of it is
 * stored.
 */
public final class ReporterPassword {

    /** 31 characters: digits 2–9 and the letters without i, l and o. */
    public static final String ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";

    static final int GROUPS = 5;
    static final int GROUP_LENGTH = 4;

    private ReporterPassword() {
    }

    public static String generate(SecureRandom random) {
        StringBuilder password = new StringBuilder(GROUPS * (GROUP_LENGTH + 1) - 1);
        for (int group = 0; group < GROUPS; group++) {
            if (group > 0) {
                password.append('-');
            }
            for (int i = 0; i < GROUP_LENGTH; i++) {
                password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return password.toString();
    }
}

package nl.meldpunt.intake;

import java.security.SecureRandom;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The case code a reporter receives on submission and logs in with (PRODUCT.md §3 step 4), in the
 * canonical form {@code KM7Q-4MZP-X9W3}: three groups of four characters.
 *
 * <p>A frightened person writes it down, reads it out over the phone to a confidant or types it in
 * weeks later, so the code avoids every character that can be mistaken for another: the alphabet
 * is {@value #ALPHABET}, without {@code 0/O}, {@code 1/I/L} and {@code U} (taken for {@code V} in handwriting).
 * Eleven characters are random (about 54 bits; the code identifies a case, the password guards it).
 * The twelfth is a check character computed with the Luhn mod N algorithm over the first eleven, so
 * that a typo is caught before any database lookup: every single wrong character is detected, and
 * every swap of two neighbouring characters except {@code 2} with {@code Z}.
 *
 * <p>The canonical form uses only capitals, digits and hyphens, so it fits the audit actor
 * {@code reporter:<code>}.
 */
public record CaseCode(String value) {

    /** The 30 characters a code is made of, in the order that gives each its Luhn value. */
    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

    static final int GROUPS = 3;
    static final int GROUP_LENGTH = 4;
    static final int LENGTH = GROUPS * GROUP_LENGTH;

    /** Longer input is not a mistyped code; it is rejected without looking at it. */
    private static final int MAX_TYPED_LENGTH = 64;

    private static final int N = ALPHABET.length();
    private static final Pattern CANONICAL =
            Pattern.compile("[" + ALPHABET + "]{4}-[" + ALPHABET + "]{4}-[" + ALPHABET + "]{4}");

    /**
     * @param value the canonical form, exactly as {@link #value()} returns it
     * @throws IllegalArgumentException if it is not canonical or its check character is wrong; use
     *         {@link #parse(String)} for what a person typed
     */
    public CaseCode {
        Objects.requireNonNull(value, "value");
        if (!CANONICAL.matcher(value).matches() || !hasValidCheckCharacter(value.replace("-", ""))) {
            throw new IllegalArgumentException("Not a case code");
        }
    }

    /** Draws eleven random characters and appends their check character. */
    /**
     * A new code that no report and no contact request has yet: both log in with a case code on the same page. The
     * check counts on a unique column as well; a handful of tries is plenty for 60 bits.
     */
    public static String unused(jakarta.persistence.EntityManager em, SecureRandom random) {
        for (int attempt = 0; attempt < 5; attempt++) {
            String code = generate(random).value();
            if (em.createNamedQuery("Report.byCaseCode").setParameter("caseCode", code).getResultList().isEmpty()
                    && em.createNamedQuery("ContactRequest.byCaseCode").setParameter("caseCode", code).getResultList().isEmpty()) {
                return code;
            }
        }
        throw new IllegalStateException("No free case code found");
    }

    public static CaseCode generate(SecureRandom random) {
        StringBuilder characters = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH - 1; i++) {
            characters.append(ALPHABET.charAt(random.nextInt(N)));
        }
        characters.append(checkCharacter(characters));
        return new CaseCode(canonical(characters));
    }

    /**
     * Reads a code as a person typed or pasted it: lower case is accepted, and spaces and hyphens
     * (also the dashes and non-breaking spaces that word processors insert) may be missing, extra or
     * anywhere. Characters outside the alphabet are not guessed at: {@code O}, {@code 0}, {@code I},
     * {@code L}, {@code 1} and {@code U} never occur in a code, so the input is rejected and the
     * person asked to check it.
     *
     * @return empty when the input is not twelve alphabet characters or the check character does
     *         not match, so that the caller never needs to query the database for a mistyped code
     */
    public static Optional<CaseCode> parse(String typed) {
        if (typed == null || typed.length() > MAX_TYPED_LENGTH) {
            return Optional.empty();
        }
        StringBuilder characters = new StringBuilder(LENGTH);
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (isSeparator(c)) {
                continue;
            }
            char upper = c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c;
            if (ALPHABET.indexOf(upper) < 0 || characters.length() == LENGTH) {
                return Optional.empty();
            }
            characters.append(upper);
        }
        if (characters.length() != LENGTH || !hasValidCheckCharacter(characters)) {
            return Optional.empty();
        }
        return Optional.of(new CaseCode(canonical(characters)));
    }

    @Override
    public String toString() {
        return value;
    }

    /**
     * Luhn mod N: from the right, every other character's value is doubled and its two base-N digits
     * added; the check character makes the total a multiple of N.
     */
    static char checkCharacter(CharSequence payload) {
        int sum = luhnSum(payload, 2);
        return ALPHABET.charAt((N - sum % N) % N);
    }

    static boolean hasValidCheckCharacter(CharSequence characters) {
        return luhnSum(characters, 1) % N == 0;
    }

    private static int luhnSum(CharSequence characters, int rightmostFactor) {
        int factor = rightmostFactor;
        int sum = 0;
        for (int i = characters.length() - 1; i >= 0; i--) {
            int addend = factor * ALPHABET.indexOf(characters.charAt(i));
            sum += addend / N + addend % N;
            factor = factor == 2 ? 1 : 2;
        }
        return sum;
    }

    private static boolean isSeparator(char c) {
        return c == '-' || c == '\u2212' || Character.getType(c) == Character.DASH_PUNCTUATION
                || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static String canonical(CharSequence characters) {
        StringBuilder value = new StringBuilder(LENGTH + GROUPS - 1);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % GROUP_LENGTH == 0) {
                value.append('-');
            }
            value.append(characters.charAt(i));
        }
        return value.toString();
    }
}

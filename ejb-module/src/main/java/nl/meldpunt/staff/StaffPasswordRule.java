package nl.meldpunt.staff;

import java.util.Locale;
import java.util.Optional;

/**
 * The minimum a staff member's new password must meet. Length counts most (NIST SP 800-63B: at least
 * 8, and we ask 12 because these accounts open case files); no composition rules, which only push
 * people to "Welkom2026!". It must not contain the login name and must not be a row of a few repeated
 * characters. Hashing (Argon2id) and the failed-login throttle do the rest.
 */
public final class StaffPasswordRule {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    static final int MIN_DISTINCT = 5;

    /** Why a password is refused; each has a text ({@code password.<NAME>}) in both languages. */
    public enum Problem {
        TOO_SHORT, TOO_LONG, CONTAINS_LOGIN, TOO_SIMPLE, SAME_AS_CURRENT
    }

    private StaffPasswordRule() {
    }

    public static Optional<Problem> problemWith(String candidate, String loginName) {
        if (candidate == null || candidate.codePointCount(0, candidate.length()) < MIN_LENGTH) {
            return Optional.of(Problem.TOO_SHORT);
        }
        if (candidate.length() > MAX_LENGTH) {
            return Optional.of(Problem.TOO_LONG);
        }
        if (loginName != null && !loginName.isBlank()
                && candidate.toLowerCase(Locale.ROOT).contains(loginName.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of(Problem.CONTAINS_LOGIN);
        }
        if (candidate.codePoints().distinct().count() < MIN_DISTINCT) {
            return Optional.of(Problem.TOO_SIMPLE);
        }
        return Optional.empty();
    }
}

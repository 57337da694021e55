package nl.meldpunt.staff;

import com.nulabinc.zxcvbn.Zxcvbn;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The minimum a staff member's new password must meet. Length counts most (NIST SP 800-63B: at least
 * 8, and we ask 12 because these accounts open case files); no composition rules, which only push
 * people to "Welkom2026!". It must not contain the login name or one of the {@link #CONTEXT_WORDS}, must not be
 * a row of a few repeated characters, and must not be easy to guess: zxcvbn (Dropbox's estimator, with its lists of
 * 30,000 common and leaked passwords, names, words, keyboard rows and dates, and our context words) must give it at
 * least {@link #MIN_SCORE} of 4 (OWASP ASVS 6.2.4, 6.2.11, 6.2.12). Hashing (Argon2id) and the failed-login throttle
 * do the rest.
 */
public final class StaffPasswordRule {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    static final int MIN_DISTINCT = 5;
    /** zxcvbn's 3: "safely unguessable", about 10^10 guesses (an offline attack on a slow hash). */
    static final int MIN_SCORE = 3;
    /** Words of this service that a password may not contain (ASVS 6.1.2), besides the login name. */
    public static final List<String> CONTEXT_WORDS = List.of("meldpunt", "vertrouwenspersoon");
    /** Words that make a password easier to guess here; zxcvbn counts them as known words. */
    private static final List<String> GUESSABLE_HERE = List.of("meldpunt", "vertrouwenspersoon", "vertrouwen", "melding",
            "wachtwoord", "welkom", "integriteit", "beheerder", "personeelszaken");
    /** Thread-safe; its dictionaries are loaded once. */
    private static final Zxcvbn ESTIMATOR = new Zxcvbn();

    /** Why a password is refused; each has a text ({@code password.<NAME>}) in both languages. */
    public enum Problem {
        TOO_SHORT, TOO_LONG, CONTAINS_LOGIN, CONTEXT_WORD, TOO_SIMPLE, TOO_GUESSABLE, SAME_AS_CURRENT
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
        String lower = candidate.toLowerCase(Locale.ROOT);
        if (CONTEXT_WORDS.stream().anyMatch(lower::contains)) {
            return Optional.of(Problem.CONTEXT_WORD);
        }
        if (candidate.codePoints().distinct().count() < MIN_DISTINCT) {
            return Optional.of(Problem.TOO_SIMPLE);
        }
        List<String> known = new ArrayList<>(GUESSABLE_HERE);
        if (loginName != null && !loginName.isBlank()) {
            known.add(loginName.strip());
        }
        if (ESTIMATOR.measure(candidate, known).getScore() < MIN_SCORE) {
            return Optional.of(Problem.TOO_GUESSABLE);
        }
        return Optional.empty();
    }
}

package nl.meldpunt.staff;

import java.io.Serializable;

/**
 * The answer to a staff member's own password change. When changed, {@code sessionGeneration} is the
 * account's new session generation: the page that asked keeps its own session by taking it over,
 * every other session of the account ends at its next request.
 */
public record PasswordChange(Outcome outcome, StaffPasswordRule.Problem problem, int sessionGeneration) implements Serializable {

    public enum Outcome {
        CHANGED,
        /** The current password was wrong: counted as a failed login. */
        WRONG_CURRENT,
        /** Too many failed attempts (logins or changes): nothing is checked until the lock ends. */
        LOCKED,
        /** The new password does not meet {@link StaffPasswordRule}. */
        REFUSED
    }

    public boolean changed() {
        return outcome == Outcome.CHANGED;
    }
}

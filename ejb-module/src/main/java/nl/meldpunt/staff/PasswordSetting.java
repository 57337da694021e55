package nl.meldpunt.staff;

import java.io.Serializable;

/** The answer to choosing a password through an invitation link. */
public record PasswordSetting(Outcome outcome, StaffPasswordRule.Problem problem) implements Serializable {

    public enum Outcome {
        SET,
        /** Used, expired, replaced or unknown: nothing changed. */
        LINK_INVALID,
        /** The password does not meet {@link StaffPasswordRule}: the link still holds. */
        REFUSED
    }

    public boolean set() {
        return outcome == Outcome.SET;
    }
}

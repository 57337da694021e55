package nl.meldpunt.practice;

import java.io.Serializable;

/**
 * The confidant's activities for one organisation in one calendar year, counted per kind, as the console shows
 * them and the annual report prints them.
 *
 * <p>These counts are about the confidant's work, not about people: a session with three participants or a
 * single piece of unsolicited advice tells nothing about who reported what. The small-count threshold of
 * {@code nl.meldpunt.disclosure} (which protects reporters) therefore does not apply to them, and they are
 * printed as they are.
 */
public record ActivityYear(int year, int informationSessions, int trainings, int participants, int adviceSolicited,
                           int adviceUnsolicited, int policyEvaluations) implements Serializable {

    /** Whether the year has any activity at all. */
    public boolean isEmpty() {
        return informationSessions + trainings + adviceSolicited + adviceUnsolicited + policyEvaluations == 0;
    }
}

package nl.meldpunt.practice;

import jakarta.ejb.ApplicationException;

/**
 * An activity that cannot be recorded or changed as given; nothing was saved. The page keeps what the confidant
 * entered and says why. An application exception: a refusal is the system working as it should.
 */
@ApplicationException(rollback = true)
public class ActivityRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why. */
    public enum Reason {
        /** No kind chosen. */
        KIND_MISSING,
        /** No date. */
        DATE_MISSING,
        /** A date after today. */
        DATE_IN_FUTURE,
        /** A date before {@link PracticeActivity#FIRST_YEAR}. */
        DATE_TOO_EARLY,
        /** A session or training without its audience. */
        AUDIENCE_MISSING,
        /** A session or training with fewer than 1 or more than {@link PracticeActivity#MAX_PARTICIPANTS} participants. */
        PARTICIPANTS_OUT_OF_RANGE,
        /** Advice or an evaluation without its topic. */
        TOPIC_MISSING,
        /** Changed or removed elsewhere since it was loaded. */
        CHANGED_ELSEWHERE,
        /** No such activity (or not one of an organisation served: that is refused as access). */
        NOT_FOUND
    }

    private final Reason reason;

    public ActivityRefused(Reason reason) {
        super(reason.name(), null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

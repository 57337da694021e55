package nl.meldpunt.publication;

import jakarta.ejb.ApplicationException;

/** A schedule that cannot be saved as given (no day 1–28, a recipient who is not HR here): nothing is changed. */
@ApplicationException(rollback = true)
public class ScheduleInvalid extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ScheduleInvalid(String message) {
        super(message);
    }
}

package nl.meldpunt.recovery;

import jakarta.ejb.ApplicationException;

/** A recovery sheet that is not the organisation's current one (a typing error, an old sheet), or no key at all. */
@ApplicationException(rollback = true)
public class RecoveryRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why, as a message key for the page. */
    public enum Reason { NO_KEY, WRONG_SHEET }

    private final Reason reason;

    public RecoveryRefused(Reason reason) {
        super("Recovery refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

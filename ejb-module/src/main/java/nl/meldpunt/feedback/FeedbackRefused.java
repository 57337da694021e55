package nl.meldpunt.feedback;

import jakarta.ejb.ApplicationException;

/** Feedback that cannot be taken: not asked (yet), already given, or not every question answered. Nothing is stored. */
@ApplicationException(rollback = true)
public class FeedbackRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;

    public FeedbackRefused(String key) {
        super(key);
        this.key = key;
    }

    /** The message key (the texts live in the web module's {@code Messages}). */
    public String key() {
        return key;
    }
}

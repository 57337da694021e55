package nl.meldpunt.attachment;

import jakarta.ejb.ApplicationException;

/**
 * No attachment with this id belongs to the caller's report. The same answer whether it does not
 * exist or belongs to another report, so that ids reveal nothing.
 */
@ApplicationException(rollback = true)
public class AttachmentNotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AttachmentNotFound() {
        super("No such attachment in this report");
    }
}

package nl.meldpunt.notification;

import jakarta.ejb.ApplicationException;

/** The SMTP server did not accept the test mail; the message says why. */
@ApplicationException(rollback = true)
public class MailCheckFailed extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MailCheckFailed(String reason) {
        super(reason);
    }
}

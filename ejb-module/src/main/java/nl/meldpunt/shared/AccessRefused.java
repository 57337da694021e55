package nl.meldpunt.shared;

import jakarta.ejb.ApplicationException;

/**
 * A service refuses a staff member something outside the organisations they serve (a case, trend
 * or mail status of another organisation). The web layer turns it into a 403 with an audit entry,
 * like the container's own role refusals. It is an application exception so that a refusal, which
 * is the system working as it should, does not fill the server log with a stack trace each time.
 */
@ApplicationException(rollback = true)
public class AccessRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessRefused(String why) {
        super(why, null, false, false);
    }
}

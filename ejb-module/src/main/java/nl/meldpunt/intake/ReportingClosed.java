package nl.meldpunt.intake;

import jakarta.ejb.ApplicationException;

/**
 * The organisation takes no new report now (suspended or archived by the platform admin, issue 13);
 * nothing was stored. Reporters with a report keep their login; the page shows where to go instead.
 */
@ApplicationException(rollback = true)
public class ReportingClosed extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReportingClosed() {
        super("This organisation takes no new reports now");
    }
}

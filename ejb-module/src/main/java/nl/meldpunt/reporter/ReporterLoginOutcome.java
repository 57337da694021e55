package nl.meldpunt.reporter;

import jakarta.enterprise.context.RequestScoped;

/**
 * Why the reporter's login in this request failed, beyond the one answer every failure gets: only
 * that the case was anonymised after the retention period (then there is nothing left to log in to,
 * and the reporter deserves to hear so rather than "check your password"). Set by {@link ReporterAccess}
 * in the login request, read by the login page in the same request.
 */
@RequestScoped
public class ReporterLoginOutcome {

    private boolean anonymised;

    void caseAnonymised() {
        anonymised = true;
    }

    /** Whether the case code belongs to a case that was closed and anonymised after the retention period. */
    public boolean isCaseAnonymised() {
        return anonymised;
    }
}

package nl.meldpunt.reporter;

import jakarta.ejb.SessionContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import nl.meldpunt.casefile.Report;

/**
 * The logged-in reporter's own report, found through the principal ({@code reporter:<case code>}),
 * never through an id the page passes in. Used by the reporter's services and the attachments.
 */
public final class OwnReport {

    private OwnReport() {
    }

    public static Report of(EntityManager em, SessionContext session, LockModeType lock) {
        String principal = session.getCallerPrincipal().getName();
        if (!principal.startsWith("reporter:")) {
            throw new IllegalStateException("Not a reporter");
        }
        Report report = em.createNamedQuery("Report.byCaseCode", Report.class)
                .setParameter("caseCode", principal.substring("reporter:".length()))
                .setLockMode(lock)
                .getSingleResult();
        if (report.isAnonymised()) {
            // Anonymised while the reporter was logged in: nothing of it is left to show or change.
            throw new nl.meldpunt.shared.AccessRefused("The case was anonymised after the retention period");
        }
        return report;
    }
}

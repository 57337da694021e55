package nl.meldpunt.batch.retention;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.List;
import nl.meldpunt.retention.RetentionService;
import nl.meldpunt.retention.RetentionSummary;
import nl.meldpunt.shared.Roles;

/**
 * The retention job's only way into {@link RetentionService}, which admits the role {@code SYSTEM}
 * alone. The job's threads belong to the batch runtime and carry no caller, so this bean lets any
 * caller in ({@code @PermitAll}) and calls on as {@code SYSTEM} ({@code @RunAs}; the role is mapped to
 * a principal no login has, see glassfish-application.xml).
 *
 * <p>Why that is safe: it offers exactly the four calls the job makes and nothing else, and none of
 * them takes or returns anything of a case but its id — no text, no code, no address. It cannot be
 * reached from a page: it has no name for EL, the web module does not depend on this module, and it is
 * a {@code @Singleton}, not a {@code @Stateless} service, so the service probe and the access matrix
 * (which look beans up at {@code java:app/ejb-module/...}) do not see it. Whoever calls it can only do
 * what the nightly job does anyway: anonymise cases that are due by the retention period.
 *
 * <p>No transaction of its own: each call to the service runs in the service's own transaction, so a
 * case is anonymised (and committed) on its own, as the service intends.
 */
@Singleton
@PermitAll
@RunAs(Roles.SYSTEM)
@DeclareRoles(Roles.SYSTEM)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionCalls {

    @EJB
    private RetentionService retention;

    /** How many cases of the organisation are due now (the organisation's total at the start of its part). */
    public long countDue(long organisationId) {
        return retention.countDue(organisationId);
    }

    /** The next page of due case ids of the organisation after {@code afterId}, in id order. */
    public List<Long> dueCases(long organisationId, long afterId, int size) {
        return retention.dueCases(organisationId, afterId, size);
    }

    /** Anonymises one case if it is still due; false when there was nothing to do. */
    public boolean anonymise(long reportId) {
        return retention.anonymise(reportId);
    }

    /** The audit entry and log line of one organisation's part of a run, counts only. */
    public void recordRun(RetentionSummary summary) {
        retention.recordRun(summary);
    }
}

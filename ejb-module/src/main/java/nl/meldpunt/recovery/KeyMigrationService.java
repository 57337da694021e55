package nl.meldpunt.recovery;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.meldpunt.audit.AuditAction;
import nl.meldpunt.audit.AuditTrail;
import nl.meldpunt.organisation.Organisation;
import nl.meldpunt.security.CaseKeys;
import nl.meldpunt.shared.Roles;

/**
 * The platform admin's view of the migration to per-person case keys (issue 17, item 6): how many cases of each
 * organisation still have a server copy of their key (wrapped under the configuration's key), and why; and the
 * last step, deleting the server copies that confidants no longer need. Counts only: no case code, no content.
 */
@Stateless
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class KeyMigrationService {

    @PersistenceContext(unitName = "meldpunt")
    private EntityManager em;

    @Inject
    private CaseKeys caseKeys;

    @Inject
    private AuditTrail audit;

    /**
     * One organisation's remaining server copies, and its confidants who have not logged in since the switch (while
     * there is one, every new case keeps a server copy too).
     */
    public record Remaining(String organisationName, long cases, long waitingForConfidant, long waitingForReporter,
            long confidantsWithoutKeyPair) implements java.io.Serializable {
    }

    public List<Remaining> remaining() {
        return caseKeys.serverCopies().stream()
                .map(c -> new Remaining(em.find(Organisation.class, c.organisationId()).getName(), c.cases(),
                        c.withoutConfidant(), c.withoutReporter(), caseKeys.confidantsWithoutKeyPair(c.organisationId())))
                .toList();
    }

    /** Deletes the server copies of the cases that a confidant holds; audited with the count. */
    public int deleteServerCopiesThatConfidantsHold() {
        int deleted = caseKeys.deleteServerCopiesThatConfidantsHold();
        audit.recordChange(AuditAction.SERVER_KEY_COPIES_DELETED, null, "case-keys", "deleted: " + deleted);
        return deleted;
    }
}

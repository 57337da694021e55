package nl.meldpunt.it;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.List;
import nl.meldpunt.retention.RetentionService;
import nl.meldpunt.retention.RetentionSummary;
import nl.meldpunt.shared.Roles;

/**
 * Test only (never in the shipped EAR): calls the retention service as the batch job does, with the
 * role {@code SYSTEM} through {@code @RunAs}, and runs one retention "job" the way the job's chunks will:
 * the total first, then pages of due ids after the last one seen, each case in a transaction of its own,
 * and one summary for the audit trail at the end.
 */
@Stateless
@PermitAll
@RunAs(Roles.SYSTEM)
@DeclareRoles(Roles.SYSTEM)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionJobProbe {

    @EJB
    private RetentionService retention;

    public long countDue(long organisationId) {
        return retention.countDue(organisationId);
    }

    public boolean anonymise(long reportId) {
        return retention.anonymise(reportId);
    }

    /** A whole run for one organisation, in pages of {@code size}: "due anonymised skipped". */
    public String run(long organisationId, int size) {
        long due = retention.countDue(organisationId);
        long anonymised = 0;
        long skipped = 0;
        long after = 0;
        for (List<Long> page = retention.dueCases(organisationId, after, size); !page.isEmpty();
             page = retention.dueCases(organisationId, after, size)) {
            for (long id : page) {
                if (retention.anonymise(id)) {
                    anonymised++;
                } else {
                    skipped++;
                }
                after = id;
            }
        }
        retention.recordRun(new RetentionSummary(organisationId, due, anonymised, skipped));
        return due + " " + anonymised + " " + skipped;
    }
}

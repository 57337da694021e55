package nl.meldpunt.staff;

import java.io.Serializable;
import java.util.List;

/**
 * A staff account in the platform admin's list: who, which role, the organisations served (ids, in
 * order), whether the second factor is set up and whether a password is still to be chosen.
 */
public record StaffOverview(long id, String loginName, String displayName, StaffRole role, boolean active,
                            boolean secondFactorEnrolled, boolean passwordPending, List<Long> organisationIds)
        implements Serializable {

    /** For the page: whether the organisations can be changed here (a confidant serves one or more). */
    public boolean confidant() {
        return role == StaffRole.CONFIDANT;
    }

    /** The platform admin's own kind of account is not managed on the page. */
    public boolean managed() {
        return role != StaffRole.PLATFORM_ADMIN;
    }
}

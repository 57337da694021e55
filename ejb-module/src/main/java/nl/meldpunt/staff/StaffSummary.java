package nl.meldpunt.staff;

/** A staff account in the platform admin's list. */
public record StaffSummary(long id, String loginName, String displayName, StaffRole role, boolean active,
                           boolean secondFactorEnrolled) {
}

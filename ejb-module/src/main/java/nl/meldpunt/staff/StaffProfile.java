package nl.meldpunt.staff;

import java.util.Set;

/** The logged-in staff member as the pages show it. */
public record StaffProfile(long id, String displayName, StaffRole role, Set<Long> organisationIds) {
}

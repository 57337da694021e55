package nl.meldpunt.staff;

/** The outcome of a successful staff login: who it is and with which role. */
public record AuthenticatedStaff(long staffId, StaffRole role) {
}

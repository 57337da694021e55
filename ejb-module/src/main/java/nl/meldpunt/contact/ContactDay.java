package nl.meldpunt.contact;

/** The working days a requester may prefer. */
public enum ContactDay {
    MONDAY,
    TUESDAY,
    WEDNESDAY,
    THURSDAY,
    FRIDAY
}

package nl.meldpunt.contact;

/** The part of the day a requester may prefer. */
public enum DayPart {
    MORNING,
    AFTERNOON,
    EVENING
}

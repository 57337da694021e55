package nl.meldpunt.contact;

/** How the conversation takes place. */
public enum ContactWay {
    PHONE,
    ONLINE,
    ON_LOCATION
}

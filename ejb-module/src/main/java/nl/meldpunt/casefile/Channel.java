package nl.meldpunt.casefile;

/** How a report came in: through the web form, or orally to the confidant (Wbk requires both). */
public enum Channel {
    WEB,
    ORAL
}

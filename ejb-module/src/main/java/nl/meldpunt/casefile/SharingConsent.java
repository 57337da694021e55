package nl.meldpunt.casefile;

/**
 * What the reporter allows the confidant to share with the organisation (seeds 001, 003: the
 * reporter keeps control). The default is to ask first; the reporter can change it later.
 */
public enum SharingConsent {
    /** Nothing is shared with the organisation without asking the reporter first. */
    ASK_FIRST,
    /** The confidant may bring the matter to the organisation's attention without the reporter's identity. */
    ANONYMOUS_ALLOWED
}

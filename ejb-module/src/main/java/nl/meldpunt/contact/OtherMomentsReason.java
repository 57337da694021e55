package nl.meldpunt.contact;

/** Why the requester asks for other moments (optional, a fixed choice: no free text). */
public enum OtherMomentsReason {
    NONE_FITS,
    OTHER_WAY,
    LATER,
    SOONER
}

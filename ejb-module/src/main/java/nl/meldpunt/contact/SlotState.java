package nl.meldpunt.contact;

/** A proposed slot: waiting for the requester, accepted (the agreed appointment), or set aside (another was accepted, or other moments were asked). */
public enum SlotState {
    PROPOSED,
    ACCEPTED,
    SET_ASIDE
}

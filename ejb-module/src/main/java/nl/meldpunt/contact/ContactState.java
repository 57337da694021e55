package nl.meldpunt.contact;

/**
 * Where a contact request stands: asked, slots proposed, other moments asked by the requester, an appointment agreed,
 * or turned into a report case (with the requester's consent).
 */
public enum ContactState {
    REQUESTED,
    SLOTS_PROPOSED,
    OTHER_MOMENTS_ASKED,
    AGREED,
    CONVERTED;

    /** Whether the confidant may still propose slots. */
    public boolean acceptsProposals() {
        return this == REQUESTED || this == SLOTS_PROPOSED || this == OTHER_MOMENTS_ASKED;
    }
}

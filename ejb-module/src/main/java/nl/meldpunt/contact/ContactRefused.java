package nl.meldpunt.contact;

import jakarta.ejb.ApplicationException;

/**
 * A contact request or a slot that cannot be accepted as given; nothing was saved. The page says why in the
 * requester's or confidant's language (key {@code contact.refused.<REASON>}). An application exception: a refusal is
 * the system working as it should.
 */
@ApplicationException(rollback = true)
public class ContactRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why. */
    public enum Reason {
        /** The organisation takes no new request now (suspended or archived). */
        CLOSED,
        /** Topic or way missing. */
        CHOICE_MISSING,
        /** The short note is longer than {@link ContactRequest#MAX_NOTE_LENGTH}. */
        NOTE_TOO_LONG,
        /** The e-mail address cannot be used. */
        NOT_AN_ADDRESS,
        /** A slot without date, time, duration or way, or a duration outside 15–240 minutes. */
        SLOT_INCOMPLETE,
        /** A slot that starts in the past. */
        SLOT_IN_PAST,
        /** A slot overlapping an appointment already agreed for this confidant. */
        SLOT_OVERLAPS,
        /** The details (place, phone, link) are longer than {@link ContactSlot#MAX_DETAILS_LENGTH}. */
        DETAILS_TOO_LONG,
        /** The request does not wait for this step now (e.g. accepting when nothing is proposed). */
        WRONG_STATE,
        /** Converting without the requester's consent. */
        NO_CONSENT,
        /** The login is not a contact request, or no such request or slot. */
        NOT_FOUND
    }

    private final Reason reason;

    public ContactRefused(Reason reason) {
        super(reason.name(), null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

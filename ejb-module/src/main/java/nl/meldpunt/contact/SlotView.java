package nl.meldpunt.contact;

import java.io.Serializable;
import java.time.Instant;

/** A proposed slot as both sides see it; {@code details} is the opened place, phone number or link (or null). */
public record SlotView(long id, Instant startsAt, Instant endsAt, int minutes, ContactWay way, String details, SlotState state)
        implements Serializable {

    public boolean isProposed() {
        return state == SlotState.PROPOSED;
    }
}

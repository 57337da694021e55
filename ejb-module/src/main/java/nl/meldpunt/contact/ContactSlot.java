package nl.meldpunt.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * An appointment slot the confidant proposed for a contact request: start, duration, way, and optionally where or how
 * (a place, a phone number, an online link), sealed under the request's key. The accepted slot is the agreed
 * appointment.
 */
@Entity
@Table(name = "contact_slot")
public class ContactSlot {

    public static final int MAX_DETAILS_LENGTH = 300;
    public static final int MIN_MINUTES = 15;
    public static final int MAX_MINUTES = 240;

    @Id
    @SequenceGenerator(name = "contact_slot_seq", sequenceName = "contact_slot_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_slot_seq")
    private Long id;

    @Column(name = "contact_request_id", nullable = false, updatable = false)
    private long contactRequestId;

    @Column(name = "staff_id", nullable = false, updatable = false)
    private long staffId;

    @Column(name = "starts_at", nullable = false, updatable = false)
    private Instant startsAt;

    @Column(nullable = false, updatable = false)
    private int minutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ContactWay way;

    @Column(name = "sealed_details", updatable = false)
    private byte[] sealedDetails;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SlotState state = SlotState.PROPOSED;

    @Column(name = "proposed_at", nullable = false, updatable = false)
    private Instant proposedAt;

    protected ContactSlot() {
    }

    ContactSlot(long contactRequestId, long staffId, Instant startsAt, int minutes, ContactWay way, byte[] sealedDetails,
                Instant proposedAt) {
        this.contactRequestId = contactRequestId;
        this.staffId = staffId;
        this.startsAt = startsAt;
        this.minutes = minutes;
        this.way = way;
        this.sealedDetails = sealedDetails;
        this.proposedAt = proposedAt;
    }

    /** Whether the two periods share a moment (touching ends do not overlap). */
    boolean overlaps(Instant start, Instant end) {
        return startsAt.isBefore(end) && getEndsAt().isAfter(start);
    }

    void accept() {
        state = SlotState.ACCEPTED;
    }

    void setAside() {
        state = SlotState.SET_ASIDE;
    }

    public Long getId() {
        return id;
    }

    public long getContactRequestId() {
        return contactRequestId;
    }

    public long getStaffId() {
        return staffId;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return startsAt.plus(Duration.ofMinutes(minutes));
    }

    public int getMinutes() {
        return minutes;
    }

    public ContactWay getWay() {
        return way;
    }

    byte[] getSealedDetails() {
        return sealedDetails;
    }

    public SlotState getState() {
        return state;
    }
}

package nl.meldpunt.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContactRequestTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    private static ContactRequest request() {
        return new ContactRequest(1, "ABCD-EFGH-JKMN", "hash", ContactKind.CONVERSATION, ContactTopic.OTHER, ContactWay.PHONE,
                EnumSet.of(ContactDay.FRIDAY, ContactDay.MONDAY), EnumSet.noneOf(DayPart.class), null, "nl", new byte[] {1}, NOW);
    }

    @Test
    void preferencesAreKeptAsChosen() {
        ContactRequest request = request();
        assertEquals(List.of(ContactDay.MONDAY, ContactDay.FRIDAY), request.getDays());
        assertEquals(List.of(), request.getDayParts());
    }

    @Test
    void aSlotIsAcceptedOnlyWhenProposedAndOtherMomentsReopenProposing() {
        ContactRequest request = request();
        assertThrows(ContactRefused.class, request::agreed, "nothing proposed yet");
        request.slotsProposed();
        request.otherMomentsAsked(OtherMomentsReason.LATER);
        assertEquals(ContactState.OTHER_MOMENTS_ASKED, request.getState());
        assertTrue(request.getState().acceptsProposals());
        request.slotsProposed();
        assertNull(request.getOtherMomentsReason());
        request.agreed();
        assertFalse(request.getState().acceptsProposals());
    }

    @Test
    void conversionNeedsTheRequestersConsentAndThenTheReportCarriesTheLogin() {
        ContactRequest request = request();
        ContactRefused refused = assertThrows(ContactRefused.class, () -> request.converted(7));
        assertEquals(ContactRefused.Reason.NO_CONSENT, refused.reason());
        assertThrows(ContactRefused.class, () -> request.conversionAnswered(true, NOW), "not asked");
        request.conversionAsked(NOW);
        request.conversionAnswered(false, NOW);
        assertNull(request.getConversionAskedAt(), "a no withdraws the question");
        assertThrows(ContactRefused.class, () -> request.converted(7));
        request.conversionAsked(NOW);
        request.conversionAnswered(true, NOW);
        request.converted(7);
        assertEquals(ContactState.CONVERTED, request.getState());
        assertEquals(7L, request.getConvertedReportId());
        assertNull(request.getPasswordHash());
    }

    @Test
    void slotsOverlapOnlyWhenTheyShareAMoment() {
        ContactSlot slot = new ContactSlot(1, 2, Instant.parse("2026-12-08T09:00:00Z"), 60, ContactWay.PHONE, null, NOW);
        assertTrue(slot.overlaps(Instant.parse("2026-12-08T09:30:00Z"), Instant.parse("2026-12-08T10:30:00Z")));
        assertTrue(slot.overlaps(Instant.parse("2026-12-08T08:00:00Z"), Instant.parse("2026-12-08T11:00:00Z")));
        assertFalse(slot.overlaps(Instant.parse("2026-12-08T10:00:00Z"), Instant.parse("2026-12-08T10:30:00Z")), "right after");
        assertFalse(slot.overlaps(Instant.parse("2026-12-08T08:00:00Z"), Instant.parse("2026-12-08T09:00:00Z")), "right before");
    }
}

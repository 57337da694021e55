package nl.meldpunt.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.meldpunt.organisation.Organisation;
import nl.meldpunt.security.CaseCipher;
import nl.meldpunt.security.CaseKeys;
import nl.meldpunt.security.OpenCaseKey;
import nl.meldpunt.staff.StaffAccount;

/**
 * What the requester's and the confidant's services share: finding a request, what its sealed texts are bound to,
 * the view both sides see, and the one rule for slots (not in the past, not overlapping an appointment already
 * agreed for the same confidant).
 */
@ApplicationScoped
class ContactRecords {

    @PersistenceContext(unitName = "meldpunt")
    private EntityManager em;

    @Inject
    private CaseCipher cipher;

    @Inject
    private CaseKeys caseKeys;

    static String noteContext(String caseCode) {
        return "contact:" + caseCode + ":note";
    }

    static String slotContext(String caseCode) {
        return "contact:" + caseCode + ":slot";
    }

    Optional<ContactRequest> byCaseCode(String caseCode) {
        return em.createNamedQuery("ContactRequest.byCaseCode", ContactRequest.class).setParameter("caseCode", caseCode)
                .getResultStream().findFirst();
    }

    List<ContactSlot> slotsOf(long requestId) {
        return em.createQuery("select s from ContactSlot s where s.contactRequestId = :id order by s.startsAt, s.id", ContactSlot.class)
                .setParameter("id", requestId).getResultList();
    }

    /**
     * Refuses a slot that starts in the past or overlaps an appointment already agreed for the confidant (any request
     * of any organisation: it is the same person's time). {@code ignoredSlotId} is the slot itself when it is accepted.
     */
    void checkSlot(long staffId, Instant start, int minutes, Instant now, Long ignoredSlotId) {
        if (!start.isAfter(now)) {
            throw new ContactRefused(ContactRefused.Reason.SLOT_IN_PAST);
        }
        Instant end = start.plus(Duration.ofMinutes(minutes));
        boolean overlaps = em.createQuery("select s from ContactSlot s where s.staffId = :staff and s.state = :accepted"
                        + " and s.startsAt < :end and s.startsAt > :earliest", ContactSlot.class)
                .setParameter("staff", staffId).setParameter("accepted", SlotState.ACCEPTED)
                .setParameter("end", end).setParameter("earliest", start.minus(Duration.ofMinutes(ContactSlot.MAX_MINUTES)))
                .getResultStream()
                .anyMatch(s -> !s.getId().equals(ignoredSlotId) && s.overlaps(start, end));
        if (overlaps) {
            throw new ContactRefused(ContactRefused.Reason.SLOT_OVERLAPS);
        }
    }

    /** The request's case key as the caller holds it (issue 17). */
    OpenCaseKey keyOf(ContactRequest request, Long staffId) {
        return caseKeys.open(request.getCaseCode(), request.getServerKeyCopy(), staffId);
    }

    /** @param staffId the logged-in confidant, or null for the requester */
    ContactView view(ContactRequest request, Long staffId) {
        Organisation organisation = em.find(Organisation.class, request.getOrganisationId());
        OpenCaseKey key = keyOf(request, staffId);
        String confidant = request.getChosenConfidantId() == null ? null
                : em.find(StaffAccount.class, request.getChosenConfidantId()).getDisplayName();
        List<SlotView> slots = slotsOf(request.getId()).stream()
                .map(s -> new SlotView(s.getId(), s.getStartsAt(), s.getEndsAt(), s.getMinutes(), s.getWay(),
                        s.getSealedDetails() == null ? null : cipher.openText(key, s.getSealedDetails(), slotContext(request.getCaseCode())),
                        s.getState()))
                .toList();
        return new ContactView(request.getId(), request.getCaseCode(), organisation.getSlug(), organisation.getName(),
                request.getKind(), request.getTopic(), request.getWay(), request.getDays(), request.getDayParts(), confidant,
                request.getSealedNote() == null ? null : cipher.openText(key, request.getSealedNote(), noteContext(request.getCaseCode())),
                request.getState(), request.getOtherMomentsReason(), request.getRequestedAt(),
                slots.stream().filter(SlotView::isProposed).toList(),
                slots.stream().filter(s -> s.state() == SlotState.ACCEPTED).findFirst().orElse(null),
                request.getConversionAskedAt() != null, request.getConversionConsentedAt() != null, request.getConvertedReportId());
    }
}

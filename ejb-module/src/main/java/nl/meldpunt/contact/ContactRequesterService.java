package nl.meldpunt.contact;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import nl.meldpunt.audit.Actor;
import nl.meldpunt.audit.AuditAction;
import nl.meldpunt.audit.AuditTrail;
import nl.meldpunt.shared.Roles;

/**
 * The requester's side of a contact request, on the personal page: the request and the proposed slots, accepting one
 * (or asking for other moments, with an optional reason from a fixed list), and answering the confidant's question
 * whether the request may become a report case. The request is found through the login ({@code reporter:<case code>}),
 * never through an id the page passes in. Every change is audited.
 */
@Stateless
@RolesAllowed(Roles.REPORTER)
public class ContactRequesterService {

    @PersistenceContext(unitName = "meldpunt")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private ContactRecords records;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** Whether this login is a contact request (not yet a case): its personal page is the contact page. */
    public boolean isContactRequest() {
        return own(LockModeType.NONE).isPresent();
    }

    public ContactView mine() {
        ContactRequest request = required(LockModeType.NONE);
        audit.record(actor(request), AuditAction.CONTACT_REQUEST_VIEWED, request.getOrganisationId(), subject(request));
        return records.view(request, null);
    }

    /**
     * Accepts one of the proposed slots: it becomes the agreed appointment, the others are set aside. Refused when the
     * slot has passed or the confidant has agreed another appointment at that time meanwhile.
     */
    public void accept(long slotId) {
        ContactRequest request = required(LockModeType.PESSIMISTIC_WRITE);
        ContactSlot slot = em.find(ContactSlot.class, slotId);
        if (slot == null || slot.getContactRequestId() != request.getId()) {
            throw new ContactRefused(ContactRefused.Reason.NOT_FOUND);
        }
        if (slot.getState() != SlotState.PROPOSED) {
            throw new ContactRefused(ContactRefused.Reason.WRONG_STATE);
        }
        records.checkSlot(slot.getStaffId(), slot.getStartsAt(), slot.getMinutes(), clock.instant(), slot.getId());
        request.agreed();
        records.slotsOf(request.getId()).forEach(s -> {
            if (s.getId().equals(slot.getId())) {
                s.accept();
            } else if (s.getState() == SlotState.PROPOSED) {
                s.setAside();
            }
        });
        audit.record(actor(request), AuditAction.CONTACT_SLOT_ACCEPTED, request.getOrganisationId(), subject(request));
    }

    /** None of the slots fits: the confidant is asked for other moments (the reason is optional, a fixed choice). */
    public void askOtherMoments(OtherMomentsReason reason) {
        ContactRequest request = required(LockModeType.PESSIMISTIC_WRITE);
        request.otherMomentsAsked(reason);
        records.slotsOf(request.getId()).stream().filter(s -> s.getState() == SlotState.PROPOSED).forEach(ContactSlot::setAside);
        audit.recordChange(AuditAction.CONTACT_OTHER_MOMENTS_ASKED, request.getOrganisationId(), subject(request),
                reason == null ? null : reason.name());
    }

    /** The requester's answer to "may this become a report case?": yes is the consent the confidant needs to convert. */
    public void answerConversion(boolean consent) {
        ContactRequest request = required(LockModeType.PESSIMISTIC_WRITE);
        request.conversionAnswered(consent, clock.instant());
        audit.recordChange(AuditAction.CONTACT_CONVERSION_ANSWERED, request.getOrganisationId(), subject(request),
                consent ? "consent" : "no consent");
    }

    public void recordLogout() {
        ContactRequest request = required(LockModeType.NONE);
        audit.record(actor(request), AuditAction.REPORTER_LOGOUT, request.getOrganisationId(), subject(request));
    }

    private ContactRequest required(LockModeType lock) {
        return own(lock).orElseThrow(() -> new ContactRefused(ContactRefused.Reason.NOT_FOUND));
    }

    private Optional<ContactRequest> own(LockModeType lock) {
        String principal = session.getCallerPrincipal().getName();
        if (!principal.startsWith("reporter:")) {
            return Optional.empty();
        }
        return em.createNamedQuery("ContactRequest.byCaseCode", ContactRequest.class)
                .setParameter("caseCode", principal.substring("reporter:".length()))
                .setLockMode(lock)
                .getResultStream().findFirst()
                .filter(r -> r.getState() != ContactState.CONVERTED);
    }

    private static Actor actor(ContactRequest request) {
        return Actor.reporterOf(request.getCaseCode());
    }

    private static String subject(ContactRequest request) {
        return "contact:" + request.getId();
    }
}

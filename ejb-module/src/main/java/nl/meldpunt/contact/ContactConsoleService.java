package nl.meldpunt.contact;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.meldpunt.audit.Actor;
import nl.meldpunt.audit.AuditAction;
import nl.meldpunt.audit.AuditTrail;
import nl.meldpunt.casefile.Channel;
import nl.meldpunt.casefile.Report;
import nl.meldpunt.casefile.SharingConsent;
import nl.meldpunt.organisation.Organisation;
import nl.meldpunt.questionnaire.DefaultSets;
import nl.meldpunt.questionnaire.Registration;
import nl.meldpunt.questionnaire.TipSetVersion;
import nl.meldpunt.security.CaseCipher;
import nl.meldpunt.shared.AccessRefused;
import nl.meldpunt.shared.DutchTime;
import nl.meldpunt.shared.Roles;
import nl.meldpunt.staff.StaffAccount;

/**
 * The confidant's side of contact requests (issue 14, item 1): the open requests of the organisations served (in the
 * work queue, marked as requests), proposing appointment slots, the agreed appointment as an iCalendar file without
 * content, and — only with the requester's consent — turning a request into a report case. A request of another
 * organisation is refused and audited, like a case of another organisation. Every view and change is audited.
 */
@Stateless
@RolesAllowed(Roles.CONFIDANT)
public class ContactConsoleService {

    /** The calendar entry's only text: says what kind of appointment, names nothing. */
    public static final String CALENDAR_SUMMARY = "Gesprek vertrouwenspersoon";

    @PersistenceContext(unitName = "meldpunt")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private ContactRecords records;

    @Inject
    private CaseCipher cipher;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private DefaultSets defaults;

    /** The open requests (not yet a case) of the organisations this confidant serves, oldest first. */
    public List<ContactQueueEntry> openRequests() {
        Set<Long> served = me().getOrganisationIds();
        if (served.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = em.createQuery("select o.id, o.name from Organisation o where o.id in :ids", Object[].class)
                .setParameter("ids", served).getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (String) row[1]));
        List<ContactRequest> requests = em.createQuery("select c from ContactRequest c where c.organisationId in :ids"
                        + " and c.state <> :converted order by c.requestedAt", ContactRequest.class)
                .setParameter("ids", served).setParameter("converted", ContactState.CONVERTED).getResultList();
        if (requests.isEmpty()) {
            return List.of();
        }
        Map<Long, Instant> agreed = em.createQuery("select s.contactRequestId, s.startsAt from ContactSlot s"
                        + " where s.contactRequestId in :ids and s.state = :accepted", Object[].class)
                .setParameter("ids", requests.stream().map(ContactRequest::getId).toList())
                .setParameter("accepted", SlotState.ACCEPTED).getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Instant) row[1], (a, b) -> a));
        return requests.stream()
                .map(c -> new ContactQueueEntry(c.getId(), c.getCaseCode(), names.get(c.getOrganisationId()), c.getKind(),
                        c.getTopic(), c.getWay(), c.getState(), c.getRequestedAt(), agreed.get(c.getId())))
                .toList();
    }

    public ContactView open(long requestId) {
        ContactRequest request = requestOfMine(requestId, LockModeType.NONE);
        audit.record(AuditAction.CONTACT_REQUEST_VIEWED, request.getOrganisationId(), subject(request));
        return records.view(request, me().getId());
    }

    /**
     * Proposes one slot: a day, a start time ({@code HH:mm}, Dutch time), a duration of 15 to 240 minutes, a way, and
     * optionally where or how (sealed). Refused when it starts in the past or overlaps an appointment already agreed
     * for this confidant. Proposing more slots one by one is allowed while no appointment is agreed.
     */
    public void propose(long requestId, LocalDate day, String start, int minutes, ContactWay way, String details) {
        ContactRequest request = requestOfMine(requestId, LockModeType.PESSIMISTIC_WRITE);
        LocalTime time;
        try {
            time = start == null ? null : LocalTime.parse(start.strip());
        } catch (DateTimeParseException e) {
            time = null;
        }
        if (day == null || time == null || way == null || minutes < ContactSlot.MIN_MINUTES || minutes > ContactSlot.MAX_MINUTES) {
            throw new ContactRefused(ContactRefused.Reason.SLOT_INCOMPLETE);
        }
        String text = details == null || details.isBlank() ? null : details.strip();
        if (text != null && text.length() > ContactSlot.MAX_DETAILS_LENGTH) {
            throw new ContactRefused(ContactRefused.Reason.DETAILS_TOO_LONG);
        }
        if (!request.getState().acceptsProposals()) {
            throw new ContactRefused(ContactRefused.Reason.WRONG_STATE);
        }
        Instant startsAt = day.atTime(time).atZone(DutchTime.ZONE).toInstant();
        long staffId = me().getId();
        records.checkSlot(staffId, startsAt, minutes, clock.instant(), null);
        byte[] sealed = text == null ? null
                : cipher.sealText(records.keyOf(request, staffId), text, ContactRecords.slotContext(request.getCaseCode()));
        em.persist(new ContactSlot(request.getId(), staffId, startsAt, minutes, way, sealed, clock.instant()));
        request.slotsProposed();
        audit.recordChange(AuditAction.CONTACT_SLOT_PROPOSED, request.getOrganisationId(), subject(request), way.name());
    }

    /**
     * The agreed appointment as an iCalendar file: a neutral summary and the times only — no topic, no case code, no
     * place, no name (see {@link AppointmentCalendar}).
     */
    public String calendarFile(long requestId) {
        ContactRequest request = requestOfMine(requestId, LockModeType.NONE);
        ContactSlot agreed = records.slotsOf(request.getId()).stream().filter(s -> s.getState() == SlotState.ACCEPTED)
                .findFirst().orElseThrow(() -> new ContactRefused(ContactRefused.Reason.WRONG_STATE));
        audit.record(AuditAction.CONTACT_CALENDAR_DOWNLOADED, request.getOrganisationId(), subject(request));
        return AppointmentCalendar.of(uid(agreed), CALENDAR_SUMMARY, agreed.getStartsAt(), agreed.getEndsAt(), clock.instant());
    }

    /** Asks the requester whether the request may become a report case; nothing changes until the requester agrees. */
    public void askConversion(long requestId) {
        ContactRequest request = requestOfMine(requestId, LockModeType.PESSIMISTIC_WRITE);
        request.conversionAsked(clock.instant());
        audit.record(AuditAction.CONTACT_CONVERSION_ASKED, request.getOrganisationId(), subject(request));
    }

    /**
     * Turns the request into a report case, only after the requester consented on the personal page: a report with the
     * same case code, password hash and data key (the login keeps working), the organisation's current question and
     * tip sets, the category that fits the topic, and the deadlines running from now. Without consent it is refused
     * and nothing changes. Returns the new report's id.
     */
    public long convert(long requestId) {
        ContactRequest request = requestOfMine(requestId, LockModeType.PESSIMISTIC_WRITE);
        if (request.getConversionConsentedAt() == null) {
            throw new ContactRefused(ContactRefused.Reason.NO_CONSENT);
        }
        if (request.getState() == ContactState.CONVERTED) {
            throw new ContactRefused(ContactRefused.Reason.WRONG_STATE);
        }
        Organisation organisation = em.find(Organisation.class, request.getOrganisationId());
        TipSetVersion tips = defaults.currentTips(organisation.getId());
        Instant now = clock.instant();
        Report report = new Report(organisation.getId(), request.getCaseCode(), request.getPasswordHash(),
                defaults.currentQuestionSet(organisation.getId()).getId(), tips.getId(), Channel.WEB, request.getLanguage(),
                new Registration(request.getTopic().caseCategory(), request.getTopic().caseSubcategory(), null, null, List.of()),
                request.getChosenConfidantId(), SharingConsent.ASK_FIRST, request.getServerKeyCopy(), now);
        report.scheduleNextStatusMail(now.plus(Duration.ofDays(organisation.getStatusUpdateIntervalDays())));
        report.scheduleNextTip(tips.tipSet());
        em.persist(report);
        em.flush();
        request.converted(report.getId());
        audit.record(AuditAction.CONTACT_CONVERTED, organisation.getId(), subject(request));
        audit.record(AuditAction.CONTACT_CONVERTED, organisation.getId(), "report:" + report.getId());
        return report.getId();
    }

    /** A UID that names no one and cannot be traced back without the database: a hash of the slot's id and start. */
    private static String uid(ContactSlot slot) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((slot.getId() + "/" + slot.getStartsAt()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16) + "@meldpunt";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private ContactRequest requestOfMine(long requestId, LockModeType lock) {
        ContactRequest request = em.find(ContactRequest.class, requestId, lock);
        StaffAccount me = me();
        if (request == null) {
            throw new ContactRefused(ContactRefused.Reason.NOT_FOUND);
        }
        if (!me.getOrganisationIds().contains(request.getOrganisationId())) {
            audit.recordIndependently(Actor.staff(me.getId()), AuditAction.ACCESS_DENIED, request.getOrganisationId(),
                    subject(request));
            throw new AccessRefused("Not a contact request of an organisation this confidant serves");
        }
        return request;
    }

    private StaffAccount me() {
        return em.find(StaffAccount.class, Long.valueOf(session.getCallerPrincipal().getName()));
    }

    private static String subject(ContactRequest request) {
        return "contact:" + request.getId();
    }
}

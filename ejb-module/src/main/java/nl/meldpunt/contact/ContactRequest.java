package nl.meldpunt.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import nl.meldpunt.security.FailedLogins;

/**
 * A contact request (issue 14, item 1): somebody wants to talk to a confidant, or a manager wants advice about a
 * situation in the team. Known only by its case code; the password is an Argon2id hash, failed logins lock it as they
 * lock a report. Everything is a fixed choice except the optional short note, which is sealed under the request's own
 * data key (like a report's answers). Nothing here leads to an e-mail address.
 *
 * <p>States: requested → slots proposed ⇄ other moments asked → agreed; from any of them, with the requester's consent,
 * converted into a report case (which then carries the login).
 */
@Entity
@Table(name = "contact_request")
@NamedQuery(name = "ContactRequest.byCaseCode", query = "select c from ContactRequest c where c.caseCode = :caseCode")
public class ContactRequest {

    /** A short line, not a story. */
    public static final int MAX_NOTE_LENGTH = 300;

    @Id
    @SequenceGenerator(name = "contact_request_seq", sequenceName = "contact_request_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_request_seq")
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(name = "case_code", nullable = false, unique = true, updatable = false)
    private String caseCode;

    /** NULL once the request became a case: the report's copy of the hash is the login from then on. */
    @Column(name = "password_hash")
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ContactKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ContactTopic topic;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ContactWay way;

    /** Preferred days, as enum names separated by commas. */
    @Column(updatable = false)
    private String days;

    /** Preferred parts of the day, as enum names separated by commas. */
    @Column(name = "day_parts", updatable = false)
    private String dayParts;

    @Column(name = "chosen_confidant_id", updatable = false)
    private Long chosenConfidantId;

    @Column(nullable = false, updatable = false)
    private String language;

    @Column(name = "data_key", nullable = false, updatable = false)
    private byte[] dataKey;

    @Column(name = "sealed_note", updatable = false)
    private byte[] sealedNote;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ContactState state = ContactState.REQUESTED;

    @Enumerated(EnumType.STRING)
    @Column(name = "other_moments_reason")
    private OtherMomentsReason otherMomentsReason;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "conversion_asked_at")
    private Instant conversionAskedAt;

    @Column(name = "conversion_consented_at")
    private Instant conversionConsentedAt;

    @Column(name = "converted_report_id")
    private Long convertedReportId;

    @Embedded
    private FailedLogins failedLogins = new FailedLogins();

    @Version
    private long version;

    protected ContactRequest() {
    }

    ContactRequest(long organisationId, String caseCode, String passwordHash, ContactKind kind, ContactTopic topic, ContactWay way,
                   Collection<ContactDay> days, Collection<DayPart> dayParts, Long chosenConfidantId, String language,
                   byte[] dataKey, Instant requestedAt) {
        this.organisationId = organisationId;
        this.caseCode = caseCode;
        this.passwordHash = passwordHash;
        this.kind = kind;
        this.topic = topic;
        this.way = way;
        this.days = join(days);
        this.dayParts = join(dayParts);
        this.chosenConfidantId = chosenConfidantId;
        this.language = language;
        this.dataKey = dataKey == null ? null : dataKey.clone();
        this.requestedAt = requestedAt;
    }

    void sealNote(byte[] sealed) {
        this.sealedNote = sealed;
    }

    /** The confidant proposed (more) slots: the requester is asked again. */
    void slotsProposed() {
        requireState(state.acceptsProposals());
        state = ContactState.SLOTS_PROPOSED;
        otherMomentsReason = null;
    }

    /** The requester asks for other moments; the proposed slots are set aside by the service. */
    void otherMomentsAsked(OtherMomentsReason reason) {
        requireState(state == ContactState.SLOTS_PROPOSED);
        state = ContactState.OTHER_MOMENTS_ASKED;
        otherMomentsReason = reason;
    }

    void agreed() {
        requireState(state == ContactState.SLOTS_PROPOSED);
        state = ContactState.AGREED;
    }

    void conversionAsked(Instant at) {
        requireState(state != ContactState.CONVERTED && conversionAskedAt == null);
        conversionAskedAt = at;
    }

    /** The requester's answer to the confidant's question: yes records the consent, no withdraws the question. */
    void conversionAnswered(boolean consent, Instant at) {
        requireState(state != ContactState.CONVERTED && conversionAskedAt != null && conversionConsentedAt == null);
        if (consent) {
            conversionConsentedAt = at;
        } else {
            conversionAskedAt = null;
        }
    }

    /** Became the report; that report's copy of the password hash is the login from now on. */
    void converted(long reportId) {
        if (conversionConsentedAt == null) {
            throw new ContactRefused(ContactRefused.Reason.NO_CONSENT);
        }
        requireState(state != ContactState.CONVERTED);
        state = ContactState.CONVERTED;
        convertedReportId = reportId;
        passwordHash = null;
    }

    private static void requireState(boolean allowed) {
        if (!allowed) {
            throw new ContactRefused(ContactRefused.Reason.WRONG_STATE);
        }
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    public boolean isLocked(Instant now) {
        return failedLogins.isLocked(now);
    }

    public void recordFailedLogin(Instant now) {
        failedLogins.recordFailure(now);
    }

    public void recordSuccessfulLogin() {
        failedLogins.recordSuccess();
    }

    private static String join(Collection<? extends Enum<?>> values) {
        return values == null || values.isEmpty() ? null : values.stream().map(Enum::name).distinct().collect(Collectors.joining(","));
    }

    private static <E extends Enum<E>> List<E> split(String stored, Class<E> type) {
        return stored == null || stored.isEmpty() ? List.of()
                : Arrays.stream(stored.split(",")).map(name -> Enum.valueOf(type, name)).toList();
    }

    public Long getId() {
        return id;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public String getCaseCode() {
        return caseCode;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public ContactKind getKind() {
        return kind;
    }

    public ContactTopic getTopic() {
        return topic;
    }

    public ContactWay getWay() {
        return way;
    }

    public List<ContactDay> getDays() {
        return split(days, ContactDay.class);
    }

    public List<DayPart> getDayParts() {
        return split(dayParts, DayPart.class);
    }

    public Long getChosenConfidantId() {
        return chosenConfidantId;
    }

    public String getLanguage() {
        return language;
    }

    /** The server copy of the request's case key, or null once every holder has an own copy ({@code security.CaseKeys}). */
    public byte[] getServerKeyCopy() {
        return dataKey == null ? null : dataKey.clone();
    }

    byte[] getSealedNote() {
        return sealedNote;
    }

    public ContactState getState() {
        return state;
    }

    public OtherMomentsReason getOtherMomentsReason() {
        return otherMomentsReason;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getConversionAskedAt() {
        return conversionAskedAt;
    }

    public Instant getConversionConsentedAt() {
        return conversionConsentedAt;
    }

    public Long getConvertedReportId() {
        return convertedReportId;
    }
}

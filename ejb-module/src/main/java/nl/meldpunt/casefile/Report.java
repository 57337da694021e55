package nl.meldpunt.casefile;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.meldpunt.questionnaire.Registration;
import nl.meldpunt.questionnaire.TipSet;
import nl.meldpunt.security.FailedLogins;

/**
 * A report (melding). The registration fields (category, relation, ongoing, needs) stay readable
 * for the register; every free-text answer is sealed under the report's own data key and can only
 * be read through {@link nl.meldpunt.security.CaseCipher}. The reporter is known only by the case
 * code; the password is kept as an Argon2id hash. Nothing here leads to an e-mail address.
 */
@Entity
@Table(name = "report")
@NamedQuery(name = "Report.byCaseCode", query = "select r from Report r where r.caseCode = :caseCode")
public class Report {

    @Id
    @SequenceGenerator(name = "report_seq", sequenceName = "report_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_seq")
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(name = "case_code", nullable = false, unique = true, updatable = false)
    private String caseCode;

    /** NULL once the case is anonymised: nobody can log in any more. */
    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "question_set_id", nullable = false, updatable = false)
    private long questionSetId;

    @Column(name = "tip_set_id", nullable = false, updatable = false)
    private long tipSetId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReportStatus status = ReportStatus.NEW;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Channel channel;

    @Column(nullable = false)
    private String language;

    @Column(nullable = false)
    private String category;

    private String subcategory;

    private String relation;

    private String ongoing;

    /** The stated needs, as option keys separated by commas. */
    private String needs;

    @Column(name = "chosen_confidant_id")
    private Long chosenConfidantId;

    @Enumerated(EnumType.STRING)
    @Column(name = "sharing_consent", nullable = false)
    private SharingConsent sharingConsent;

    /** The wrapped data key; NULL once the case is anonymised (what it sealed is deleted too). */
    @Column(name = "data_key")
    private byte[] dataKey;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "report_answer", joinColumns = @JoinColumn(name = "report_id"))
    @MapKeyColumn(name = "question_key")
    @Column(name = "sealed_value", nullable = false)
    private Map<String, byte[]> sealedAnswers = new HashMap<>();

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Enumerated(EnumType.STRING)
    private Track track;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "recorded_by_staff_id", updatable = false)
    private Long recordedByStaffId;

    @Column(name = "record_approved_at")
    private Instant recordApprovedAt;

    @Column(name = "checkin_due_on")
    private java.time.LocalDate checkinDueOn;

    @Column(name = "checkin_asked_at")
    private Instant checkinAskedAt;

    @Column(name = "next_status_mail_at")
    private Instant nextStatusMailAt;

    @Column(name = "address_purge_pending", nullable = false)
    private boolean addressPurgePending;

    @Column(name = "next_tip_mail_at")
    private Instant nextTipMailAt;

    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

    @Embedded
    private FailedLogins failedLogins = new FailedLogins();

    @Version
    private long version;

    protected Report() {
    }

    public Report(long organisationId, String caseCode, String passwordHash, long questionSetId, long tipSetId, Channel channel,
           String language, Registration registration, Long chosenConfidantId, SharingConsent sharingConsent,
           byte[] dataKey, Instant submittedAt) {
        this.organisationId = organisationId;
        this.caseCode = caseCode;
        this.passwordHash = passwordHash;
        this.questionSetId = questionSetId;
        this.tipSetId = tipSetId;
        this.channel = channel;
        this.language = language;
        this.category = registration.category();
        this.subcategory = registration.subcategory();
        this.relation = registration.relation();
        this.ongoing = registration.ongoing();
        this.needs = String.join(",", registration.needs());
        this.chosenConfidantId = chosenConfidantId;
        this.sharingConsent = sharingConsent;
        this.dataKey = dataKey == null ? null : dataKey.clone();
        this.submittedAt = submittedAt;
    }

    public void putSealedAnswer(String questionKey, byte[] sealed) {
        sealedAnswers.put(questionKey, sealed);
    }

    /** The reporter withdraws the report; it stays for the register, the confidant takes no further steps. */
    public void withdraw(Instant at) {
        if (!status.isOpen()) {
            throw new IllegalStateException("A closed or withdrawn report cannot be withdrawn");
        }
        status = ReportStatus.WITHDRAWN;
        withdrawnAt = at;
        nextStatusMailAt = null;
        nextTipMailAt = null;
    }

    /** When the reporter's next status update is due (at the organisation's interval); none once closed. */
    public Instant getNextStatusMailAt() {
        return nextStatusMailAt;
    }

    /** The status update is on its way; the next one is due an interval later. */
    public void scheduleNextStatusMail(Instant at) {
        nextStatusMailAt = status.isOpen() ? at : null;
    }

    /** When the next tip of the organisation's tip schedule appears; none when no later tip is left. */
    public Instant getNextTipMailAt() {
        return nextTipMailAt;
    }

    /** Schedules the first later tip (at the report) or the one after the tip now due (when its mail is queued). */
    public void scheduleNextTip(TipSet tips) {
        long reached = nextTipMailAt == null ? 0 : Duration.between(submittedAt, nextTipMailAt).toDays();
        var next = tips.nextTipDay(category, subcategory, reached);
        nextTipMailAt = status.isOpen() && next.isPresent() ? submittedAt.plus(Duration.ofDays(next.getAsInt())) : null;
    }

    /** Closed: the address leaves the vault as soon as the last mail has gone. */
    public boolean isAddressPurgePending() {
        return addressPurgePending;
    }

    /**
     * The confidant moves the report on, along the allowed transitions only (new → acknowledged →
     * in progress → aftercare → closed); acknowledging records the moment the 7-day deadline is met.
     */
    void moveTo(ReportStatus next, Instant at) {
        if (!status.next().contains(next)) {
            throw new IllegalStateException("A report cannot go from " + status + " to " + next);
        }
        status = next;
        if (next == ReportStatus.CLOSED) {
            nextStatusMailAt = null;
            nextTipMailAt = null;
            addressPurgePending = true;
        }
        if (next == ReportStatus.ACKNOWLEDGED) {
            acknowledgedAt = at;
        } else if (next == ReportStatus.CLOSED) {
            closedAt = at;
        }
    }

    /**
     * After the retention period: the case keeps what the register and the annual report count (its
     * structured fields and dates) and loses its password hash, its data key and its sealed answers; the
     * service that calls this removes the other sealed texts and the vault entry in the same run.
     * Only a case that ended (closed or withdrawn) can be anonymised, and only once.
     */
    public void anonymise(Instant at) {
        if (status.isOpen() || anonymisedAt != null) {
            throw new IllegalStateException("Only an ended case that is still whole can be anonymised");
        }
        anonymisedAt = at;
        passwordHash = null;
        dataKey = null;
        sealedAnswers.clear();
        nextStatusMailAt = null;
        nextTipMailAt = null;
        addressPurgePending = false;
        checkinDueOn = null;
        failedLogins.recordSuccess();
    }

    /** Whether the case was anonymised after the retention period: then there is no text, key or login left. */
    public boolean isAnonymised() {
        return anonymisedAt != null;
    }

    public Instant getAnonymisedAt() {
        return anonymisedAt;
    }

    /** An oral report: the confidant who wrote it down. */
    public void recordedBy(long staffId) {
        if (channel != Channel.ORAL) {
            throw new IllegalStateException("Only an oral report is written down by a confidant");
        }
        this.recordedByStaffId = staffId;
    }

    /** The reporter approves the confidant's written record of an oral report (art. 18 of the directive). */
    public void approveRecord(Instant at) {
        if (channel != Channel.ORAL || recordApprovedAt != null) {
            throw new IllegalStateException("There is no written record waiting for approval");
        }
        this.recordApprovedAt = at;
    }

    public Instant getRecordApprovedAt() {
        return recordApprovedAt;
    }

    /** Closing schedules the aftercare check-in on this day. */
    void scheduleCheckin(java.time.LocalDate due) {
        this.checkinDueOn = due;
    }

    /** The confidant asked the reporter how things are (retaliation?); the reporter may answer. */
    void checkinAsked(Instant at) {
        if (status != ReportStatus.CLOSED || checkinDueOn == null || checkinAskedAt != null) {
            throw new IllegalStateException("No check-in is pending for this report");
        }
        this.checkinAskedAt = at;
    }

    /** Whether the reporter can write: an open report, or a closed one whose check-in question is recent. */
    public boolean acceptsReporterMessages(Instant now) {
        return status.isOpen() || checkinAskedAt != null && checkinAskedAt.plus(java.time.Duration.ofDays(60)).isAfter(now);
    }

    public java.time.LocalDate getCheckinDueOn() {
        return checkinDueOn;
    }

    public Instant getCheckinAskedAt() {
        return checkinAskedAt;
    }

    void chooseTrack(Track chosen) {
        this.track = chosen;
    }

    public Track getTrack() {
        return track == null ? Track.suggestedFor(category) : track;
    }

    public boolean isTrackChosen() {
        return track != null;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
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

    public long getQuestionSetId() {
        return questionSetId;
    }

    public long getTipSetId() {
        return tipSetId;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getLanguage() {
        return language;
    }

    public String getCategory() {
        return category;
    }

    public String getSubcategory() {
        return subcategory;
    }

    public String getRelation() {
        return relation;
    }

    public String getOngoing() {
        return ongoing;
    }

    public List<String> getNeeds() {
        return needs == null || needs.isEmpty() ? List.of() : Arrays.asList(needs.split(","));
    }

    public Long getChosenConfidantId() {
        return chosenConfidantId;
    }

    public SharingConsent getSharingConsent() {
        return sharingConsent;
    }

    /**
     * The server copy of the report's data key (wrapped under the configuration's key-encryption key), or null: a
     * case has one only while somebody who holds it lacks an own copy ({@link nl.meldpunt.security.CaseKeys}), and
     * an anonymised case has no key at all.
     */
    public byte[] getServerKeyCopy() {
        return dataKey == null ? null : dataKey.clone();
    }

    public Map<String, byte[]> getSealedAnswers() {
        return Map.copyOf(sealedAnswers);
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }
}

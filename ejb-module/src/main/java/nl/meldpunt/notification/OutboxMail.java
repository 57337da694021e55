package nl.meldpunt.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * One mail in the outbox. Written in the transaction of the change that causes it, delivered later
 * by {@link OutboxSender}. It holds no address and no report content: the recipient is a report
 * (address in the vault) or a staff account; {@code details} holds only case codes and deadlines.
 * The Message-ID is fixed at creation, so a mail sent again after a crash is recognisably the same.
 */
@Entity
@Table(name = "outbox_mail")
public class OutboxMail {

    /** Waiting to be sent; sent; given up after the bounded number of tries; or no address (any more). */
    public enum State { WAITING, SENT, GIVEN_UP, NO_ADDRESS }

    @Id
    @SequenceGenerator(name = "outbox_mail_seq", sequenceName = "outbox_mail_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_mail_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private MailKind kind;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(name = "report_id", updatable = false)
    private Long reportId;

    @Column(name = "staff_id", updatable = false)
    private Long staffId;

    @Column(nullable = false, updatable = false)
    private String language;

    @Column(updatable = false)
    private String details;

    @Column(name = "dedupe_key", updatable = false)
    private String dedupeKey;

    @Column(name = "message_id", nullable = false, updatable = false)
    private String messageId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state = State.WAITING;

    @Column(name = "send_after", nullable = false)
    private Instant sendAfter;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "last_problem")
    private String lastProblem;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** For {@link MailKind#HR_PUBLICATION}: the run whose files are ready (attached when its schedule says so). */
    @Column(name = "publication_run_id", updatable = false)
    private Long publicationRunId;

    /** For {@link MailKind#carriesInvitation()}: the invitation whose link the mail carries (its token is made when sent). */
    @Column(name = "staff_invitation_id", updatable = false)
    private Long staffInvitationId;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Version
    private long version;

    protected OutboxMail() {
    }

    private OutboxMail(MailKind kind, long organisationId, Long reportId, Long staffId, String language, String details,
                       String dedupeKey, Instant sendAfter, Instant now, String mailDomain) {
        this.kind = kind;
        this.organisationId = organisationId;
        this.reportId = reportId;
        this.staffId = staffId;
        this.language = language;
        this.details = details;
        this.dedupeKey = dedupeKey;
        this.sendAfter = sendAfter;
        this.createdAt = now;
        // Random, so the id says nothing about the order or number of mails to a mail server log.
        this.messageId = "<" + UUID.randomUUID() + "@" + mailDomain + ">";
    }

    static OutboxMail toReporter(MailKind kind, long organisationId, long reportId, String language, Instant sendAfter,
                                 Instant now, String mailDomain) {
        return new OutboxMail(kind, organisationId, reportId, null, language, null, null, sendAfter, now, mailDomain);
    }

    static OutboxMail toStaff(MailKind kind, long organisationId, long staffId, String language, String details,
                              String dedupeKey, Instant now, String mailDomain) {
        return new OutboxMail(kind, organisationId, null, staffId, language, details, dedupeKey, now, now, mailDomain);
    }

    void aboutPublication(long runId) {
        this.publicationRunId = runId;
    }

    void aboutInvitation(long invitationId) {
        this.staffInvitationId = invitationId;
    }

    public Long getStaffInvitationId() {
        return staffInvitationId;
    }

    public Long getPublicationRunId() {
        return publicationRunId;
    }

    void sent(Instant at) {
        state = State.SENT;
        finishedAt = at;
        claimedUntil = null;
        lastProblem = null;
    }

    void noAddress(Instant at) {
        state = State.NO_ADDRESS;
        finishedAt = at;
        claimedUntil = null;
    }

    /** A failed try: again after {@code retryAt}, or given up. */
    void failed(String problem, Instant retryAt, boolean giveUp, Instant at) {
        lastProblem = problem;
        claimedUntil = null;
        if (giveUp) {
            state = State.GIVEN_UP;
            finishedAt = at;
        } else {
            sendAfter = retryAt;
        }
    }

    public Long getId() {
        return id;
    }

    public MailKind getKind() {
        return kind;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public Long getReportId() {
        return reportId;
    }

    public Long getStaffId() {
        return staffId;
    }

    public String getLanguage() {
        return language;
    }

    public String getDetails() {
        return details;
    }

    public String getMessageId() {
        return messageId;
    }

    public State getState() {
        return state;
    }

    public Instant getSendAfter() {
        return sendAfter;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastProblem() {
        return lastProblem;
    }
}

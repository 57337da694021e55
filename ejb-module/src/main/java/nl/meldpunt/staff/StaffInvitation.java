package nl.meldpunt.staff;

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
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A single-use link to choose a password: for a new staff account, or after the platform admin reset
 * one. The random token is made when the mail is sent and only its SHA-256 hash is kept; the link holds
 * for {@link #VALID} from then. Using it, or a newer invitation for the same account, closes it.
 */
@Entity
@Table(name = "staff_invitation")
public class StaffInvitation {

    /** How long a link holds after its mail went out. */
    public static final Duration VALID = Duration.ofDays(7);

    /** Why the link was sent: the mail's words differ. */
    public enum Purpose { INVITATION, PASSWORD_RESET }

    /** Why an invitation is no longer open. */
    public enum Closed { USED, REPLACED }

    @Id
    @SequenceGenerator(name = "staff_invitation_seq", sequenceName = "staff_invitation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_invitation_seq")
    private Long id;

    @Column(name = "staff_id", nullable = false, updatable = false)
    private long staffId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Purpose purpose;

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "mailed_at")
    private Instant mailedAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "closed_reason")
    private Closed closedReason;

    @Version
    private long version;

    protected StaffInvitation() {
    }

    StaffInvitation(long staffId, Purpose purpose, Instant now) {
        this.staffId = staffId;
        this.purpose = Objects.requireNonNull(purpose);
        this.createdAt = now;
    }

    /** The mail goes out now with a new token (a retry replaces an earlier one): valid for {@link #VALID}. */
    void issued(String newTokenHash, Instant now) {
        this.tokenHash = newTokenHash;
        this.mailedAt = now;
        this.expiresAt = now.plus(VALID);
    }

    boolean isOpen() {
        return closedAt == null;
    }

    /** Open, mailed, and not expired. */
    boolean isValidAt(Instant now) {
        return closedAt == null && tokenHash != null && expiresAt != null && now.isBefore(expiresAt);
    }

    void close(Closed reason, Instant now) {
        this.closedAt = now;
        this.closedReason = reason;
    }

    public Long getId() {
        return id;
    }

    public long getStaffId() {
        return staffId;
    }

    public Purpose getPurpose() {
        return purpose;
    }
}

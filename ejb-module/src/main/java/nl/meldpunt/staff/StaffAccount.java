package nl.meldpunt.staff;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import nl.meldpunt.security.FailedLogins;
import nl.meldpunt.security.PersonalKeys;
import nl.meldpunt.shared.PublicPageChanges;

/**
 * A person who works in Meldpunt: platform admin, organisation admin, confidant or HR member.
 * Reporters never have an account. The password is kept only as an Argon2id hash; repeated failed
 * logins lock the account for a while.
 */
@Entity
@EntityListeners(PublicPageChanges.class) // the entry page shows it
@Table(name = "staff_account")
@NamedQuery(name = "StaffAccount.byLoginName", query = "select s from StaffAccount s where s.loginName = :loginName")
public class StaffAccount {

    @Id
    @SequenceGenerator(name = "staff_account_seq", sequenceName = "staff_account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_account_seq")
    private Long id;

    @Column(name = "login_name", nullable = false, unique = true)
    private String loginName;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StaffRole role;

    @Column(nullable = false)
    private boolean active = true;

    @Embedded
    private FailedLogins failedLogins = new FailedLogins();

    @Column(name = "totp_key")
    private byte[] totpKey;

    @Column(name = "totp_secret")
    private byte[] totpSecret;

    @Column(name = "totp_enrolled", nullable = false)
    private boolean totpEnrolled;

    @Column(name = "totp_last_step", nullable = false)
    private long totpLastStep;

    @Column(name = "session_generation", nullable = false)
    private int sessionGeneration;

    @Column(name = "mail_address")
    private String mailAddress;

    @Column(name = "mail_digest", nullable = false)
    private boolean mailDigest;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The password is still to be chosen through an invitation link: no password logs in meanwhile. */
    @Column(name = "password_pending", nullable = false)
    private boolean passwordPending;

    /** A confidant's key pair (issue 17): the public key, and the private key sealed under the password. */
    @Column(name = "key_public")
    private byte[] keyPublic;

    @Column(name = "key_private_sealed")
    private byte[] keyPrivateSealed;

    @Column(name = "key_salt")
    private byte[] keySalt;

    @ElementCollection
    @CollectionTable(name = "staff_organisation", joinColumns = @JoinColumn(name = "staff_id"))
    @Column(name = "organisation_id")
    private Set<Long> organisationIds = new HashSet<>();

    @Version
    private long version;

    protected StaffAccount() {
    }

    public StaffAccount(String loginName, String displayName, String passwordHash, StaffRole role, Instant createdAt) {
        this.loginName = loginName;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.createdAt = createdAt;
    }

    public void assignTo(long organisationId) {
        if (role != StaffRole.CONFIDANT && !organisationIds.isEmpty() && !organisationIds.contains(organisationId)) {
            throw new IllegalStateException("Only a confidant serves more than one organisation");
        }
        organisationIds.add(organisationId);
    }

    /** Takes the account off one organisation; a staff member always serves at least one (the caller checks). */
    public void unassignFrom(long organisationId) {
        organisationIds.remove(organisationId);
    }

    /**
     * The password is to be chosen through an invitation link (a new account, or the platform admin's
     * reset): the stored hash is replaced by one of a random value nobody knows, so the old password
     * stops working at once, and every session of the account ends.
     */
    public void awaitPassword(String unknowablePasswordHash) {
        this.passwordHash = java.util.Objects.requireNonNull(unknowablePasswordHash);
        this.passwordPending = true;
        dropPersonalKey(); // sealed under the old password, which nobody may know any more
        endAllSessions();
    }

    /** @return the confidant's key pair as stored (the private key sealed), when there is one */
    public Optional<PersonalKeys.SealedKeyPair> getPersonalKey() {
        return keyPublic == null ? Optional.empty()
                : Optional.of(new PersonalKeys.SealedKeyPair(keyPublic.clone(), keyPrivateSealed.clone(), keySalt.clone()));
    }

    /** Keeps a key pair whose private key is sealed under the current password (a new one, or sealed anew). */
    public void keepPersonalKey(PersonalKeys.SealedKeyPair sealed) {
        keyPublic = sealed.publicKey().clone();
        keyPrivateSealed = sealed.sealedPrivateKey().clone();
        keySalt = sealed.salt().clone();
    }

    /** The key pair is gone; the copies of case keys wrapped to it are deleted by the caller. */
    public void dropPersonalKey() {
        keyPublic = null;
        keyPrivateSealed = null;
        keySalt = null;
    }

    /** The password chosen through the invitation link: the account can log in again. */
    public void choosePassword(String newPasswordHash) {
        changePassword(newPasswordHash);
        this.passwordPending = false;
    }

    public boolean isPasswordPending() {
        return passwordPending;
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

    /** Confidants and admins log in with a second factor; HR sees only anonymised reports. */
    public boolean needsSecondFactor() {
        return role != StaffRole.HR;
    }

    /** A new (not yet confirmed) second-factor secret, sealed under the account's own key. */
    public void startSecondFactor(byte[] wrappedKey, byte[] sealedSecret) {
        this.totpKey = wrappedKey.clone();
        this.totpSecret = sealedSecret.clone();
        this.totpEnrolled = false;
    }

    /** The first right code confirms the enrolment; from then on every login needs a code. */
    public void confirmSecondFactor(long step) {
        this.totpEnrolled = true;
        this.totpLastStep = step;
    }

    /** A code's time step was used: no code of this step or earlier is accepted again. */
    public void useStep(long step) {
        this.totpLastStep = step;
    }

    /**
     * The person no longer works with the application (a confidant who left, an admin who changed jobs): no login
     * works and every session ends at once. The account, its name in case histories and its audit entries stay.
     */
    public void deactivate() {
        this.active = false;
        endAllSessions();
    }

    /** Back in service; the password is the one the person had (a password reset mails a new link). */
    public void reactivate() {
        this.active = true;
    }

    /** Ends every session of this account: a session is valid only in the generation it started in. */
    public void endAllSessions() {
        this.sessionGeneration++;
    }

    /**
     * A new password (its Argon2id hash): the failed-login count starts again and every session of
     * the account ends, so that whoever knew the old password is out everywhere.
     */
    public void changePassword(String newPasswordHash) {
        this.passwordHash = java.util.Objects.requireNonNull(newPasswordHash);
        failedLogins.recordSuccess();
        endAllSessions();
    }

    /** For a lost phone: the next login sets up a new authenticator, and no old session survives. */
    public void resetSecondFactor() {
        this.totpKey = null;
        this.totpSecret = null;
        this.totpEnrolled = false;
        endAllSessions();
    }

    /** The work address for deadline reminders; none means no reminder mails. */
    public String getMailAddress() {
        return mailAddress;
    }

    /** Reminders one by one, or once a day in a digest. */
    public boolean isMailDigest() {
        return mailDigest;
    }

    public void setMailPreferences(String mailAddress, boolean digest) {
        this.mailAddress = mailAddress == null || mailAddress.isBlank() ? null : mailAddress.strip();
        this.mailDigest = digest;
    }

    public int getSessionGeneration() {
        return sessionGeneration;
    }

    public boolean isSecondFactorEnrolled() {
        return totpEnrolled;
    }

    public long getTotpLastStep() {
        return totpLastStep;
    }

    public byte[] getTotpKey() {
        return totpKey == null ? null : totpKey.clone();
    }

    public byte[] getTotpSecret() {
        return totpSecret == null ? null : totpSecret.clone();
    }

    public Long getId() {
        return id;
    }

    public String getLoginName() {
        return loginName;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public StaffRole getRole() {
        return role;
    }

    public boolean isActive() {
        return active;
    }

    public Set<Long> getOrganisationIds() {
        return Set.copyOf(organisationIds);
    }
}

package nl.meldpunt.staff;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import nl.meldpunt.audit.Actor;
import nl.meldpunt.audit.AuditAction;
import nl.meldpunt.audit.AuditTrail;
import nl.meldpunt.security.CaseCipher;
import nl.meldpunt.security.CaseContentUnreadable;
import nl.meldpunt.security.CaseKeys;
import nl.meldpunt.security.PasswordHasher;
import nl.meldpunt.security.PersonalKeys;
import nl.meldpunt.security.SecondFactor;
import nl.meldpunt.security.WrappedKey;
import nl.meldpunt.shared.MailAddresses;
import nl.meldpunt.shared.Roles;

/**
 * Staff accounts and their login. A failed login never tells whether the login name exists: an
 * unknown name costs the same Argon2id work and gets the same answer; five failures in a row lock
 * the account for fifteen minutes.
 */
@Stateless
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class StaffService {

    private static final Logger LOG = Logger.getLogger(StaffService.class.getName());

    @PersistenceContext(unitName = "meldpunt")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private SecondFactor secondFactor;

    @Inject
    private CaseCipher cipher;

    @Inject
    private CaseKeys caseKeys;

    /** Checks a staff login; anyone may try, every outcome is audited (never with the name tried). */
    @PermitAll
    public Optional<AuthenticatedStaff> authenticate(String loginName, String password, String code) {
        Instant now = clock.instant();
        StaffAccount account = loginName == null ? null : em.createNamedQuery("StaffAccount.byLoginName", StaffAccount.class)
                .setParameter("loginName", loginName.strip().toLowerCase())
                .getResultStream().findFirst().orElse(null);
        String typed = password == null ? "" : password;
        // Issue 17: a confidant's sealed private key is the password check itself. One Argon2id derives the key that
        // opens it, and AES-GCM tells whether it was the right one, so a login costs one Argon2id, not one for the
        // hash and one more for the key. Every failure pays two (the other one on a dummy), whoever the account is,
        // so that a failure answers as slowly for a confidant as for HR or an unknown name (BruteForceIT).
        PersonalKeys.OpenKeyPair opened = account == null || account.getRole() != StaffRole.CONFIDANT ? null
                : account.getPersonalKey().map(sealed -> unsealed(sealed, typed, personalKeyOwner(account))).orElse(null);
        boolean passwordMatches = opened != null || hasher.verify(typed, account == null ? null : account.getPasswordHash());
        if (!passwordMatches && (account == null || account.getRole() != StaffRole.CONFIDANT || account.getPersonalKey().isEmpty())) {
            hasher.deriveForNothing(typed);
        }
        if (account == null) {
            // The same round trip as the row lock below, so that an unknown login name does not answer faster than
            // a wrong password for a known one (BruteForceIT measures it): it finds nothing and locks nothing.
            em.createNamedQuery("StaffAccount.byLoginName", StaffAccount.class)
                    .setParameter("loginName", loginName == null ? "" : loginName.strip().toLowerCase())
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
            audit.record(Actor.ANONYMOUS, AuditAction.STAFF_LOGIN_FAILED, null, null);
            return Optional.empty();
        }
        // Read again with a row lock, after the (slow) hash: concurrent attempts on one account are counted
        // one after the other, and a code's time step is used only once even by two logins at the same moment.
        em.refresh(account, LockModeType.PESSIMISTIC_WRITE);
        boolean codeMatches = true;
        if (passwordMatches && account.isSecondFactorEnrolled()) {
            var step = secondFactor.matchingStep(secretOf(account), code, account.getTotpLastStep(), now);
            codeMatches = step.isPresent();
            step.ifPresent(account::useStep);
        }
        if (account.isPasswordPending()) {
            // An open invitation: no password logs in (and nothing is counted), until the link sets one.
            audit.record(Actor.staff(account.getId()), AuditAction.STAFF_LOGIN_FAILED, null, "staff:" + account.getId());
            wipe(opened);
            return Optional.empty();
        }
        if (!account.isActive() || account.isLocked(now) || !passwordMatches || !codeMatches) {
            if (account.isActive() && !account.isLocked(now)) {
                account.recordFailedLogin(now);
            }
            // In this method's own transaction, with the failure count: one commit (one disk flush) for every
            // failure, known account or not. Two commits here against one for an unknown name made a wrong password
            // answer measurably slower (BruteForceIT), telling which login names exist.
            audit.record(Actor.staff(account.getId()), AuditAction.STAFF_LOGIN_FAILED, null, "staff:" + account.getId());
            wipe(opened);
            return Optional.empty();
        }
        account.recordSuccessfulLogin();
        audit.record(Actor.staff(account.getId()), AuditAction.STAFF_LOGIN, null, "staff:" + account.getId());
        if (account.getRole() == StaffRole.CONFIDANT) {
            openPersonalKey(account, password, opened);
        } else {
            wipe(opened);
        }
        return Optional.of(new AuthenticatedStaff(account.getId(), account.getRole()));
    }

    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.CONFIDANT, Roles.HR})
    public StaffProfile me() {
        StaffAccount me = em.find(StaffAccount.class, Long.valueOf(session.getCallerPrincipal().getName()));
        return new StaffProfile(me.getId(), me.getDisplayName(), me.getRole(), me.getOrganisationIds());
    }

    /** Whether the logged-in staff member still has to set up the second factor before working. */
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.CONFIDANT, Roles.HR})
    public boolean secondFactorMissing() {
        StaffAccount me = current();
        return me.needsSecondFactor() && !me.isSecondFactorEnrolled();
    }

    /** A new secret for the authenticator app, as a QR code and as text; confirmed by the first code. */
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.CONFIDANT, Roles.HR})
    public SecondFactorEnrolment startSecondFactorEnrolment() {
        StaffAccount me = current();
        if (me.isSecondFactorEnrolled()) {
            throw new IllegalStateException("The second factor is already set up");
        }
        String secret;
        if (me.getTotpSecret() != null) {
            secret = secretOf(me); // a reload shows the same secret, so a scanned QR code stays valid
        } else {
            secret = secondFactor.newSecret();
            WrappedKey key = cipher.newCaseKey();
            me.startSecondFactor(key.toBytes(), cipher.sealText(key, secret, totpContext(me)));
        }
        return new SecondFactorEnrolment(secondFactor.qrCode(me.getLoginName(), secret), secret);
    }

    /** Confirms the enrolment with the first code from the app; false when the code is not right. */
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.CONFIDANT, Roles.HR})
    public boolean confirmSecondFactor(String code) {
        StaffAccount me = current();
        if (me.getTotpSecret() == null || me.isSecondFactorEnrolled()) {
            return false;
        }
        var step = secondFactor.matchingStep(secretOf(me), code, me.getTotpLastStep(), clock.instant());
        step.ifPresent(me::confirmSecondFactor);
        if (step.isPresent()) {
            audit.record(AuditAction.STAFF_SECOND_FACTOR_ENROLLED, null, "staff:" + me.getId());
        }
        return step.isPresent();
    }

    /**
     * A confidant's key pair (issue 17), opened with the password just checked and kept in the session for the
     * case files; made at the first login (and after a password reset, which loses the old one). Then the login
     * brings the keys of the own organisations' cases up to date ({@link CaseKeys#catchUp}).
     */
    private void openPersonalKey(StaffAccount account, String password, PersonalKeys.OpenKeyPair alreadyOpened) {
        PersonalKeys personal = caseKeys.personalKeys();
        String owner = personalKeyOwner(account);
        PersonalKeys.OpenKeyPair pair = alreadyOpened;
        if (pair == null && account.getPersonalKey().isPresent()) {
            // The password hash matched but the key did not open: damaged, or sealed under another password.
            LOG.warning(() -> "The personal key of staff member " + account.getId() + " does not open with the right password;"
                    + " a new one is made");
            replacedPersonalKey(account);
        }
        if (pair == null) {
            pair = personal.newKeyPair();
            account.keepPersonalKey(personal.seal(pair, password, owner));
            em.flush(); // the colleagues' and the own catch-up below find the new public key by SQL
        }
        try {
            caseKeys.holdInSession(account.getId(), pair);
            caseKeys.catchUp(account.getId(), pair, account.getOrganisationIds());
        } finally {
            pair.wipe();
        }
    }

    private static void wipe(PersonalKeys.OpenKeyPair pair) {
        if (pair != null) {
            pair.wipe();
        }
    }

    /** @return the opened key pair, or null when the password is not the one it was sealed under (or the data is damaged) */
    private PersonalKeys.OpenKeyPair unsealed(PersonalKeys.SealedKeyPair sealed, String password, String owner) {
        try {
            return caseKeys.personalKeys().unseal(sealed, password, owner);
        } catch (CaseContentUnreadable wrongPasswordOrDamaged) {
            return null;
        }
    }

    /** A new password seals the same key pair anew; a key pair that does not open with the current password is replaced. */
    private void resealPersonalKey(StaffAccount me, String currentPassword, String newPassword) {
        Optional<PersonalKeys.SealedKeyPair> stored = me.getPersonalKey();
        if (stored.isEmpty()) {
            return;
        }
        PersonalKeys personal = caseKeys.personalKeys();
        try {
            PersonalKeys.OpenKeyPair pair = personal.unseal(stored.get(), currentPassword, personalKeyOwner(me));
            try {
                me.keepPersonalKey(personal.seal(pair, newPassword, personalKeyOwner(me)));
            } finally {
                pair.wipe();
            }
        } catch (CaseContentUnreadable damaged) {
            replacedPersonalKey(me);
        }
    }

    private void replacedPersonalKey(StaffAccount account) {
        account.dropPersonalKey();
        int copies = caseKeys.forgetHolder(account.getId());
        audit.recordChange(Actor.staff(account.getId()), AuditAction.PERSONAL_KEY_REPLACED, null, "staff:" + account.getId(),
                "case keys deleted: " + copies);
    }

    private static String personalKeyOwner(StaffAccount account) {
        return "staff:" + account.getId();
    }

    private String secretOf(StaffAccount account) {
        return cipher.openText(WrappedKey.fromBytes(account.getTotpKey()), account.getTotpSecret(), totpContext(account));
    }

    private static String totpContext(StaffAccount account) {
        return "staff:" + account.getLoginName() + ":totp";
    }

    private StaffAccount current() {
        return em.find(StaffAccount.class, Long.valueOf(session.getCallerPrincipal().getName()));
    }

    /**
     * The generation the logged-in staff member's sessions must have; read from the database on every
     * request (not from a cache), so that "log out everywhere" holds on every node of a cluster.
     */
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.CONFIDANT, Roles.HR})
    public int sessionGeneration() {
        return em.createQuery("select s.sessionGeneration from StaffAccount s where s.id = :id", Integer.class)
                .setParameter("id", Long.valueOf(session.getCallerPrincipal().getName())).getSingleResult();
    }

    /** Ends all sessions of the logged-in staff member, on every device, this one included. */
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.CONFIDANT, Roles.HR})
    public void logOutEverywhere() {
        StaffAccount me = current();
        me.endAllSessions();
        audit.record(AuditAction.STAFF_LOGGED_OUT_EVERYWHERE, null, "staff:" + me.getId());
    }

    /**
     * Changes the logged-in staff member's own password: the current password is required, and a wrong
     * one counts as a failed login (five in a row lock the account for fifteen minutes, as at the login),
     * so that a session left open on someone else's screen cannot be used to guess it. The new password
     * must meet {@link StaffPasswordRule}; it is stored as an Argon2id hash only. All sessions of the
     * account end (the caller keeps its own by taking over the returned generation). Audited, without
     * any password.
     */
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.CONFIDANT, Roles.HR})
    public PasswordChange changeMyPassword(String currentPassword, String newPassword) {
        Instant now = clock.instant();
        StaffAccount me = current();
        if (me.isLocked(now)) {
            return new PasswordChange(PasswordChange.Outcome.LOCKED, null, me.getSessionGeneration());
        }
        var problem = StaffPasswordRule.problemWith(newPassword, me.getLoginName());
        if (problem.isPresent()) {
            return new PasswordChange(PasswordChange.Outcome.REFUSED, problem.get(), me.getSessionGeneration());
        }
        if (!hasher.verify(currentPassword == null ? "" : currentPassword, me.getPasswordHash())) {
            me.recordFailedLogin(now);
            audit.record(AuditAction.STAFF_PASSWORD_CHANGE_FAILED, null, "staff:" + me.getId());
            return new PasswordChange(me.isLocked(now) ? PasswordChange.Outcome.LOCKED : PasswordChange.Outcome.WRONG_CURRENT,
                    null, me.getSessionGeneration());
        }
        if (currentPassword.equals(newPassword)) {
            return new PasswordChange(PasswordChange.Outcome.REFUSED, StaffPasswordRule.Problem.SAME_AS_CURRENT,
                    me.getSessionGeneration());
        }
        me.changePassword(hasher.hash(newPassword));
        resealPersonalKey(me, currentPassword, newPassword);
        audit.record(AuditAction.STAFF_PASSWORD_CHANGED, null, "staff:" + me.getId());
        return new PasswordChange(PasswordChange.Outcome.CHANGED, null, me.getSessionGeneration());
    }

    /**
     * For a staff member who lost the phone with the authenticator: the next login asks for a new one
     * (the password stays), and every open session of the account ends.
     */
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    public void resetSecondFactor(long staffId) {
        StaffAccount account = em.find(StaffAccount.class, staffId);
        if (account == null) {
            throw new IllegalArgumentException("No such staff account");
        }
        account.resetSecondFactor();
        audit.record(AuditAction.STAFF_SECOND_FACTOR_RESET, null, "staff:" + account.getId());
    }

    /** Where the logged-in confidant's deadline reminders go (a work address), and whether as a daily digest. */
    @RolesAllowed(Roles.CONFIDANT)
    public StaffMailPreferences myMailPreferences() {
        StaffAccount me = current();
        return new StaffMailPreferences(me.getMailAddress(), me.isMailDigest());
    }

    /** Changes them; an empty address means no reminder mails. The address is not audited. */
    @RolesAllowed(Roles.CONFIDANT)
    public void changeMyMailPreferences(String address, boolean digest) {
        if (address != null && !address.isBlank() && !MailAddresses.isValid(address.strip())) {
            throw new IllegalArgumentException("Not an e-mail address");
        }
        StaffAccount me = current();
        me.setMailPreferences(address, digest);
        audit.record(AuditAction.STAFF_MAIL_PREFERENCES_CHANGED, null, "staff:" + me.getId());
    }

    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.CONFIDANT, Roles.HR})
    public void recordLogout() {
        audit.record(AuditAction.STAFF_LOGOUT, null, "staff:" + session.getCallerPrincipal().getName());
    }

    @RolesAllowed(Roles.PLATFORM_ADMIN)
    public List<StaffSummary> listAll() {
        audit.record(AuditAction.STAFF_LIST_VIEWED, null, "staff:all");
        return em.createQuery("""
                        select new nl.meldpunt.staff.StaffSummary(s.id, s.loginName, s.displayName, s.role, s.active, s.totpEnrolled)
                        from StaffAccount s order by s.role, s.displayName""", StaffSummary.class)
                .getResultList();
    }

    @RolesAllowed(Roles.PLATFORM_ADMIN)
    public long create(String loginName, String displayName, String password, StaffRole role, List<Long> organisationIds) {
        StaffAccount account = new StaffAccount(loginName.strip().toLowerCase(), displayName, hasher.hash(password), role, clock.instant());
        organisationIds.forEach(account::assignTo);
        em.persist(account);
        em.flush();
        audit.record(AuditAction.STAFF_ACCOUNT_CREATED, null, "staff:" + account.getId());
        return account.getId();
    }
}

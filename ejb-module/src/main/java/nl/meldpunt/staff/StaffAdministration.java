package nl.meldpunt.staff;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.meldpunt.audit.Actor;
import nl.meldpunt.audit.AuditAction;
import nl.meldpunt.audit.AuditTrail;
import nl.meldpunt.security.CaseKeys;
import nl.meldpunt.security.PasswordHasher;
import nl.meldpunt.shared.MailAddresses;
import nl.meldpunt.shared.Roles;

/**
 * The platform admin's management of staff accounts (issue 13): inviting confidants, organisation
 * admins and HR members, changing the organisations a confidant serves, and resetting a password.
 *
 * <p>The platform admin never types or sees a password. A new account, and an account whose password
 * was reset, has no usable password: the person gets a single-use link by mail (through the outbox) and
 * chooses one on the welcome page ({@link #choosePassword}); the second factor is set up at the first
 * login as always. A confidant serves one or more organisations (an external confidant several); an
 * organisation admin or HR member exactly one. Every change is audited with staff ids and organisation
 * slugs only.
 */
@Stateless
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class StaffAdministration {

    /** A login name: 3 to 60 lower-case letters, digits, dots, hyphens and underscores. */
    static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._-]{1,58}[a-z0-9]");
    static final int MAX_DISPLAY_NAME = 200;
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "meldpunt")
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private CaseKeys caseKeys;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private InvitationTokens tokens;

    @Inject
    private Event<StaffInvitationIssued> invitations;

    /** Every staff account with its organisations, for the platform page; audited as the list was before. */
    public List<StaffOverview> overview() {
        Map<Long, Set<Long>> served = new HashMap<>();
        for (Object row : em.createNativeQuery("select staff_id, organisation_id from staff_organisation").getResultList()) {
            Object[] pair = (Object[]) row;
            served.computeIfAbsent(((Number) pair[0]).longValue(), k -> new TreeSet<>()).add(((Number) pair[1]).longValue());
        }
        audit.record(AuditAction.STAFF_LIST_VIEWED, null, "staff:all");
        return em.createQuery("select s from StaffAccount s order by s.role, s.displayName", StaffAccount.class)
                .getResultStream()
                .map(s -> new StaffOverview(s.getId(), s.getLoginName(), s.getDisplayName(), s.getRole(), s.isActive(),
                        s.isSecondFactorEnrolled(), s.isPasswordPending(), List.copyOf(served.getOrDefault(s.getId(), Set.of()))))
                .toList();
    }

    /**
     * Creates an account without a usable password and mails the person a link to choose one. The work
     * address is required (the link goes there; a confidant's deadline reminders too). {@link StaffRefused}
     * with every problem when something cannot be used; nothing is created then.
     */
    public long invite(String loginName, String displayName, StaffRole role, String mailAddress, List<Long> organisationIds) {
        String login = loginName == null ? "" : loginName.strip().toLowerCase(Locale.ROOT);
        String name = displayName == null ? "" : displayName.strip();
        String mail = mailAddress == null ? "" : mailAddress.strip();
        Set<Long> organisations = organisationIds == null ? Set.of() : new LinkedHashSet<>(organisationIds);
        List<String> problems = new ArrayList<>();
        if (login.isEmpty()) {
            problems.add("login.required");
        } else if (!LOGIN.matcher(login).matches()) {
            problems.add("login.format");
        } else if (!em.createNamedQuery("StaffAccount.byLoginName").setParameter("loginName", login).getResultList().isEmpty()) {
            problems.add("login.taken");
        }
        if (name.isEmpty()) {
            problems.add("name.required");
        } else if (name.length() > MAX_DISPLAY_NAME) {
            problems.add("name.tooLong");
        }
        if (!MailAddresses.isValid(mail)) {
            problems.add("mail.invalid");
        }
        if (role == null || role == StaffRole.PLATFORM_ADMIN) {
            problems.add("role.notOffered");
        }
        if (organisations.isEmpty()) {
            problems.add("organisation.none");
        } else if (role != null && role != StaffRole.CONFIDANT && organisations.size() > 1) {
            problems.add("organisation.onlyOne");
        } else if (organisations.stream().anyMatch(id -> slugOf(id).isEmpty())) {
            problems.add("organisation.unknown");
        }
        if (!problems.isEmpty()) {
            throw new StaffRefused(problems);
        }
        Instant now = clock.instant();
        String unknowable = unknowablePasswordHash();
        StaffAccount account = new StaffAccount(login, name, unknowable, role, now);
        organisations.forEach(account::assignTo);
        account.setMailPreferences(mail, false);
        account.awaitPassword(unknowable);
        em.persist(account);
        em.flush();
        audit.recordChange(AuditAction.STAFF_ACCOUNT_CREATED, null, "staff:" + account.getId(),
                role.name() + "; organisations: " + slugs(account.getOrganisationIds()));
        sendLink(account, StaffInvitation.Purpose.INVITATION, now);
        return account.getId();
    }

    /**
     * Sets the organisations a staff member serves: a confidant one or more (an external confidant
     * several), anyone else exactly one. Audited with the organisations' slugs before → after; nothing
     * is recorded when nothing changes.
     */
    public void changeOrganisations(long staffId, List<Long> organisationIds) {
        StaffAccount account = managed(staffId);
        Set<Long> wanted = organisationIds == null ? Set.of() : new LinkedHashSet<>(organisationIds);
        if (wanted.isEmpty()) {
            throw new StaffRefused(List.of("organisation.none"));
        }
        if (account.getRole() != StaffRole.CONFIDANT && wanted.size() > 1) {
            throw new StaffRefused(List.of("organisation.onlyOne"));
        }
        if (wanted.stream().anyMatch(id -> slugOf(id).isEmpty())) {
            throw new StaffRefused(List.of("organisation.unknown"));
        }
        Set<Long> before = account.getOrganisationIds();
        if (before.equals(wanted)) {
            return;
        }
        before.stream().filter(id -> !wanted.contains(id)).forEach(id -> {
            account.unassignFrom(id);
            caseKeys.withdraw(account.getId(), id); // issue 17: the keys of that organisation's cases go with it
        });
        wanted.forEach(account::assignTo);
        audit.recordChange(AuditAction.STAFF_ORGANISATIONS_CHANGED, null, "staff:" + account.getId(),
                "organisations: " + slugs(before) + " → " + slugs(account.getOrganisationIds()));
    }

    /**
     * For a staff member who lost the password: it stops working at once, every session of the account
     * ends, and a new link to choose one goes to the work address (the second factor stays as it is).
     */
    public void resetPassword(long staffId) {
        StaffAccount account = managed(staffId);
        if (account.getMailAddress() == null || account.getOrganisationIds().isEmpty()) {
            throw new StaffRefused(List.of("staff.noMailAddress"));
        }
        Instant now = clock.instant();
        account.awaitPassword(unknowablePasswordHash());
        // Issue 17: the key pair was sealed under the lost password, so it is gone, and with it the copies of case
        // keys wrapped to it. The next login makes a new pair; colleagues' logins (or the recovery sheet) give the
        // cases back.
        caseKeys.forgetHolder(account.getId());
        audit.record(AuditAction.STAFF_PASSWORD_RESET, null, "staff:" + account.getId());
        sendLink(account, StaffInvitation.Purpose.PASSWORD_RESET, now);
    }

    /**
     * Takes a staff member out of service, or back in. Out: no login works, every session ends at once, an open
     * invitation link stops working; the confidant no longer shows on the entry pages. Audited; nothing happens
     * (and nothing is recorded) when the account is already so.
     */
    public void setActive(long staffId, boolean active) {
        StaffAccount account = managed(staffId);
        if (account.isActive() == active) {
            return;
        }
        if (active) {
            account.reactivate();
            audit.record(AuditAction.STAFF_REACTIVATED, null, "staff:" + account.getId());
            return;
        }
        Instant now = clock.instant();
        account.deactivate();
        em.createQuery("select i from StaffInvitation i where i.staffId = :staff and i.closedAt is null", StaffInvitation.class)
                .setParameter("staff", account.getId()).getResultStream()
                .forEach(open -> open.close(StaffInvitation.Closed.REPLACED, now));
        audit.record(AuditAction.STAFF_DEACTIVATED, null, "staff:" + account.getId());
    }

    /** For the welcome page: who the link is for, or empty when it is used, expired, replaced or unknown. */
    @PermitAll
    public Optional<InvitationView> checkInvitation(String token) {
        return tokens.valid(token, clock.instant()).flatMap(invitation -> {
            StaffAccount account = em.find(StaffAccount.class, invitation.getStaffId());
            return account == null || !account.isActive() ? Optional.empty()
                    : Optional.of(new InvitationView(account.getDisplayName(), account.getLoginName(), invitation.getPurpose()));
        });
    }

    /**
     * Chooses the password with a link from an invitation mail. It must meet {@link StaffPasswordRule};
     * stored as an Argon2id hash only. The link is used up; a used, expired, replaced or unknown link
     * changes nothing. Audited without the token or the password.
     */
    @PermitAll
    public PasswordSetting choosePassword(String token, String password) {
        Instant now = clock.instant();
        Optional<StaffInvitation> invitation = tokens.valid(token, now);
        StaffAccount account = invitation.map(i -> em.find(StaffAccount.class, i.getStaffId())).orElse(null);
        if (account == null || !account.isActive()) {
            audit.record(Actor.ANONYMOUS, AuditAction.STAFF_INVITATION_REFUSED, null, "invitation");
            return new PasswordSetting(PasswordSetting.Outcome.LINK_INVALID, null);
        }
        var problem = StaffPasswordRule.problemWith(password, account.getLoginName());
        if (problem.isPresent()) {
            return new PasswordSetting(PasswordSetting.Outcome.REFUSED, problem.get());
        }
        account.choosePassword(hasher.hash(password));
        invitation.get().close(StaffInvitation.Closed.USED, now);
        audit.record(Actor.staff(account.getId()), AuditAction.STAFF_PASSWORD_SET, null, "staff:" + account.getId());
        return new PasswordSetting(PasswordSetting.Outcome.SET, null);
    }

    private void sendLink(StaffAccount account, StaffInvitation.Purpose purpose, Instant now) {
        em.createQuery("select i from StaffInvitation i where i.staffId = :staff and i.closedAt is null", StaffInvitation.class)
                .setParameter("staff", account.getId()).getResultStream()
                .forEach(open -> open.close(StaffInvitation.Closed.REPLACED, now));
        StaffInvitation invitation = new StaffInvitation(account.getId(), purpose, now);
        em.persist(invitation);
        em.flush();
        long brandedBy = account.getOrganisationIds().stream().min(Long::compare).orElseThrow();
        invitations.fire(new StaffInvitationIssued(invitation.getId(), account.getId(), brandedBy, purpose));
        audit.record(AuditAction.STAFF_INVITED, null, "staff:" + account.getId());
    }

    /** A confidant, organisation admin or HR account; the platform admin's own kind is not managed here. */
    private StaffAccount managed(long staffId) {
        StaffAccount account = em.find(StaffAccount.class, staffId);
        if (account == null) {
            throw new StaffRefused(List.of("staff.unknown"));
        }
        if (account.getRole() == StaffRole.PLATFORM_ADMIN) {
            throw new StaffRefused(List.of("staff.notManaged"));
        }
        return account;
    }

    /** The organisations' slugs, sorted, comma-separated (read natively: {@code organisation} uses this package). */
    private String slugs(Collection<Long> organisationIds) {
        return organisationIds.stream().map(id -> slugOf(id).orElse(String.valueOf(id))).sorted()
                .collect(Collectors.joining(", "));
    }

    private Optional<String> slugOf(long organisationId) {
        return em.createNativeQuery("select slug from organisation where id = ?1").setParameter(1, organisationId)
                .getResultStream().findFirst().map(String::valueOf);
    }

    private String unknowablePasswordHash() {
        return unknowablePasswordHash(hasher);
    }

    /** The hash of a random value nobody knows: the account has no usable password until one is chosen. */
    static String unknowablePasswordHash(PasswordHasher hasher) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return hasher.hash(Base64.getEncoder().encodeToString(bytes));
    }
}

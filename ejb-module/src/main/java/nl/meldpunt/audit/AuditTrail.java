package nl.meldpunt.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.meldpunt.shared.Roles;

/**
 * Writes and checks the audit trail. Every view and change of case data is recorded here by the
 * service that does it, in the same transaction; refusals and failed logins are recorded in a
 * transaction of their own, so that they stay even when the refused work is rolled back.
 *
 * <p>Tamper evidence: entries of one organisation form a hash chain (see {@link AuditEntry});
 * {@link #verify(String)} reports the first broken link.
 */
@Stateless
public class AuditTrail {

    @PersistenceContext(unitName = "meldpunt")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private Clock clock;

    /** Records an event done by the current caller, inside the caller's transaction. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void record(AuditAction action, Long organisationId, String subject) {
        append(currentActor(), action, organisationId, subject);
    }

    /**
     * Records a change done by the current caller with what changed ({@code detail}, e.g.
     * {@code 14 → 21}), inside the caller's transaction.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void recordChange(AuditAction action, Long organisationId, String subject, String detail) {
        append(currentActor(), action, organisationId, subject, detail);
    }

    /** {@link #recordChange(AuditAction, Long, String, String)} for a given actor (e.g. a staff member while logging in). */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void recordChange(Actor actor, AuditAction action, Long organisationId, String subject, String detail) {
        append(actor, action, organisationId, subject, detail);
    }

    /** Records an event for a given actor (a reporter, the system) inside the caller's transaction. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void record(Actor actor, AuditAction action, Long organisationId, String subject) {
        append(actor, action, organisationId, subject);
    }

    /** Records an event that must stay even if the surrounding work is rolled back (refusals, failed logins). */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordIndependently(Actor actor, AuditAction action, Long organisationId, String subject) {
        append(actor, action, organisationId, subject);
    }

    /** Checks every chain: the platform's and each organisation's. */
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    public List<ChainVerification> verifyAll() {
        List<ChainVerification> results = new ArrayList<>();
        for (String key : em.createQuery("select c.chainKey from AuditChain c order by c.chainKey", String.class).getResultList()) {
            results.add(verify(key));
        }
        append(currentActor(), AuditAction.AUDIT_VERIFIED, null, "chains:all");
        return results;
    }

    /**
     * Checks the chain of one organisation, for its organisation admin. The caller has found the
     * admin's own organisation (the audit trail knows actors, not staff accounts).
     */
    @RolesAllowed(Roles.ORG_ADMIN)
    public ChainVerification verifyOrganisation(long organisationId) {
        ChainVerification result = verify(AuditChain.keyFor(organisationId));
        append(currentActor(), AuditAction.AUDIT_VERIFIED, organisationId, AuditChain.keyFor(organisationId));
        return result;
    }

    /** The newest entries of the platform chain, for the platform admin's overview. */
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    public List<AuditEntryView> latestPlatformEntries(int max) {
        return named(em.createQuery(
                        "select e from AuditEntry e where e.chainKey = 'platform' order by e.sequenceNo desc", AuditEntry.class)
                .setMaxResults(max)
                .getResultList());
    }

    /**
     * The audit history of one subject (e.g. a report) in an organisation's chain, for the case's
     * audit view. The caller has checked that the confidant serves that organisation.
     */
    @RolesAllowed(Roles.CONFIDANT)
    public List<AuditEntryView> historyOf(long organisationId, String subject) {
        return named(em.createQuery("""
                        select e from AuditEntry e where e.chainKey = :chain and (e.subject = :subject or e.subject like :prefix)
                        order by e.sequenceNo""", AuditEntry.class)
                .setParameter("chain", AuditChain.keyFor(organisationId))
                .setParameter("subject", subject)
                .setParameter("prefix", subject + ":%")
                .getResultList());
    }

    /**
     * The entries as the console shows them, with the names of the staff members (actor or subject)
     * and organisations (subject) they refer to: one query per kind for all entries, not one per row.
     * The entries themselves keep only the ids.
     */
    private List<AuditEntryView> named(List<AuditEntry> entries) {
        Set<Long> staffIds = new HashSet<>();
        Set<Long> organisationIds = new HashSet<>();
        for (AuditEntry e : entries) {
            idAfter(e.getActor(), "staff:").ifPresent(staffIds::add);
            idAfter(e.getSubject(), "staff:").ifPresent(staffIds::add);
            idAfter(e.getSubject(), "organisation:").ifPresent(organisationIds::add);
        }
        Map<Long, String> staffNames = namesOf("select s.id, s.displayName from StaffAccount s where s.id in :ids", staffIds);
        Map<Long, String> organisationNames = namesOf("select o.id, o.name from Organisation o where o.id in :ids", organisationIds);
        return entries.stream().map(e -> new AuditEntryView(e.getSequenceNo(), e.getOccurredAt(), e.getActor(), e.getAction(),
                        e.getSubject(),
                        idAfter(e.getActor(), "staff:").map(staffNames::get).orElse(null),
                        idAfter(e.getSubject(), "staff:").map(staffNames::get)
                                .orElseGet(() -> idAfter(e.getSubject(), "organisation:").map(organisationNames::get).orElse(null))))
                .toList();
    }

    private Map<Long, String> namesOf(String query, Set<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Object[] row : em.createQuery(query, Object[].class).setParameter("ids", ids).getResultList()) {
                names.put((Long) row[0], (String) row[1]);
            }
        }
        return names;
    }

    /** The id in {@code staff:3} or {@code organisation:7} (exactly that form, nothing after the number). */
    static Optional<Long> idAfter(String value, String prefix) {
        if (value == null || !value.startsWith(prefix)) {
            return Optional.empty();
        }
        String rest = value.substring(prefix.length());
        return rest.matches("\\d{1,18}") ? Optional.of(Long.valueOf(rest)) : Optional.empty();
    }

    private ChainVerification verify(String chainKey) {
        AuditChain head = em.find(AuditChain.class, chainKey);
        List<AuditEntry> entries = em.createQuery(
                        "select e from AuditEntry e where e.chainKey = :key order by e.sequenceNo", AuditEntry.class)
                .setParameter("key", chainKey)
                .getResultList();
        String expectedPrevious = AuditChain.GENESIS_HASH;
        long expectedSequence = 1;
        long checked = 0;
        for (AuditEntry entry : entries) {
            em.detach(entry);
            if (entry.getSequenceNo() != expectedSequence) {
                return new ChainVerification(chainKey, checked, expectedSequence, "missing entry");
            }
            if (!entry.getPreviousHash().equals(expectedPrevious)) {
                return new ChainVerification(chainKey, checked, entry.getSequenceNo(), "link to previous entry broken");
            }
            if (!entry.getEntryHash().equals(entry.computeHash())) {
                return new ChainVerification(chainKey, checked, entry.getSequenceNo(), "entry changed");
            }
            expectedPrevious = entry.getEntryHash();
            expectedSequence++;
            checked++;
        }
        if (head == null || head.getLastSequence() != checked || !head.getLastHash().equals(expectedPrevious)) {
            return new ChainVerification(chainKey, checked, expectedSequence, "entries removed at the end");
        }
        return new ChainVerification(chainKey, checked, null, null);
    }

    private void append(Actor actor, AuditAction action, Long organisationId, String subject) {
        append(actor, action, organisationId, subject, null);
    }

    private void append(Actor actor, AuditAction action, Long organisationId, String subject, String detail) {
        String key = AuditChain.keyFor(organisationId);
        AuditChain chain = em.find(AuditChain.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (chain == null) {
            chain = new AuditChain(key);
            em.persist(chain);
        }
        AuditEntry entry = new AuditEntry(chain, organisationId, clock.instant(), actor, action, subject, detail);
        em.persist(entry);
        chain.advance(entry);
    }

    private Actor currentActor() {
        return Actor.fromPrincipalName(session.getCallerPrincipal().getName());
    }
}

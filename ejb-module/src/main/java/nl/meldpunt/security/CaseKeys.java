package nl.meldpunt.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import nl.meldpunt.audit.Actor;
import nl.meldpunt.audit.AuditAction;
import nl.meldpunt.audit.AuditTrail;

/**
 * Who holds a case's key (issue 17). Every case (a report, or a contact request that may become one) has its own
 * data key; it is stored only wrapped, once per holder, in table {@code case_key}:
 * <ul>
 * <li>{@code staff:<id>}: to the public key of every confidant who serves the organisation (HPKE, {@link PersonalKeys});
 *     the confidant's private key is opened at login with the password and kept in the session ({@link OpenedKeys});</li>
 * <li>{@code reporter}: under a key derived from the reporter's password (Argon2id); opened at the reporter's login;</li>
 * <li>{@code recovery:<organisation id>}: to the organisation's offline recovery key, when it has one.</li>
 * </ul>
 * The server's key-encryption key does not open any of them. Only while no confidant of the organisation has a key
 * pair yet (none has logged in since this version) does a case also keep a copy wrapped under that key, the
 * "server copy" in {@code report.data_key} or {@code contact_request.data_key}; otherwise nobody could ever open it.
 * So does a new case while a confidant of the organisation who has chosen a password has no key pair yet, so that the
 * first login after this version finds every case.
 * Cases from before this version have only that copy. A confidant's login wraps every server copy of the own
 * organisations to the confidant ({@link #catchUp}); a reporter's login wraps it under the reporter's password;
 * once the reporter and every confidant with a key pair hold the case, the server copy is deleted.
 *
 * <p>A confidant who gets a key pair later (new, or added to an organisation) receives the keys of the cases at the
 * next login of a colleague who holds them, or of the case's reporter, with an audit entry. This class reads the tables of reports, contact
 * requests and staff accounts by SQL, so that the security package stays below the features that use it.
 */
@ApplicationScoped
public class CaseKeys {

    private static final Logger LOG = Logger.getLogger(CaseKeys.class.getName());
    static final String REPORTER = "reporter";
    /** The tables whose rows are cases, each with a case code, an organisation and a server copy (data_key). */
    private static final List<String> CASE_TABLES = List.of("report", "contact_request");
    /** Active confidants of organisation ?1 with a key pair. */
    private static final String KEYED_CONFIDANTS = """
            select s.id, s.key_public from staff_account s join staff_organisation so on so.staff_id = s.id
            where so.organisation_id = ?1 and s.role = 'CONFIDANT' and s.active = true and s.key_public is not null""";

    /** How many active confidants of organisation ?1 with a chosen password have no key pair yet. */
    private static final String UNKEYED_CONFIDANTS = """
            select count(*) from staff_account s join staff_organisation so on so.staff_id = s.id
            where so.organisation_id = ?1 and s.role = 'CONFIDANT' and s.active = true and s.password_pending = false
            and s.key_public is null""";

    @PersistenceContext(unitName = "meldpunt")
    private EntityManager em;

    @Inject
    private CaseCipher cipher;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private OpenedKeys opened;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    private PersonalKeys keys;

    @PostConstruct
    void start() {
        keys = new PersonalKeys(new SecureRandom(), hasher);
    }

    /** The cryptography, for the staff account's own key pair. */
    public PersonalKeys personalKeys() {
        return keys;
    }

    /** The key of a new case, and its server copy when nobody but the reporter can hold it yet (else null). */
    public record NewCaseKey(OpenCaseKey key, byte[] serverCopy) {
    }

    /**
     * Makes the key of a new case and wraps it to its holders: the reporter's password, every confidant of the
     * organisation with a key pair, the organisation's recovery key.
     */
    public NewCaseKey newCase(String caseCode, long organisationId, CharSequence reporterPassword) {
        OpenCaseKey key = cipher.newOpenCaseKey();
        byte[] raw = key.raw();
        try {
            store(caseCode, REPORTER, keys.wrapUnderPassword(reporterPassword, raw, caseCode));
            int people = 0;
            for (Object[] confidant : keyedConfidants(organisationId)) {
                String holder = staffHolder(((Number) confidant[0]).longValue());
                store(caseCode, holder, keys.wrapTo((byte[]) confidant[1], raw, caseCode, holder));
                people++;
            }
            Optional<byte[]> recovery = recoveryKeyOf(organisationId);
            if (recovery.isPresent()) {
                String holder = recoveryHolder(organisationId);
                store(caseCode, holder, keys.wrapTo(recovery.get(), raw, caseCode, holder));
                people++;
            }
            boolean someoneWaits = people == 0 || hasConfidantWithoutKeyPair(organisationId);
            return new NewCaseKey(key, someoneWaits ? cipher.wrapForServer(key).toBytes() : null);
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    /**
     * The key of a case for the caller: the reporter's own, or the logged-in confidant's copy, or else the server
     * copy while there is one.
     *
     * @param serverCopy the case's {@code data_key}, or null when it has none (any more)
     * @param staffId    the logged-in staff member, or null for a reporter
     * @throws CaseKeyNotHeld when a confidant holds no copy of the key and there is no server copy
     * @throws CaseContentUnreadable when the caller's copy does not open (damaged, or another case's)
     */
    public OpenCaseKey open(String caseCode, byte[] serverCopy, Long staffId) {
        Optional<byte[]> own = opened.caseKey(caseCode);
        if (own.isPresent()) {
            return new OpenCaseKey(own.get());
        }
        if (staffId != null) {
            Optional<byte[]> wrapped = stored(caseCode, staffHolder(staffId));
            Optional<PersonalKeys.OpenKeyPair> pair = opened.staffKey(staffId);
            if (wrapped.isPresent() && pair.isPresent()) {
                try {
                    return new OpenCaseKey(keys.unwrapWith(pair.get(), wrapped.get(), caseCode, staffHolder(staffId)));
                } finally {
                    pair.get().wipe();
                }
            }
            pair.ifPresent(PersonalKeys.OpenKeyPair::wipe);
        }
        if (serverCopy != null) {
            return cipher.openServerWrapped(WrappedKey.fromBytes(serverCopy));
        }
        if (staffId == null) {
            // A reporter always holds the own case; this session opened nothing at login (damaged data, logged then).
            throw new CaseContentUnreadable("The reporter's copy of the case key did not open at login");
        }
        throw new CaseKeyNotHeld();
    }

    /** Keeps a logged-in staff member's open key pair in the session, for {@link #open}. */
    public void holdInSession(long staffId, PersonalKeys.OpenKeyPair pair) {
        opened.holdStaffKey(staffId, pair);
    }

    /** What a confidant's login did for the keys of the own organisations' cases. */
    public record CatchUp(int received, int shared) {
    }

    /**
     * At a confidant's login: wraps to the confidant every server copy of the own organisations' cases, wraps the
     * cases the confidant holds to every colleague with a key pair who lacks them (audited per colleague), and
     * deletes the server copies that nobody needs any more.
     */
    public CatchUp catchUp(long staffId, PersonalKeys.OpenKeyPair pair, Collection<Long> organisationIds) {
        String me = staffHolder(staffId);
        int received = 0;
        int shared = 0;
        int unreadable = 0;
        for (long organisationId : organisationIds) {
            for (String table : CASE_TABLES) {
                for (Object[] row : rows("select t.case_code, t.data_key from " + table + " t where t.organisation_id = ?1"
                        + " and t.data_key is not null and not exists (select 1 from case_key k where k.case_code = t.case_code"
                        + " and k.holder = ?2)", organisationId, me)) {
                    String caseCode = (String) row[0];
                    try {
                        OpenCaseKey key = cipher.openServerWrapped(WrappedKey.fromBytes((byte[]) row[1]));
                        store(caseCode, me, wrap(pair.publicKey(), key, caseCode, me));
                        received++;
                    } catch (CaseContentUnreadable damaged) {
                        unreadable++; // left as it is: the case file says it cannot be read; the login goes on
                    }
                }
            }
            for (Object[] colleague : keyedConfidants(organisationId)) {
                long colleagueId = ((Number) colleague[0]).longValue();
                if (colleagueId == staffId) {
                    continue;
                }
                String holder = staffHolder(colleagueId);
                Copied copied = copyMissing(organisationId, me, pair, holder, (byte[]) colleague[1]);
                int count = copied.copied();
                unreadable += copied.unreadable();
                if (count > 0) {
                    audit.recordChange(Actor.staff(staffId), AuditAction.CASE_KEYS_SHARED, organisationId, holder,
                            "cases: " + count);
                    shared += count;
                }
            }
            unreadable += wrapHeldCasesToRecoveryKey(staffId, pair, organisationId);
            dropServerCopies(organisationId);
        }
        if (unreadable > 0) {
            int count = unreadable;
            LOG.warning(() -> "At the login of staff member " + staffId + ", " + count
                    + " case keys did not open (damaged data); their case files say so");
        }
        if (received > 0) {
            audit.recordChange(Actor.staff(staffId), AuditAction.CASE_KEYS_RECEIVED, null, me, "cases: " + received);
        }
        return new CatchUp(received, shared);
    }

    /** The reporter's copy of a case key tried with a typed password: whether there is one, and the key if it opened. */
    public record ReporterCopy(boolean exists, byte[] key) {

        public static final ReporterCopy NONE = new ReporterCopy(false, null);

        public boolean opened() {
            return key != null;
        }

        public void wipe() {
            if (key != null) {
                Arrays.fill(key, (byte) 0);
            }
        }
    }

    /**
     * At a reporter's login, before the password is checked: tries the reporter's copy of the case key with the typed
     * password. The copy is sealed under Argon2id of the password, so when it opens the password is right, and the
     * login costs one Argon2id instead of one for the hash and one for the key (issue 17). When it does not open, the
     * login hash decides: another password, or a damaged copy.
     */
    public ReporterCopy tryReporterCopy(String caseCode, CharSequence password) {
        Optional<byte[]> wrapped = stored(caseCode, REPORTER);
        if (wrapped.isEmpty()) {
            return ReporterCopy.NONE;
        }
        try {
            return new ReporterCopy(true, keys.unwrapUnderPassword(password, wrapped.get(), caseCode));
        } catch (CaseContentUnreadable e) {
            return new ReporterCopy(true, null);
        }
    }

    /**
     * After a reporter's login: keeps the case key in the session, opened from the reporter's copy ({@code tried}).
     * A case from before this version has no such copy yet: it is made now from the server copy, which is then
     * deleted when every confidant with a key pair holds the case too. When the copy does not open although the
     * password was right (damaged data), the login still succeeds and the pages say that the content cannot be read.
     */
    public void unlockForReporter(String caseCode, CharSequence password, byte[] serverCopy, long organisationId, ReporterCopy tried) {
        byte[] key;
        if (tried.opened()) {
            key = tried.key().clone();
        } else if (tried.exists()) {
            LOG.warning("A reporter's copy of a case key does not open with the right password: damaged data");
            return;
        } else if (serverCopy != null) {
            try {
                key = cipher.openServerWrapped(WrappedKey.fromBytes(serverCopy)).raw();
            } catch (CaseContentUnreadable e) {
                LOG.warning(() -> "A case's server copy of its key does not open: " + e.getMessage());
                return;
            }
            store(caseCode, REPORTER, keys.wrapUnderPassword(password, key, caseCode));
        } else {
            return;
        }
        opened.holdCaseKey(caseCode, key);
        shareWithConfidantsLackingIt(caseCode, key, organisationId);
        Arrays.fill(key, (byte) 0);
        if (serverCopy != null) {
            dropServerCopies(organisationId);
        }
    }

    /**
     * The cases of the organisation that the confidant holds and that lack a copy for the organisation's recovery
     * key (made after them) get one. Returns how many copies did not open.
     */
    private int wrapHeldCasesToRecoveryKey(long staffId, PersonalKeys.OpenKeyPair pair, long organisationId) {
        Optional<byte[]> recovery = recoveryKeyOf(organisationId);
        if (recovery.isEmpty()) {
            return 0;
        }
        return copyMissing(organisationId, staffHolder(staffId), pair, recoveryHolder(organisationId), recovery.get()).unreadable();
    }

    /** How many copies {@link #copyMissing} made, and how many of the source's copies did not open. */
    private record Copied(int copied, int unreadable) {
    }

    /**
     * For every case of the organisation that {@code from} holds and {@code to} lacks: opens the case key with
     * {@code fromPair} and wraps it to {@code toPublicKey}. A copy that does not open (damaged data) is left alone
     * and counted.
     */
    private Copied copyMissing(long organisationId, String from, PersonalKeys.OpenKeyPair fromPair, String to, byte[] toPublicKey) {
        int copied = 0;
        int unreadable = 0;
        for (String table : CASE_TABLES) {
            for (Object[] row : rows("select k.case_code, k.wrapped from case_key k join " + table
                    + " t on t.case_code = k.case_code where t.organisation_id = ?1 and k.holder = ?2"
                    + " and not exists (select 1 from case_key o where o.case_code = k.case_code and o.holder = ?3)",
                    organisationId, from, to)) {
                String caseCode = (String) row[0];
                try {
                    OpenCaseKey key = new OpenCaseKey(keys.unwrapWith(fromPair, (byte[]) row[1], caseCode, from));
                    store(caseCode, to, wrap(toPublicKey, key, caseCode, to));
                    copied++;
                } catch (CaseContentUnreadable damaged) {
                    unreadable++;
                }
            }
        }
        return new Copied(copied, unreadable);
    }

    /**
     * An organisation's new recovery key (its public half; the private half is only on the printed sheet): the
     * copies wrapped to a former recovery key are deleted; new cases are wrapped to the new key at once, older
     * ones at the next login of a confidant or reporter who holds them.
     */
    public void useRecoveryKey(long organisationId, byte[] publicKey) {
        em.createNativeQuery("update organisation set recovery_public_key = ?1 where id = ?2")
                .setParameter(1, publicKey).setParameter(2, organisationId).executeUpdate();
        em.createNativeQuery("delete from case_key where holder = ?1").setParameter(1, recoveryHolder(organisationId))
                .executeUpdate();
    }

    /** @return the organisation's recovery public key, when it has one */
    public Optional<byte[]> recoveryKey(long organisationId) {
        return recoveryKeyOf(organisationId);
    }

    /** How many cases of the organisation hold a copy for its recovery key. */
    public long casesWithRecoveryCopy(long organisationId) {
        long count = 0;
        for (String table : CASE_TABLES) {
            count += ((Number) em.createNativeQuery("select count(*) from case_key k join " + table
                    + " t on t.case_code = k.case_code where t.organisation_id = ?1 and k.holder = ?2")
                    .setParameter(1, organisationId).setParameter(2, recoveryHolder(organisationId)).getSingleResult()).longValue();
        }
        return count;
    }

    /**
     * The recovery sheet typed in by a confidant of the organisation: every case that has a recovery copy and lacks
     * the confidant's own copy gets one. The recovery key lives for this call only.
     *
     * @return how many cases the confidant received
     */
    public int restoreWithRecoveryKey(long organisationId, PersonalKeys.OpenKeyPair recovery, long staffId, byte[] staffPublicKey) {
        Copied copied = copyMissing(organisationId, recoveryHolder(organisationId), recovery, staffHolder(staffId), staffPublicKey);
        if (copied.unreadable() > 0) {
            LOG.warning(() -> copied.unreadable() + " recovery copies of case keys did not open (damaged data)");
        }
        return copied.copied();
    }

    /** @return the public key of a staff member's key pair, when there is one */
    public Optional<byte[]> staffPublicKey(long staffId) {
        List<?> found = em.createNativeQuery("select key_public from staff_account where id = ?1 and key_public is not null")
                .setParameter(1, staffId).getResultList();
        return found.stream().findFirst().map(byte[].class::cast);
    }

    /**
     * The reporter's login holds the case key: every confidant of the organisation with a key pair who lacks a copy
     * (a first login after the case came in) gets one now, audited per confidant, so that nobody has to wait for a
     * colleague's next login.
     */
    private void shareWithConfidantsLackingIt(String caseCode, byte[] key, long organisationId) {
        for (Object[] confidant : keyedConfidants(organisationId)) {
            String holder = staffHolder(((Number) confidant[0]).longValue());
            if (stored(caseCode, holder).isEmpty()) {
                store(caseCode, holder, keys.wrapTo((byte[]) confidant[1], key, caseCode, holder));
                audit.recordChange(Actor.reporterOf(caseCode), AuditAction.CASE_KEYS_SHARED, organisationId, holder, "cases: 1");
            }
        }
        Optional<byte[]> recovery = recoveryKeyOf(organisationId);
        String recoveryHolder = recoveryHolder(organisationId);
        if (recovery.isPresent() && stored(caseCode, recoveryHolder).isEmpty()) {
            store(caseCode, recoveryHolder, keys.wrapTo(recovery.get(), key, caseCode, recoveryHolder));
        }
    }

    /** A reporter's new password: the reporter's copy of the case key is wrapped under it (the key comes from the session). */
    public void rewrapForReporter(String caseCode, CharSequence newPassword) {
        Optional<byte[]> key = opened.caseKey(caseCode);
        if (key.isEmpty()) {
            return; // nothing opened at login (damaged data): nothing to wrap anew, and the old copy stays
        }
        try {
            byte[] wrapped = keys.wrapUnderPassword(newPassword, key.get(), caseCode);
            em.createNativeQuery("delete from case_key where case_code = ?1 and holder = ?2")
                    .setParameter(1, caseCode).setParameter(2, REPORTER).executeUpdate();
            store(caseCode, REPORTER, wrapped);
        } finally {
            Arrays.fill(key.get(), (byte) 0);
        }
    }

    /** A staff member's key pair is gone (password reset, or a key that no longer opens): so are the copies wrapped to it. */
    public int forgetHolder(long staffId) {
        return em.createNativeQuery("delete from case_key where holder = ?1").setParameter(1, staffHolder(staffId)).executeUpdate();
    }

    /** A confidant no longer serves an organisation: the copies of its cases wrapped to the confidant are deleted. */
    public int withdraw(long staffId, long organisationId) {
        int deleted = 0;
        for (String table : CASE_TABLES) {
            deleted += em.createNativeQuery("delete from case_key where holder = ?1 and case_code in (select t.case_code from "
                    + table + " t where t.organisation_id = ?2)")
                    .setParameter(1, staffHolder(staffId)).setParameter(2, organisationId).executeUpdate();
        }
        return deleted;
    }

    /** Retention: every copy of the case's key is deleted, so that nothing sealed under it can be opened again. */
    public void shred(String caseCode) {
        em.createNativeQuery("delete from case_key where case_code = ?1").setParameter(1, caseCode).executeUpdate();
    }

    /**
     * Deletes the server copy of every case of the organisation that the reporter holds (a contact request: its
     * requester) and every active confidant with a key pair holds, once no active confidant is still without a key
     * pair (see {@link #hasConfidantWithoutKeyPair}).
     */
    void dropServerCopies(long organisationId) {
        for (String table : CASE_TABLES) {
            em.createNativeQuery("update " + table + " set data_key = null where organisation_id = ?1 and data_key is not null"
                    + " and exists (select 1 from case_key k where k.case_code = " + table + ".case_code and k.holder = ?2)"
                    + " and exists (select 1 from case_key k where k.case_code = " + table + ".case_code and k.holder like 'staff:%')"
                    + " and not exists (select 1 from staff_account s join staff_organisation so on so.staff_id = s.id"
                    + " where so.organisation_id = ?3 and s.role = 'CONFIDANT' and s.active = true and s.key_public is not null"
                    + " and not exists (select 1 from case_key k where k.case_code = " + table + ".case_code"
                    + " and k.holder = concat('staff:', cast(s.id as varchar(20)))))"
                    + " and not exists (select 1 from staff_account s join staff_organisation so on so.staff_id = s.id"
                    + " where so.organisation_id = ?4 and s.role = 'CONFIDANT' and s.active = true and s.password_pending = false"
                    + " and s.key_public is null)")
                    .setParameter(1, organisationId).setParameter(2, REPORTER).setParameter(3, organisationId)
                    .setParameter(4, organisationId).executeUpdate();
        }
    }

    /** Per organisation: its cases with a server copy, of which no confidant holds one, of which the reporter holds none. */
    public record ServerCopies(long organisationId, long cases, long withoutConfidant, long withoutReporter) {
    }

    /** What is left of the server copies, per organisation that has any (for the platform admin's migration view). */
    public List<ServerCopies> serverCopies() {
        java.util.Map<Long, long[]> counts = new java.util.TreeMap<>();
        for (String table : CASE_TABLES) {
            for (Object[] row : rows("select t.organisation_id, count(*),"
                    + " sum(case when exists (select 1 from case_key k where k.case_code = t.case_code and k.holder like 'staff:%')"
                    + " then 0 else 1 end),"
                    + " sum(case when exists (select 1 from case_key k where k.case_code = t.case_code and k.holder = ?1)"
                    + " then 0 else 1 end)"
                    + " from " + table + " t where t.data_key is not null group by t.organisation_id", REPORTER)) {
                long[] c = counts.computeIfAbsent(((Number) row[0]).longValue(), id -> new long[3]);
                c[0] += ((Number) row[1]).longValue();
                c[1] += ((Number) row[2]).longValue();
                c[2] += ((Number) row[3]).longValue();
            }
        }
        return counts.entrySet().stream().map(e -> new ServerCopies(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .toList();
    }

    /**
     * The last step of the migration (issue 17, item 6): deletes every server copy of a case that a confidant of its
     * organisation holds, whether or not its reporter has logged in since. A reporter who has not can no longer read
     * the case's texts (the confidant still can, and can tell). Cases that no confidant holds keep their server
     * copy: otherwise nobody could open them.
     *
     * @return how many server copies were deleted
     */
    public int deleteServerCopiesThatConfidantsHold() {
        int deleted = 0;
        for (String table : CASE_TABLES) {
            deleted += em.createNativeQuery("update " + table + " set data_key = null where data_key is not null"
                    + " and exists (select 1 from case_key k where k.case_code = " + table + ".case_code and k.holder like 'staff:%')")
                    .executeUpdate();
        }
        return deleted;
    }

    static String staffHolder(long staffId) {
        return "staff:" + staffId;
    }

    public static String recoveryHolder(long organisationId) {
        return "recovery:" + organisationId;
    }

    private byte[] wrap(byte[] publicKey, OpenCaseKey key, String caseCode, String holder) {
        byte[] raw = key.raw();
        try {
            return keys.wrapTo(publicKey, raw, caseCode, holder);
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    /**
     * Whether an active confidant of the organisation who has chosen a password has no key pair yet (has not logged
     * in since this version): until that first login a new case keeps its server copy, so that the login can wrap it
     * to the new key pair. An open invitation does not count: that confidant is new, and gets older cases from
     * colleagues, reporters or the recovery sheet.
     */
    private boolean hasConfidantWithoutKeyPair(long organisationId) {
        return confidantsWithoutKeyPair(organisationId) > 0;
    }

    /**
     * How many active confidants of the organisation have chosen a password but have no key pair yet (not logged in
     * since the switch): while there is one, a new case keeps its server copy.
     */
    public long confidantsWithoutKeyPair(long organisationId) {
        return ((Number) em.createNativeQuery(UNKEYED_CONFIDANTS).setParameter(1, organisationId).getSingleResult()).longValue();
    }

    private List<Object[]> keyedConfidants(long organisationId) {
        return rows(KEYED_CONFIDANTS, organisationId);
    }

    private Optional<byte[]> recoveryKeyOf(long organisationId) {
        List<?> found = em.createNativeQuery("select recovery_public_key from organisation where id = ?1 and recovery_public_key is not null")
                .setParameter(1, organisationId).getResultList();
        return found.stream().findFirst().map(byte[].class::cast);
    }

    private Optional<byte[]> stored(String caseCode, String holder) {
        List<?> found = em.createNativeQuery("select wrapped from case_key where case_code = ?1 and holder = ?2")
                .setParameter(1, caseCode).setParameter(2, holder).getResultList();
        return found.stream().findFirst().map(byte[].class::cast);
    }

    private void store(String caseCode, String holder, byte[] wrapped) {
        em.createNativeQuery("insert into case_key (case_code, holder, wrapped, granted_at) values (?1, ?2, ?3, ?4)")
                .setParameter(1, caseCode).setParameter(2, holder).setParameter(3, wrapped)
                .setParameter(4, clock.instant().atOffset(ZoneOffset.UTC)).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.getResultList();
    }
}

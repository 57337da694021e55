package nl.meldpunt.recovery;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import nl.meldpunt.audit.Actor;
import nl.meldpunt.audit.AuditAction;
import nl.meldpunt.audit.AuditTrail;
import nl.meldpunt.organisation.Organisation;
import nl.meldpunt.security.CaseKeys;
import nl.meldpunt.security.PersonalKeys;
import nl.meldpunt.shared.AccessRefused;
import nl.meldpunt.shared.Roles;
import nl.meldpunt.staff.StaffAccount;
import org.bouncycastle.util.encoders.Base32;

/**
 * The organisation's recovery key (issue 17, item 4; see the package). The organisation admin makes it and prints
 * the sheet; a confidant of the organisation uses the sheet to receive the cases that lack an own copy. Every use is
 * audited; the key itself never is.
 */
@Stateless
public class RecoveryKeyService {

    @PersistenceContext(unitName = "meldpunt")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private CaseKeys caseKeys;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** The admin's own organisation: whether it has a recovery key, and how many cases that key holds. */
    @RolesAllowed(Roles.ORG_ADMIN)
    public RecoveryStatus status() {
        long organisationId = ownOrganisation(me());
        var key = caseKeys.recoveryKey(organisationId);
        Object madeAt = em.createNativeQuery("select recovery_key_made_at from organisation where id = ?1")
                .setParameter(1, organisationId).getSingleResult();
        return new RecoveryStatus(key.isPresent(), key.map(RecoveryKeyService::fingerprint).orElse(null), instant(madeAt),
                key.isPresent() ? caseKeys.casesWithRecoveryCopy(organisationId) : 0);
    }

    /**
     * Makes the admin's organisation a new recovery key: the public half is kept, the private half is returned once
     * for the sheet and forgotten. A former key stops working (its copies are deleted).
     */
    @RolesAllowed(Roles.ORG_ADMIN)
    public RecoverySheet makeKey() {
        StaffAccount me = me();
        long organisationId = ownOrganisation(me);
        PersonalKeys.OpenKeyPair pair = caseKeys.personalKeys().newKeyPair();
        try {
            caseKeys.useRecoveryKey(organisationId, pair.publicKey());
            em.createNativeQuery("update organisation set recovery_key_made_at = ?1 where id = ?2")
                    .setParameter(1, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).setParameter(2, organisationId)
                    .executeUpdate();
            String fingerprint = fingerprint(pair.publicKey());
            audit.recordChange(AuditAction.RECOVERY_KEY_MADE, organisationId, "organisation:" + organisationId, fingerprint);
            return new RecoverySheet(em.find(Organisation.class, organisationId).getName(), sheetText(pair.privateKey()), fingerprint);
        } finally {
            pair.wipe();
        }
    }

    /**
     * A confidant of the organisation types in the recovery sheet: every case with a recovery copy that the
     * confidant lacks is wrapped to the confidant's key pair. The key lives for this call only.
     *
     * @return how many cases the confidant received
     * @throws RecoveryRefused when the organisation has no recovery key, or the sheet is not its current one
     */
    @RolesAllowed(Roles.CONFIDANT)
    public int restore(long organisationId, String sheet) {
        StaffAccount me = me();
        if (!me.getOrganisationIds().contains(organisationId)) {
            Long chain = em.find(Organisation.class, organisationId) == null ? null : organisationId;
            audit.recordIndependently(Actor.staff(me.getId()), AuditAction.ACCESS_DENIED, chain, "recovery:" + organisationId);
            throw new AccessRefused("Not an organisation of this confidant");
        }
        byte[] stored = caseKeys.recoveryKey(organisationId).orElseThrow(() -> new RecoveryRefused(RecoveryRefused.Reason.NO_KEY));
        byte[] privateKey = parse(sheet);
        var pair = caseKeys.personalKeys().keyPairOf(privateKey).filter(p -> Arrays.equals(p.publicKey(), stored))
                .orElseThrow(() -> new RecoveryRefused(RecoveryRefused.Reason.WRONG_SHEET));
        Arrays.fill(privateKey, (byte) 0);
        byte[] mine = caseKeys.staffPublicKey(me.getId())
                .orElseThrow(() -> new IllegalStateException("A logged-in confidant has a key pair"));
        try {
            int received = caseKeys.restoreWithRecoveryKey(organisationId, pair, me.getId(), mine);
            audit.recordChange(AuditAction.RECOVERY_KEY_USED, organisationId, "staff:" + me.getId(), "cases: " + received);
            return received;
        } finally {
            pair.wipe();
        }
    }

    /** 52 base32 characters in groups of four: easy to type back from paper. */
    static String sheetText(byte[] privateKey) {
        String plain = new String(Base32.encode(privateKey), StandardCharsets.US_ASCII).replace("=", "");
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < plain.length(); i += 4) {
            grouped.append(i == 0 ? "" : " ").append(plain, i, Math.min(plain.length(), i + 4));
        }
        return grouped.toString();
    }

    /** What {@link #sheetText} wrote, typed back: spaces, dashes and case do not matter; 0/1/8 read as O/I/B. */
    static byte[] parse(String typed) {
        if (typed == null) {
            throw new RecoveryRefused(RecoveryRefused.Reason.WRONG_SHEET);
        }
        String cleaned = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "")
                .replace('0', 'O').replace('1', 'I').replace('8', 'B');
        if (cleaned.length() != 52 || !cleaned.matches("[A-Z2-7]+")) {
            throw new RecoveryRefused(RecoveryRefused.Reason.WRONG_SHEET);
        }
        return Base32.decode(cleaned + "====");
    }

    /** The first 8 bytes of SHA-256 of the public key, in hex groups: tells two sheets apart, reveals nothing. */
    static String fingerprint(byte[] publicKey) {
        try {
            String hex = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(publicKey), 0, 8).toUpperCase(Locale.ROOT);
            return String.join("-", List.of(hex.substring(0, 4), hex.substring(4, 8), hex.substring(8, 12), hex.substring(12, 16)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private StaffAccount me() {
        return em.find(StaffAccount.class, Long.valueOf(session.getCallerPrincipal().getName()));
    }

    private static long ownOrganisation(StaffAccount me) {
        return me.getOrganisationIds().stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("Organisation admin without organisation"));
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof java.sql.Timestamp time) {
            return time.toInstant();
        }
        return value instanceof Instant time ? time : null;
    }
}

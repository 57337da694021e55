package nl.meldpunt.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The tokens of the links to choose a password. A token is 256 random bits (SecureRandom), made at the
 * moment its mail is sent and stored nowhere: only its SHA-256 hash is kept, so a database copy cannot
 * be used to take over an account. Never log a token or put it in an audit entry.
 */
@ApplicationScoped
public class InvitationTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int TOKEN_BYTES = 32;
    /** Longer input is no token of ours; refused before hashing. */
    private static final int MAX_TOKEN_LENGTH = 100;

    @PersistenceContext(unitName = "meldpunt")
    private EntityManager em;

    /**
     * A new token for the invitation's mail, which goes out now; a token of an earlier try stops working.
     * Empty when the invitation is no longer open (used, or replaced by a newer one): then no mail goes.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<String> issue(long invitationId, Instant now) {
        StaffInvitation invitation = em.find(StaffInvitation.class, invitationId);
        if (invitation == null || !invitation.isOpen()) {
            return Optional.empty();
        }
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        invitation.issued(hash(token), now);
        return Optional.of(token);
    }

    /** The open, unexpired invitation a token belongs to; empty for anything else. */
    public Optional<StaffInvitation> valid(String token, Instant now) {
        if (token == null || token.isBlank() || token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        return em.createQuery("select i from StaffInvitation i where i.tokenHash = :hash", StaffInvitation.class)
                .setParameter("hash", hash(token.strip())).getResultStream().findFirst()
                .filter(invitation -> invitation.isValidAt(now));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

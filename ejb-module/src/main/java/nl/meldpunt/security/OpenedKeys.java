package nl.meldpunt.security;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a login opened, kept in the server-side HTTP session only (issue 17): a confidant's private key, or the
 * reporter's own case key. Never sent to the browser, never logged; wiped at logout (the session is thrown
 * away) and when the session ends. On a deployment group the session, and this with it, moves to the other
 * instance in memory, so that a confidant keeps working when an instance stops.
 */
@SessionScoped
public class OpenedKeys implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long staffId;
    private byte[] publicKey;
    private byte[] privateKey;
    private String caseCode;
    private byte[] caseKey;

    /** Keeps a staff member's open key pair (copied) for the session. */
    synchronized void holdStaffKey(long staff, PersonalKeys.OpenKeyPair pair) {
        forget();
        staffId = staff;
        publicKey = pair.publicKey().clone();
        privateKey = pair.privateKey().clone();
    }

    /** Keeps the reporter's own case key (copied) for the session. */
    synchronized void holdCaseKey(String code, byte[] key) {
        forget();
        caseCode = code;
        caseKey = key.clone();
    }

    /** @return a copy of the staff member's open key pair, when this session holds it */
    synchronized Optional<PersonalKeys.OpenKeyPair> staffKey(long staff) {
        return staffId != null && staffId == staff && privateKey != null
                ? Optional.of(new PersonalKeys.OpenKeyPair(publicKey.clone(), privateKey.clone())) : Optional.empty();
    }

    /** @return a copy of the reporter's case key, when this session holds the one of {@code code} */
    synchronized Optional<byte[]> caseKey(String code) {
        return caseKey != null && caseCode.equals(code) ? Optional.of(caseKey.clone()) : Optional.empty();
    }

    /** Wipes what the session holds. */
    @PreDestroy
    public synchronized void forget() {
        if (privateKey != null) {
            Arrays.fill(privateKey, (byte) 0);
        }
        if (caseKey != null) {
            Arrays.fill(caseKey, (byte) 0);
        }
        staffId = null;
        publicKey = null;
        privateKey = null;
        caseCode = null;
        caseKey = null;
    }
}

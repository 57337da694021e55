package nl.meldpunt.security;

import jakarta.ejb.ApplicationException;

/**
 * Encrypted case content, or the case key that protects it, could not be decrypted: the wrong case
 * key, the wrong context (a ciphertext moved to another field or case), a key-encryption key that is
 * not the one that wrapped the case key, or damaged data. Authenticated encryption notices every one
 * of these, so the caller gets this exception and never garbage. The message never contains content,
 * nor the context the content was sealed for: that names the case code, which is the reporter's login
 * name, and the message may end up in the server log.
 */
@ApplicationException(rollback = true)
public class CaseContentUnreadable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CaseContentUnreadable(String reason) {
        super(reason);
    }

    public CaseContentUnreadable(String reason, Throwable cause) {
        super(reason, cause);
    }
}

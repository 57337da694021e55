package nl.meldpunt.security;

import jakarta.ejb.ApplicationException;

/**
 * The caller holds no copy of the case's key, and the case has no server copy any more (issue 17): a confidant who
 * got a key pair after the case came in, before a colleague who holds the case has logged in again; or a confidant
 * whose password was reset. Nothing is wrong with the case itself.
 */
@ApplicationException(rollback = true)
public class CaseKeyNotHeld extends CaseContentUnreadable {

    private static final long serialVersionUID = 1L;

    public CaseKeyNotHeld() {
        super("The caller holds no copy of this case's key yet");
    }
}

package nl.meldpunt.casefile;

import jakarta.ejb.ApplicationException;

/** A step would inform the organisation or a third party without the reporter's consent; nothing was recorded. */
@ApplicationException(rollback = true)
public class ConsentMissing extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ConsentScope scope;

    public ConsentMissing(ConsentScope scope) {
        super("The reporter's consent to inform " + scope + " is needed first");
        this.scope = scope;
    }

    public ConsentScope scope() {
        return scope;
    }
}

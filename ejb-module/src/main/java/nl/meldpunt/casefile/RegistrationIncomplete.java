package nl.meldpunt.casefile;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** The case cannot be closed before the registration form is complete; nothing changed. */
@ApplicationException(rollback = true)
public class RegistrationIncomplete extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> missing;

    public RegistrationIncomplete(List<String> missing) {
        super("Registration incomplete: " + missing);
        this.missing = List.copyOf(missing);
    }

    public List<String> missing() {
        return missing;
    }
}

package nl.meldpunt.organisation;

import jakarta.ejb.ApplicationException;
import java.io.Serializable;
import java.util.List;

/**
 * Settings or branding that cannot be saved as given: nothing is changed. Each problem names the form
 * field, a message key (the texts live in the web module's {@code Messages}) and its arguments.
 */
@ApplicationException(rollback = true)
public class SettingsRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** One refused field: {@code field} as the form names it, {@code key} of the message, its arguments. */
    public record Problem(String field, String key, List<String> args) implements Serializable {
    }

    private final List<Problem> problems;

    public SettingsRefused(List<Problem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.key() + " " + p.args()).reduce((a, b) -> a + "; " + b).orElse(""));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}

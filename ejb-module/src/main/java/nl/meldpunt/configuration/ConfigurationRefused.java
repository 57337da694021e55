package nl.meldpunt.configuration;

import jakarta.ejb.ApplicationException;
import java.io.Serializable;
import java.util.List;

/**
 * A configuration file that is not taken: nothing is changed. Each problem names a message key (the texts, Dutch
 * and English, live in the web module's {@code Messages}) and its arguments, e.g. the place in the file.
 */
@ApplicationException(rollback = true)
public class ConfigurationRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** One reason: the key of its message and the message's arguments. */
    public record Problem(String key, List<String> args) implements Serializable {

        public Problem(String key, String... args) {
            this(key, List.of(args));
        }
    }

    private final List<Problem> problems;

    public ConfigurationRefused(List<Problem> problems) {
        super(problems.stream().map(p -> p.key() + " " + p.args()).reduce((a, b) -> a + "; " + b).orElse(""));
        this.problems = List.copyOf(problems);
    }

    public ConfigurationRefused(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}

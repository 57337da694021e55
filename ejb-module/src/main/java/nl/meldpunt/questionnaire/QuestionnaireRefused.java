package nl.meldpunt.questionnaire;

import jakarta.ejb.ApplicationException;
import java.io.Serializable;
import java.util.List;

/**
 * A question set or tip set that cannot be published (or saved) as given: nothing is changed. Each problem
 * carries a message key (the texts, Dutch and English, live in the web module's {@code Messages}) and its
 * arguments.
 */
@ApplicationException(rollback = true)
public class QuestionnaireRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** One problem: the message key and its arguments. */
    public record Problem(String key, List<String> args) implements Serializable {

        public Problem(String key, String... args) {
            this(key, List.of(args));
        }
    }

    private final List<Problem> problems;

    public QuestionnaireRefused(List<Problem> problems) {
        super(problems.stream().map(p -> p.key() + " " + p.args()).reduce((a, b) -> a + "; " + b).orElse(""), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}

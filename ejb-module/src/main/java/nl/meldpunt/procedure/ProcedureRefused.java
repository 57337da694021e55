package nl.meldpunt.procedure;

import jakarta.ejb.ApplicationException;
import java.io.Serializable;
import java.util.List;

/**
 * A change to the procedure that cannot be made as given: nothing is saved or published. Each problem names the
 * form field ({@code dutch}, {@code english} or null for the whole), a message key (the texts live in the web
 * module's {@code Messages}, Dutch and English) and its arguments. An application exception: a refusal is the
 * system working as it should.
 */
@ApplicationException(rollback = true)
public class ProcedureRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** One reason: {@code field} as the form names it (or null), {@code key} of the message, its arguments. */
    public record Problem(String field, String key, List<String> args) implements Serializable {
    }

    private final List<Problem> problems;

    public ProcedureRefused(List<Problem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.key() + " " + p.args()).reduce((a, b) -> a + "; " + b).orElse(""),
                null, false, false);
        this.problems = List.copyOf(problems);
    }

    static ProcedureRefused because(String key, String... args) {
        return new ProcedureRefused(List.of(new Problem(null, key, List.of(args))));
    }

    public List<Problem> problems() {
        return problems;
    }
}

package nl.meldpunt.organisation;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * The platform admin's change cannot be made as asked; nothing changed. {@link #problems()} are the
 * reasons as keys the page turns into words ({@code slug.format}, {@code slug.taken}, {@code name.required},
 * {@code name.tooLong}, {@code notice.tooLong}, {@code status.unchanged}, {@code organisation.unknown}).
 */
@ApplicationException(rollback = true)
public class LifecycleRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public LifecycleRefused(List<String> problems) {
        super("Refused: " + String.join(", ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}

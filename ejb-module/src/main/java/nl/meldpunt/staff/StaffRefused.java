package nl.meldpunt.staff;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * The platform admin's change of a staff account cannot be made as asked; nothing changed.
 * {@link #problems()} are keys the page turns into words: {@code login.required}, {@code login.format},
 * {@code login.taken}, {@code name.required}, {@code name.tooLong}, {@code mail.invalid}, {@code role.notOffered},
 * {@code organisation.none}, {@code organisation.onlyOne}, {@code organisation.unknown}, {@code staff.unknown},
 * {@code staff.noMailAddress}, {@code staff.notManaged}.
 */
@ApplicationException(rollback = true)
public class StaffRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public StaffRefused(List<String> problems) {
        super("Refused: " + String.join(", ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}

package nl.meldpunt.web.shared;

import java.util.Optional;

/** Finds a failure of one kind in an exception's chain of causes, however deep JSF, EL or EJB wrapped it. */
public final class Causes {

    private Causes() {
    }

    public static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> kind) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (kind.isInstance(t)) {
                return Optional.of(kind.cast(t));
            }
        }
        return Optional.empty();
    }
}

package nl.meldpunt.retention;

import java.io.Serializable;

/**
 * What one retention run did for one organisation, in counts only — never a case code, an id or any
 * content: how many cases were due when the run started, how many it anonymised, and how many it
 * passed over (anonymised meanwhile, or no longer due).
 */
public record RetentionSummary(long organisationId, long due, long anonymised, long skipped) implements Serializable {

    public RetentionSummary {
        if (due < 0 || anonymised < 0 || skipped < 0) {
            throw new IllegalArgumentException("Counts are not negative");
        }
    }

    /** The audit entry's subject: {@code retention:due=3:anonymised=2:skipped=1}. */
    public String auditSubject() {
        return "retention:due=" + due + ":anonymised=" + anonymised + ":skipped=" + skipped;
    }
}

package nl.meldpunt.annual;

import jakarta.ejb.ApplicationException;

/**
 * A change to the annual report's texts that cannot be made; nothing was saved. The page keeps what the
 * confidant typed and says why. An application exception: a refusal is the system working as it should.
 */
@ApplicationException(rollback = true)
public class AnnualTextRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why. */
    public enum Reason {
        /** Longer than {@link AnnualReportText#MAX_LENGTH}. */
        TOO_LONG,
        /** The section was saved elsewhere (another tab, another confidant) since this text was loaded. */
        CHANGED_ELSEWHERE,
        /** The year's texts are final: reopen them first. */
        FINAL,
        /** Reopening texts that are not final. */
        NOT_FINAL,
        /** A version, section or year that does not exist. */
        NOT_FOUND
    }

    private final Reason reason;
    private final Section section;

    public AnnualTextRefused(Reason reason) {
        this(reason, null);
    }

    /** Refused because of one section (too long, changed elsewhere). */
    public AnnualTextRefused(Reason reason, Section section) {
        super(section == null ? reason.name() : reason.name() + " " + section.name(), null, false, false);
        this.reason = reason;
        this.section = section;
    }

    public Reason reason() {
        return reason;
    }

    /** The section refused, or null when the refusal is about the year as a whole. */
    public Section section() {
        return section;
    }
}

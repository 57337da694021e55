package nl.meldpunt.retention;

import java.time.Instant;
import java.time.ZonedDateTime;
import nl.meldpunt.casefile.ReportStatus;
import nl.meldpunt.organisation.Organisation;
import nl.meldpunt.shared.DutchTime;

/**
 * An organisation's retention period: a case is kept whole for this many calendar months (in Dutch
 * time) after it ended, and anonymised after that. A case ends when it is closed, or when the reporter
 * withdraws it: a withdrawn case is not worked on any more either, and keeping its story for ever would
 * be the longest retention of all.
 */
public record RetentionPeriod(int months) {

    public RetentionPeriod {
        if (months < Organisation.MIN_RETENTION_MONTHS) {
            throw new IllegalArgumentException("A retention period is at least " + Organisation.MIN_RETENTION_MONTHS + " months");
        }
    }

    /** Cases that ended before this moment are due. */
    public Instant cutoff(Instant now) {
        return ZonedDateTime.ofInstant(now, DutchTime.ZONE).minusMonths(months).toInstant();
    }

    /** When a case in this status ended: closing or withdrawing; none while it is open. */
    public static Instant endOf(ReportStatus status, Instant closedAt, Instant withdrawnAt) {
        return switch (status) {
            case CLOSED -> closedAt;
            case WITHDRAWN -> withdrawnAt;
            default -> null;
        };
    }

    /** Whether a case that is still whole and ended at {@code endedAt} is due at {@code now}. */
    public boolean isDue(ReportStatus status, Instant endedAt, Instant now) {
        return !status.isOpen() && endedAt != null && endedAt.isBefore(cutoff(now));
    }
}

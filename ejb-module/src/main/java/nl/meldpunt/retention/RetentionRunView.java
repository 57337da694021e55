package nl.meldpunt.retention;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The last nightly retention run as the organisation admin sees it: its day, when it started and
 * ended, its status (STARTING, STARTED, COMPLETED or FAILED) and how many cases of the own organisation
 * it anonymised — a count only; null while it has not got to the organisation.
 */
public record RetentionRunView(LocalDate day, Instant startedAt, Instant endedAt, String status, Long anonymised)
        implements Serializable {
}

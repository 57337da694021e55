package nl.meldpunt.trend;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** The trend table of one organisation with the advice given to it so far. */
public record TrendView(long organisationId, String organisationName, TrendTable table, List<GivenAdvice> advice)
        implements Serializable {

    /** Advice as written. */
    public record GivenAdvice(Instant writtenAt, String text) implements Serializable {
    }
}

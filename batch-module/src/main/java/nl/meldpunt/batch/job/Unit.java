package nl.meldpunt.batch.job;

import java.io.Serializable;
import java.time.YearMonth;

/** One item of the job: a month to count, or (last) the publishing of the report. */
public record Unit(YearMonth month) implements Serializable {

    static final Unit PUBLISH = new Unit(null);

    boolean isPublish() {
        return month == null;
    }
}

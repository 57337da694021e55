package nl.meldpunt.batch.retention;

import jakarta.batch.runtime.context.JobContext;
import java.time.LocalDate;

/** The retention job's parameters, as its job XML passes them on (an absent one may arrive empty). */
final class JobParameters {

    static final String RUN_DAY = "runDay";
    static final String FAIL_AFTER_UNITS = "failAfterUnits";
    static final String PAUSE_MILLIS = "pauseMillis";

    private JobParameters() {
    }

    /** The Dutch day of the scheduled run; null for a run started by hand (no bookkeeping then). */
    static LocalDate runDay(JobContext job) {
        String value = value(job, RUN_DAY);
        return value == null ? null : LocalDate.parse(value);
    }

    /** For tests: fail the first execution when it is about to write the chunk after this many; null normally. */
    static Integer failAfterUnits(JobContext job) {
        String value = value(job, FAIL_AFTER_UNITS);
        return value == null || !value.matches("\\d{1,6}") ? null : Integer.valueOf(value);
    }

    /** For tests: a pause before each chunk is written, in milliseconds (at most 60 s); 0 normally. */
    static long pauseMillis(JobContext job) {
        String value = value(job, PAUSE_MILLIS);
        return value == null || !value.matches("\\d{1,5}") ? 0 : Math.min(Long.parseLong(value), 60_000);
    }

    private static String value(JobContext job, String name) {
        String value = job.getProperties().getProperty(name);
        return value == null || value.isBlank() || value.startsWith("#") ? null : value.strip();
    }
}

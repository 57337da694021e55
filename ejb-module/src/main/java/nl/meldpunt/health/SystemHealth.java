package nl.meldpunt.health;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The platform's health at one moment, per area with an OK or attention state. Figures only: counts,
 * times and sizes, never any report content.
 */
public record SystemHealth(Instant checkedAt, Database database, Outbox outbox, Reports reports, Retention retention,
                           Disk disk) implements Serializable {

    /** Whether anything needs a look. */
    public boolean attention() {
        return database.attention() || outbox.attention() || reports.attention() || retention.attention() || disk.attention();
    }

    /** The database answered a trivial query (or not), and how long that took. */
    public record Database(boolean reachable, long millis) implements Serializable {
        /** Slower than this for {@code select 1} is worth a look. */
        static final long SLOW_MILLIS = 1000;

        public boolean attention() {
            return !reachable || millis > SLOW_MILLIS;
        }
    }

    /**
     * Mails waiting in the outbox, how many of those already failed at least once, the age in minutes of
     * the oldest waiting one (null: none waits), and how many were given up in the last seven days.
     * Reporter mails wait up to two hours on purpose (no timing side channel), so age alone is no alarm
     * until it is past {@link #OLD_MINUTES}.
     */
    public record Outbox(boolean known, long waiting, long failing, Long oldestWaitingMinutes, long givenUpLastWeek)
            implements Serializable {
        static final long OLD_MINUTES = 180;

        public boolean attention() {
            return !known || failing > 0 || givenUpLastWeek > 0
                    || oldestWaitingMinutes != null && oldestWaitingMinutes > OLD_MINUTES;
        }
    }

    /** HR's report runs: when the last one was done (null: never), how many failed or were given up in seven days. */
    public record Reports(boolean known, Instant lastDone, long failedLastWeek) implements Serializable {
        public boolean attention() {
            return !known || failedLastWeek > 0;
        }
    }

    /**
     * The last nightly retention run: its day, status and end (all null: none ran yet); {@code stale} when
     * it is older than {@link #MAX_AGE_DAYS} days (the nightly job did not run).
     */
    public record Retention(boolean known, LocalDate lastDay, String lastStatus, Instant lastEnded, boolean stale)
            implements Serializable {
        static final int MAX_AGE_DAYS = 2;

        public boolean attention() {
            return !known || lastDay == null || stale || "FAILED".equals(lastStatus);
        }
    }

    /** Free (usable) and total space of the file system that holds the domain directory, in bytes. */
    public record Disk(boolean known, long usableBytes, long totalBytes) implements Serializable {
        static final long MIN_FREE = 1L << 30;

        public boolean attention() {
            return !known || usableBytes < MIN_FREE || usableBytes * 10 < totalBytes;
        }

        public long usableMegabytes() {
            return usableBytes >> 20;
        }

        public long totalMegabytes() {
            return totalBytes >> 20;
        }
    }
}

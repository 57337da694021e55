package nl.meldpunt.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The one time zone of Meldpunt: deadlines, trend periods, reminders and every date shown count in
 * Dutch time, whatever zone the server runs in. "Now" always comes from the injected {@link Clock}.
 */
public final class DutchTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private DutchTime() {
    }

    /** Today's date in the Netherlands by the given clock. */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    /** The Dutch calendar day of a moment. */
    public static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }
}

package nl.meldpunt.it;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Test only, added to the EJB module by {@link MeldpuntDeployment}: the application's clock, shifted
 * by what a test sets through the probe, so that intervals and retries can be tested without waiting.
 */
@Alternative
@Priority(1000)
@ApplicationScoped
public class ShiftedClockProducer {

    private static volatile Duration shift = Duration.ZERO;

    public static void shiftBy(Duration by) {
        shift = by;
    }

    public static Duration shift() {
        return shift;
    }

    @Produces
    @ApplicationScoped
    Clock clock() {
        return new Shifted();
    }

    private static final class Shifted extends Clock {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.offset(Clock.system(zone), shift);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(shift);
        }
    }
}

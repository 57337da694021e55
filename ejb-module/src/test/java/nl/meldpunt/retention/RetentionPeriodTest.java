package nl.meldpunt.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import nl.meldpunt.casefile.ReportStatus;
import nl.meldpunt.organisation.Organisation;
import org.junit.jupiter.api.Test;

class RetentionPeriodTest {

    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");

    @Test
    void theCutoffIsCalendarMonthsBackInDutchTime() {
        assertEquals(Instant.parse("2024-12-03T12:00:00Z"), new RetentionPeriod(24).cutoff(NOW));
        // 31 March minus one month is the last day of February, at the same Dutch wall-clock time (summer → winter time).
        assertEquals(Instant.parse("2025-02-28T10:30:00Z"), new RetentionPeriod(13).cutoff(Instant.parse("2026-03-31T09:30:00Z")));
    }

    @Test
    void aClosedCaseIsDueOnlyAfterThePeriod() {
        RetentionPeriod period = new RetentionPeriod(24);
        assertTrue(period.isDue(ReportStatus.CLOSED, Instant.parse("2024-12-03T11:59:59Z"), NOW));
        assertFalse(period.isDue(ReportStatus.CLOSED, Instant.parse("2024-12-03T12:00:00Z"), NOW), "exactly the period: not yet");
        assertFalse(period.isDue(ReportStatus.CLOSED, Instant.parse("2025-12-01T00:00:00Z"), NOW));
    }

    @Test
    void aWithdrawnCaseEndsWhenWithdrawnAndAnOpenCaseNeverIsDue() {
        RetentionPeriod period = new RetentionPeriod(12);
        Instant long_ago = Instant.parse("2020-01-01T00:00:00Z");
        assertEquals(long_ago, RetentionPeriod.endOf(ReportStatus.WITHDRAWN, null, long_ago));
        assertTrue(period.isDue(ReportStatus.WITHDRAWN, RetentionPeriod.endOf(ReportStatus.WITHDRAWN, null, long_ago), NOW));
        for (ReportStatus open : new ReportStatus[] {ReportStatus.NEW, ReportStatus.ACKNOWLEDGED, ReportStatus.IN_PROGRESS,
                ReportStatus.AFTERCARE}) {
            assertNull(RetentionPeriod.endOf(open, long_ago, long_ago));
            assertFalse(period.isDue(open, long_ago, NOW), open.name());
        }
        assertFalse(period.isDue(ReportStatus.CLOSED, null, NOW), "closed without a date: never guessed");
    }

    @Test
    void neverShorterThanTheMinimum() {
        assertThrows(IllegalArgumentException.class, () -> new RetentionPeriod(Organisation.MIN_RETENTION_MONTHS - 1));
        assertEquals(12, new RetentionPeriod(Organisation.MIN_RETENTION_MONTHS).months());
    }

    @Test
    void theSummaryHoldsCountsOnly() {
        RetentionSummary summary = new RetentionSummary(7, 3, 2, 1);
        assertEquals("retention:due=3:anonymised=2:skipped=1", summary.auditSubject());
        assertThrows(IllegalArgumentException.class, () -> new RetentionSummary(7, -1, 0, 0));
    }
}

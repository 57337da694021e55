package nl.meldpunt.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import nl.meldpunt.questionnaire.Registration;
import org.junit.jupiter.api.Test;

/** The status of a report moves along the allowed transitions only (issue 5, item 3). */
class ReportStatusTest {

    private final Instant now = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void theAllowedTransitions() {
        assertEquals(EnumSet.of(ReportStatus.ACKNOWLEDGED), ReportStatus.NEW.next());
        assertEquals(EnumSet.of(ReportStatus.IN_PROGRESS, ReportStatus.CLOSED), ReportStatus.ACKNOWLEDGED.next());
        assertEquals(EnumSet.of(ReportStatus.AFTERCARE, ReportStatus.CLOSED), ReportStatus.IN_PROGRESS.next());
        assertEquals(EnumSet.of(ReportStatus.CLOSED), ReportStatus.AFTERCARE.next());
        assertEquals(EnumSet.noneOf(ReportStatus.class), ReportStatus.CLOSED.next());
        assertEquals(EnumSet.noneOf(ReportStatus.class), ReportStatus.WITHDRAWN.next());
    }

    @Test
    void aReportCannotSkipAcknowledgementAndRecordsItsMoments() {
        Report report = report();
        assertThrows(IllegalStateException.class, () -> report.moveTo(ReportStatus.IN_PROGRESS, now));
        assertThrows(IllegalStateException.class, () -> report.moveTo(ReportStatus.WITHDRAWN, now), "withdrawing is the reporter's");
        report.moveTo(ReportStatus.ACKNOWLEDGED, now);
        assertEquals(now, report.getAcknowledgedAt());
        report.moveTo(ReportStatus.IN_PROGRESS, now.plusSeconds(60));
        assertNull(report.getClosedAt());
        report.moveTo(ReportStatus.CLOSED, now.plusSeconds(120));
        assertEquals(now.plusSeconds(120), report.getClosedAt());
        assertThrows(IllegalStateException.class, () -> report.withdraw(now), "a closed report cannot be withdrawn");
    }

    @Test
    void afterClosingTheReporterWritesOnlyToAnswerTheCheckin() {
        Report report = report();
        report.moveTo(ReportStatus.ACKNOWLEDGED, now);
        assertTrue(report.acceptsReporterMessages(now));
        report.moveTo(ReportStatus.CLOSED, now);
        report.scheduleCheckin(java.time.LocalDate.of(2027, 11, 23));
        assertFalse(report.acceptsReporterMessages(now));
        Instant asked = now.plus(java.time.Duration.ofDays(365));
        report.checkinAsked(asked);
        assertTrue(report.acceptsReporterMessages(asked.plus(java.time.Duration.ofDays(59))));
        assertFalse(report.acceptsReporterMessages(asked.plus(java.time.Duration.ofDays(61))));
        assertThrows(IllegalStateException.class, () -> report.checkinAsked(asked), "asked once");
    }

    @Test
    void theTrackFollowsTheCategoryUntilTheConfidantChooses() {
        Report report = report();
        assertEquals(Track.PERSONAL_INTEGRITY, report.getTrack());
        report.chooseTrack(Track.BUSINESS_INTEGRITY);
        assertEquals(Track.BUSINESS_INTEGRITY, report.getTrack());
        assertEquals(9, Track.PERSONAL_INTEGRITY.steps().size());
        assertEquals(6, Track.BUSINESS_INTEGRITY.steps().size());
    }

    private Report report() {
        return new Report(1, "KM7Q-4MZP-X9W3", "hash", 1, 1, Channel.WEB, "nl",
                new Registration("UNWANTED_BEHAVIOUR", "BULLYING", "MANAGER", "YES", List.of("ADVICE")),
                null, SharingConsent.ASK_FIRST, new byte[] {1}, now);
    }
}

package nl.meldpunt.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.meldpunt.casefile.Deadlines.Signal;
import nl.meldpunt.questionnaire.Registration;
import org.junit.jupiter.api.Test;

/** Deadlines against a controlled "now" (issue 5: acknowledgement 7 days, feedback 3 months, status interval). */
class DeadlinesTest {

    private static final Instant SUBMITTED = Instant.parse("2026-11-02T09:00:00Z");

    @Test
    void acknowledgementIsDueWithinSevenDays() {
        Report report = report("UNWANTED_BEHAVIOUR");
        assertEquals(Signal.ON_TIME, at(report, 1).acknowledgement().signal());
        assertEquals(LocalDate.of(2026, 11, 9), at(report, 1).acknowledgement().by());
        assertEquals(Signal.DUE_SOON, at(report, 5).acknowledgement().signal());
        assertEquals(Signal.DUE_SOON, at(report, 7).acknowledgement().signal(), "the last day itself is still in time");
        assertEquals(Signal.OVERDUE, at(report, 8).acknowledgement().signal());
        report.moveTo(ReportStatus.ACKNOWLEDGED, SUBMITTED.plus(Duration.ofDays(8)));
        assertEquals(Signal.NONE, at(report, 9).acknowledgement().signal(), "late, but met");
    }

    @Test
    void integrityReportsGetFeedbackWithinThreeMonthsOfTheAcknowledgement() {
        Report unwanted = report("UNWANTED_BEHAVIOUR");
        assertEquals(Signal.NONE, at(unwanted, 100).feedback().signal(), "only integrity reports have this deadline");
        Report integrity = report("INTEGRITY");
        integrity.moveTo(ReportStatus.ACKNOWLEDGED, SUBMITTED.plus(Duration.ofDays(3)));
        assertEquals(LocalDate.of(2027, 2, 5), at(integrity, 10).feedback().by());
        assertEquals(Signal.ON_TIME, at(integrity, 80).feedback().signal());
        assertEquals(Signal.DUE_SOON, at(integrity, 85).feedback().signal());
        assertEquals(Signal.OVERDUE, at(integrity, 96).feedback().signal());
        integrity.moveTo(ReportStatus.IN_PROGRESS, SUBMITTED.plus(Duration.ofDays(20)));
        integrity.moveTo(ReportStatus.AFTERCARE, SUBMITTED.plus(Duration.ofDays(60)));
        assertEquals(Signal.NONE, at(integrity, 96).feedback().signal());
    }

    @Test
    void theReporterHearsSomethingAtTheOrganisationsInterval() {
        Report report = report("UNWANTED_BEHAVIOUR");
        Deadlines early = Deadlines.of(report, null, 14, SUBMITTED.plus(Duration.ofDays(3)));
        assertEquals(LocalDate.of(2026, 11, 16), early.statusUpdate().by());
        assertEquals(Signal.OVERDUE, Deadlines.of(report, null, 14, SUBMITTED.plus(Duration.ofDays(15))).statusUpdate().signal());
        Instant messaged = SUBMITTED.plus(Duration.ofDays(10));
        assertEquals(Signal.ON_TIME, Deadlines.of(report, messaged, 14, SUBMITTED.plus(Duration.ofDays(15))).statusUpdate().signal(),
                "a message to the reporter starts the interval again");
    }

    @Test
    void aClosedOrWithdrawnReportHasNoDeadlines() {
        Report report = report("INTEGRITY");
        report.withdraw(SUBMITTED.plus(Duration.ofDays(1)));
        assertEquals(Signal.NONE, at(report, 30).worst());
    }

    private static Deadlines at(Report report, int daysAfterSubmission) {
        return Deadlines.of(report, null, 14, SUBMITTED.plus(Duration.ofDays(daysAfterSubmission)));
    }

    private static Report report(String category) {
        return new Report(1, "KM7Q-4MZP-X9W3", "hash", 1, 1, Channel.WEB, "nl",
                new Registration(category, null, "MANAGER", "YES", List.of("ADVICE")), null, SharingConsent.ASK_FIRST,
                new byte[] {1}, SUBMITTED);
    }
}

package nl.meldpunt.casefile;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import nl.meldpunt.shared.DutchTime;

/**
 * The deadlines a confidant keeps for one report (PRODUCT.md §4, Wbk / EU Directive 2019/1937):
 * acknowledge receipt within 7 days; for integrity reports, feedback within 3 months of the
 * acknowledgement; and a status update to the reporter at the organisation's interval since the
 * last contact. Each is met, on time, due soon, or overdue.
 */
public record Deadlines(Deadline acknowledgement, Deadline feedback, Deadline statusUpdate) implements Serializable {

    static final int ACKNOWLEDGE_WITHIN_DAYS = 7;
    static final int FEEDBACK_WITHIN_MONTHS = 3;
    static final int ACKNOWLEDGE_SOON_DAYS = 2;
    static final int FEEDBACK_SOON_DAYS = 14;
    static final int UPDATE_SOON_DAYS = 2;

    /** How a deadline stands. */
    public enum Signal {
        /** Met, or does not apply. */
        NONE,
        ON_TIME,
        DUE_SOON,
        OVERDUE
    }

    /** One deadline: the last day, and how it stands today. */
    public record Deadline(LocalDate by, Signal signal) implements Serializable {

        static final Deadline NONE = new Deadline(null, Signal.NONE);

        static Deadline of(LocalDate by, int soonDays, LocalDate today) {
            Signal signal = today.isAfter(by) ? Signal.OVERDUE
                    : today.plusDays(soonDays).isBefore(by) ? Signal.ON_TIME : Signal.DUE_SOON;
            return new Deadline(by, signal);
        }
    }

    /** The most pressing signal, for sorting the queue. */
    public Signal worst() {
        Signal worst = Signal.NONE;
        for (Deadline d : new Deadline[] {acknowledgement, feedback, statusUpdate}) {
            if (d.signal().ordinal() > worst.ordinal()) {
                worst = d.signal();
            }
        }
        return worst;
    }

    /**
     * @param lastContact the last moment the reporter heard something: submission, a message from the
     *                    confidant or a step the reporter can see
     */
    static Deadlines of(Report report, Instant lastContact, int statusUpdateIntervalDays, Instant now) {
        if (!report.getStatus().isOpen()) {
            return new Deadlines(Deadline.NONE, Deadline.NONE, Deadline.NONE);
        }
        LocalDate today = day(now);
        Deadline acknowledgement = report.getAcknowledgedAt() != null ? Deadline.NONE
                : Deadline.of(day(report.getSubmittedAt()).plusDays(ACKNOWLEDGE_WITHIN_DAYS), ACKNOWLEDGE_SOON_DAYS, today);
        boolean integrity = "INTEGRITY".equals(report.getCategory());
        boolean feedbackGiven = report.getStatus() == ReportStatus.AFTERCARE;
        Instant feedbackFrom = report.getAcknowledgedAt() != null ? report.getAcknowledgedAt() : report.getSubmittedAt();
        Deadline feedback = !integrity || feedbackGiven ? Deadline.NONE
                : Deadline.of(day(feedbackFrom).plusMonths(FEEDBACK_WITHIN_MONTHS), FEEDBACK_SOON_DAYS, today);
        Instant from = lastContact == null || lastContact.isBefore(report.getSubmittedAt()) ? report.getSubmittedAt() : lastContact;
        Deadline statusUpdate = Deadline.of(day(from).plusDays(statusUpdateIntervalDays), UPDATE_SOON_DAYS, today);
        return new Deadlines(acknowledgement, feedback, statusUpdate);
    }

    private static LocalDate day(Instant instant) {
        return DutchTime.dayOf(instant);
    }
}

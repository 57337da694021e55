package nl.meldpunt.report;

/**
 * Where a report stands. The confidant moves it on (new → acknowledged → in progress → aftercare →
 * closed); the reporter can withdraw it at any time before it is closed.
 */
public enum ReportStatus {
    NEW,
    ACKNOWLEDGED,
    IN_PROGRESS,
    AFTERCARE,
    CLOSED,
    WITHDRAWN;

    public boolean isOpen() {
        return this != CLOSED && this != WITHDRAWN;
    }
}

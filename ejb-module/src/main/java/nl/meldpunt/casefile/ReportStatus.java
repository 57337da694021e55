package nl.meldpunt.casefile;

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

    /** The statuses a confidant may move a report on to from this one (withdrawing is the reporter's). */
    public java.util.Set<ReportStatus> next() {
        return switch (this) {
            case NEW -> java.util.EnumSet.of(ACKNOWLEDGED);
            case ACKNOWLEDGED -> java.util.EnumSet.of(IN_PROGRESS, CLOSED);
            case IN_PROGRESS -> java.util.EnumSet.of(AFTERCARE, CLOSED);
            case AFTERCARE -> java.util.EnumSet.of(CLOSED);
            case CLOSED, WITHDRAWN -> java.util.EnumSet.noneOf(ReportStatus.class);
        };
    }
}

package nl.meldpunt.notification;

/** What a mail is about. Reporter mails say only that there is something to read on the personal page. */
public enum MailKind {
    REPORTER_NEWS(true),
    REPORTER_STATUS_UPDATE(true),
    REPORTER_TIP(true),
    CONFIDANT_REMINDER(false),
    CONFIDANT_DIGEST(false);

    private final boolean toReporter;

    MailKind(boolean toReporter) {
        this.toReporter = toReporter;
    }

    public boolean isToReporter() {
        return toReporter;
    }
}

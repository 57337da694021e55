package nl.meldpunt.notification;

/** What a mail is about. Reporter mails say only that there is something to read on the personal page. */
public enum MailKind {
    REPORTER_NEWS(true),
    REPORTER_STATUS_UPDATE(true),
    REPORTER_TIP(true),
    CONFIDANT_REMINDER(false),
    CONFIDANT_DIGEST(false),
    /** A report for HR (register, trends, annual report) is ready: a link, or the files attached. */
    HR_PUBLICATION(false, "/hr/index.xhtml");

    private final boolean toReporter;
    private final String page;

    MailKind(boolean toReporter) {
        this(toReporter, toReporter ? "/melder/login.xhtml" : "/console/index.xhtml");
    }

    MailKind(boolean toReporter, String page) {
        this.toReporter = toReporter;
        this.page = page;
    }

    /** The page the mail's button opens. */
    public String page() {
        return page;
    }

    public boolean isToReporter() {
        return toReporter;
    }
}

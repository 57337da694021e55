package nl.meldpunt.notification;

/** What a mail is about. Reporter mails say only that there is something to read on the personal page. */
public enum MailKind {
    REPORTER_NEWS(true),
    REPORTER_STATUS_UPDATE(true),
    REPORTER_TIP(true),
    CONFIDANT_REMINDER(false),
    CONFIDANT_DIGEST(false),
    /** A report for HR (register, trends, annual report) is ready: a link, or the files attached. */
    HR_PUBLICATION(false, "/hr/index.xhtml"),
    /** Issue 13: a new staff account's link to choose a password (single use, 7 days); the token is added when sent. */
    STAFF_INVITATION(false, "/staff/welcome.xhtml"),
    /** The platform admin reset the password: a new link to choose one, as {@link #STAFF_INVITATION}. */
    STAFF_PASSWORD_RESET(false, "/staff/welcome.xhtml");

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

    /** Mails whose link carries a single-use token of a staff invitation. */
    public boolean carriesInvitation() {
        return this == STAFF_INVITATION || this == STAFF_PASSWORD_RESET;
    }

    public boolean isToReporter() {
        return toReporter;
    }
}

package nl.meldpunt.casefile;

/**
 * Something new for the reporter on the personal page: a step made visible, a message, a new status.
 * Fired in the transaction of the change; the mail component turns it into a mail (if the reporter
 * left an address) that says only that there is news.
 */
public record ReporterNews(long reportId) {
}

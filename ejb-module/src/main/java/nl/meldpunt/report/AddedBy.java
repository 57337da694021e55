package nl.meldpunt.report;

/** Who added an attachment to a report. */
public enum AddedBy {
    REPORTER,
    CONFIDANT
}

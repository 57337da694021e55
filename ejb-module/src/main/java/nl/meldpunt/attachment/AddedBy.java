package nl.meldpunt.attachment;

/** Who added an attachment to a report. */
public enum AddedBy {
    REPORTER,
    CONFIDANT
}

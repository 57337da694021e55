package nl.meldpunt.casefile;

/** A message between reporter and confidant, or information the reporter adds to the report. */
public enum MessageKind {
    FROM_REPORTER,
    FROM_CONFIDANT,
    ADDED_INFORMATION
}

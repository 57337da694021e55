package nl.meldpunt.annual;

import java.io.Serializable;
import java.time.Instant;

/** One saved version of a section, for the history: when, by whom, the text, and which version it restored (or null). */
public record TextVersion(int version, Instant savedAt, String savedBy, String text, Integer restoredFrom)
        implements Serializable {
}

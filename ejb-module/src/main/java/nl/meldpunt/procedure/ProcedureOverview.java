package nl.meldpunt.procedure;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * What the organisation admin's procedure page shows: the text to edit (the saved draft, or else the current
 * published version, or empty), whether it is a saved draft, the current published version (0: none yet) and
 * every published version, newest first.
 */
public record ProcedureOverview(long organisationId, String organisationSlug, String dutch, String english, boolean draftSaved,
                                Instant draftSavedAt, String draftSavedBy, int currentVersion, List<VersionInfo> versions)
        implements Serializable {

    /** A published version for the read-only list: number, date and who published it (a staff display name). */
    public record VersionInfo(int version, Instant publishedAt, String publishedBy) implements Serializable {
    }

    /** The number the next publication will get. */
    public int nextVersion() {
        return currentVersion + 1;
    }
}

package nl.meldpunt.casefile;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A report in the confidant's work queue: registration fields only, never the narrative. */
public record QueueEntry(long reportId, String caseCode, String organisationName, String category, String subcategory,
                         List<String> needs, ReportStatus status, Instant submittedAt, boolean chosenMe, Deadlines deadlines)
        implements Serializable {
}

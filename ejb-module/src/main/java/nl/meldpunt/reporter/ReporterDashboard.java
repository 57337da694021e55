package nl.meldpunt.reporter;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import nl.meldpunt.casefile.MessageView;
import nl.meldpunt.casefile.ReportStatus;
import nl.meldpunt.casefile.SharingConsent;
import nl.meldpunt.questionnaire.LocalText;
import nl.meldpunt.questionnaire.Tip;

/** What the reporter sees of the own report on the personal page. */
public record ReporterDashboard(boolean canWrite, boolean recordToApprove, String caseCode, String organisationSlug, String organisationName, ReportStatus status, Instant submittedAt,
                                String category, String subcategory, List<String> needs, SharingConsent sharingConsent,
                                List<MessageView> messages, List<VisibleStep> steps, LocalText affirmation, List<Tip> tips) implements Serializable {

    /** A step the confidant chose to show the reporter. */
    public record VisibleStep(String stepKey, java.time.LocalDate happenedOn, String note) implements Serializable {
    }

    public boolean isOpen() {
        return status.isOpen();
    }
}

package nl.meldpunt.intake;

import java.io.Serializable;
import java.util.List;
import nl.meldpunt.questionnaire.QuestionSet;

/**
 * Everything the wizard needs to ask an organisation's questions. {@code closed}: the organisation takes
 * no new report now (issue 13), and {@code closedNotice} (plain text, may be null) says where to go instead.
 */
public record ReportForm(String organisationSlug, String organisationName, QuestionSet questionSet,
                         List<ConfidantChoice> confidants, boolean closed, String closedNotice) implements Serializable {

    /** A confidant the reporter may choose, where the organisation has more than one. */
    public record ConfidantChoice(long id, String name) implements Serializable {
    }
}

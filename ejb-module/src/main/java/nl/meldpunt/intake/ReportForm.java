package nl.meldpunt.intake;

import java.io.Serializable;
import java.util.List;
import nl.meldpunt.questionnaire.QuestionSet;

/** Everything the wizard needs to ask an organisation's questions. */
public record ReportForm(String organisationSlug, String organisationName, QuestionSet questionSet,
                         List<ConfidantChoice> confidants) implements Serializable {

    /** A confidant the reporter may choose, where the organisation has more than one. */
    public record ConfidantChoice(long id, String name) implements Serializable {
    }
}

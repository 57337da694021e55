package nl.meldpunt.web.feedback;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import nl.meldpunt.feedback.FeedbackService;
import nl.meldpunt.feedback.FeedbackSummary;

/** The year's survey answers on the confidant's annual page (issue 14): totals only, from the threshold on. */
@Named
@RequestScoped
public class FeedbackSummaryBacking {

    @Inject
    private FeedbackService feedback;

    private FeedbackSummary summary;

    public FeedbackSummary of(Long organisationId, Integer year) {
        if (summary == null && organisationId != null && year != null) {
            summary = feedback.summary(organisationId, year);
        }
        return summary;
    }

    /** One question's answers as rows of (answer key, count), in the order of the answers. */
    public List<Map.Entry<String, Long>> rows(Map<String, Long> counts) {
        return List.copyOf(counts.entrySet());
    }
}

package nl.meldpunt.casefile;

import java.util.List;

/**
 * The two ways a confidant handles a report (seed 003): personal integrity / unwanted behaviour in
 * nine steps, business integrity / wrongdoing in six.
 */
public enum Track {
    PERSONAL_INTEGRITY(List.of("RECEPTION", "EXPLAIN_FRAMEWORK", "LISTEN", "INFORMAL_SOLUTIONS", "GUIDE_INFORMAL",
            "FORMAL_STEPS", "REFERRAL", "AFTERCARE", "ANNUAL_BUNDLING")),
    BUSINESS_INTEGRITY(List.of("RECEPTION", "EXPLAIN_FRAMEWORK", "LISTEN", "BRING_TO_ATTENTION", "AFTERCARE",
            "ANNUAL_BUNDLING"));

    private final List<String> steps;

    Track(List<String> steps) {
        this.steps = steps;
    }

    public List<String> steps() {
        return steps;
    }

    /** The track that usually fits a category; the confidant can choose the other. */
    public static Track suggestedFor(String category) {
        return "INTEGRITY".equals(category) ? BUSINESS_INTEGRITY : PERSONAL_INTEGRITY;
    }
}

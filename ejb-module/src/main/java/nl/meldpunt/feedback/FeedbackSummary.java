package nl.meldpunt.feedback;

import java.io.Serializable;
import java.util.Map;

/**
 * The answers of an organisation's reporters in one year: how many answered and, per question, how often each answer
 * was given. When fewer answered than the organisation's small-count threshold, {@code shown} is false and the
 * counts are empty: a few answers could be traced to the few reporters of that year.
 */
public record FeedbackSummary(int year, long answered, int threshold, boolean shown, Map<String, Long> heard,
                              Map<String, Long> clarity, Map<String, Long> recommend) implements Serializable {

    public FeedbackSummary {
        heard = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(heard));
        clarity = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(clarity));
        recommend = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(recommend));
    }
}

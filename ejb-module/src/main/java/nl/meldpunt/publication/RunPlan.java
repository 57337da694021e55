package nl.meldpunt.publication;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import nl.meldpunt.shared.Period;

/**
 * What a batch job needs to know to make one run: which report, for whom, which period, the
 * organisation's threshold for small counts and its language; and the months it reads, one chunk each.
 */
public record RunPlan(long runId, long organisationId, String organisationName, String language, int threshold,
                      PublicationKind kind, Period period, List<String> departments) implements Serializable {

    /**
     * The months read: the period itself; for the trend report also the period before and the same
     * period a year before, to flag rises against.
     */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        if (kind == PublicationKind.TREND) {
            months.addAll(period.yearBefore().months());
            period.before().months().stream().filter(m -> !months.contains(m)).forEach(months::add);
        }
        months.addAll(period.months());
        return months;
    }
}

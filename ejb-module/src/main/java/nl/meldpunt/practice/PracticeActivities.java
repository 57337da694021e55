package nl.meldpunt.practice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * Counts an organisation's activities of a calendar year (by the day they took place): one grouped query, for the
 * console's summary and for the annual report job alike, so both show the same figures.
 *
 * <p>Not a service of its own (a CDI bean, as {@code nl.meldpunt.annual.AnnualReportTexts}): it runs inside its
 * caller's transaction and checks nobody — the callers do: the service checks that the confidant serves the
 * organisation, the job runs for an organisation's own report.
 */
@ApplicationScoped
public class PracticeActivities {

    @PersistenceContext(unitName = "meldpunt")
    private EntityManager em;

    /** The year's activities per kind, and the participants of its sessions and trainings together. */
    public ActivityYear countsFor(long organisationId, int year) {
        Map<ActivityKind, Integer> counts = new EnumMap<>(ActivityKind.class);
        int participants = 0;
        for (Object[] row : em.createQuery("select a.kind, count(a), sum(a.participants) from PracticeActivity a"
                        + " where a.organisationId = :organisation and a.heldOn >= :from and a.heldOn < :to group by a.kind",
                        Object[].class)
                .setParameter("organisation", organisationId)
                .setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year + 1, 1, 1))
                .getResultList()) {
            ActivityKind kind = (ActivityKind) row[0];
            counts.put(kind, ((Number) row[1]).intValue());
            if (kind.isGathering() && row[2] != null) {
                participants += ((Number) row[2]).intValue();
            }
        }
        return new ActivityYear(year, counts.getOrDefault(ActivityKind.INFORMATION_SESSION, 0),
                counts.getOrDefault(ActivityKind.TRAINING, 0), participants,
                counts.getOrDefault(ActivityKind.ADVICE_SOLICITED, 0), counts.getOrDefault(ActivityKind.ADVICE_UNSOLICITED, 0),
                counts.getOrDefault(ActivityKind.POLICY_EVALUATION, 0));
    }
}

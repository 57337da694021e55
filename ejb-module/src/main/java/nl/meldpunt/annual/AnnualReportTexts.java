package nl.meldpunt.annual;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The confidant's annual report texts as the annual report job prints them (issue 12, item 3), and the one
 * query for "the current version of each section" that the console's service uses too.
 *
 * <p>Not a service of its own (a CDI bean, not an EJB, as {@code nl.meldpunt.trend.TrendCounting}): it runs
 * inside its caller's transaction, without a logged-in user, and checks nobody — the callers do: the service
 * checks that the confidant serves the organisation, the job runs for an organisation's own schedule.
 */
@ApplicationScoped
public class AnnualReportTexts {

    @PersistenceContext(unitName = "meldpunt")
    private EntityManager em;

    /**
     * The current text of every section of the organisation's annual report for the year, in report order;
     * a section never written (or saved empty) is {@code ""}. Whether these texts are final or still drafts
     * is {@link #isFinal}: the job decides what to print (final texts cannot change until the confidant
     * reopens the year, so while {@code isFinal} holds these are exactly the texts that were marked final).
     */
    public Map<Section, String> finalOrDraftTexts(long organisationId, int year) {
        Map<Section, String> texts = new EnumMap<>(Section.class);
        for (Section section : Section.values()) {
            texts.put(section, "");
        }
        yearOf(organisationId, year).ifPresent(y -> current(y.getId()).forEach(t -> texts.put(t.getSection(), t.getBody())));
        return texts;
    }

    /** Whether the confidant marked the organisation's texts for the year final ("vastgesteld"). */
    public boolean isFinal(long organisationId, int year) {
        return yearOf(organisationId, year).map(AnnualReportYear::isFinal).orElse(false);
    }

    Optional<AnnualReportYear> yearOf(long organisationId, int year) {
        return em.createQuery("select y from AnnualReportYear y where y.organisationId = :organisation and y.year = :year",
                        AnnualReportYear.class)
                .setParameter("organisation", organisationId)
                .setParameter("year", year)
                .getResultStream().findFirst();
    }

    /** The newest version of each section that has one. */
    List<AnnualReportText> current(long yearId) {
        return em.createQuery("select t from AnnualReportText t where t.yearId = :year and t.versionNo ="
                        + " (select max(u.versionNo) from AnnualReportText u where u.yearId = t.yearId and u.section = t.section)",
                        AnnualReportText.class)
                .setParameter("year", yearId)
                .getResultList();
    }
}

package nl.meldpunt.trend;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import nl.meldpunt.shared.DutchTime;
import nl.meldpunt.shared.InstantConverter;

/**
 * Which reports count, and as what: the one query behind the trends page and (later) the trend and
 * annual report jobs, so that both count the same (issue 12, item 2). Reads registration fields only —
 * category (the subcategory where there is one), the registered department, the month — never free text.
 *
 * <p>Reports come in pages ordered by id ({@link #page}), so that a batch reader can keep the last id as
 * its checkpoint and never holds more than a page; {@link #all} reads every page for a screen.
 * Not a service of its own (a CDI bean, not an EJB): it runs inside its caller's transaction, and the
 * callers — the trends service, the batch jobs — check who may see the counts.
 */
@ApplicationScoped
public class TrendCounting {

    /** Which moment places a report in a period. */
    public enum Basis {
        /** Every report submitted in the period, whatever became of it (the trends page). */
        SUBMITTED,
        /** Cases closed in the period (the register and the annual report). */
        CLOSED
    }

    /** One report as counted: its id (for paging), category, registered department ("" when none yet) and month. */
    public record CountedReport(long id, String category, String department, YearMonth month) {
    }

    /** Largest page {@link #all} reads at a time. */
    static final int PAGE = 1000;

    @PersistenceContext(unitName = "meldpunt")
    private EntityManager em;

    /**
     * The organisation's reports placed in {@code [from, toExclusive)} (Dutch days) by {@code basis}, with an
     * id above {@code afterId}, at most {@code size}, in id order.
     */
    public List<CountedReport> page(long organisationId, Basis basis, LocalDate from, LocalDate toExclusive, long afterId,
                                    int size) {
        String moment = basis == Basis.CLOSED ? "r.closedAt" : "r.submittedAt";
        return em.createQuery("select r.id, r.category, r.subcategory, " + moment + ", g.department from Report r"
                        + " left join CaseRegistration g on g.reportId = r.id"
                        + " where r.organisationId = :organisation and " + moment + " >= :from and " + moment + " < :to"
                        + " and r.id > :after order by r.id", Object[].class)
                .setParameter("organisation", organisationId)
                .setParameter("from", startOf(from))
                .setParameter("to", startOf(toExclusive))
                .setParameter("after", afterId)
                .setMaxResults(size)
                .getResultStream()
                .map(TrendCounting::counted)
                .toList();
    }

    /** Every page of {@link #page}, for a screen. */
    public List<CountedReport> all(long organisationId, Basis basis, LocalDate from, LocalDate toExclusive) {
        List<CountedReport> all = new ArrayList<>();
        List<CountedReport> page;
        do {
            page = page(organisationId, basis, from, toExclusive, all.isEmpty() ? 0 : all.get(all.size() - 1).id(), PAGE);
            all.addAll(page);
        } while (page.size() == PAGE);
        return all;
    }

    static CountedReport counted(Object[] row) {
        String category = row[2] != null ? (String) row[2] : (String) row[1];
        String department = row[4] == null ? "" : ((String) row[4]).strip();
        Instant at = InstantConverter.fromQueryResult(row[3]);
        return new CountedReport(((Number) row[0]).longValue(), category, department, YearMonth.from(at.atZone(DutchTime.ZONE)));
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(DutchTime.ZONE).toInstant();
    }
}

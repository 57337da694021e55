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
import nl.meldpunt.shared.Period;

/**
 * Which reports count, and as what: the one query behind the trends page and the trend and annual
 * report jobs, so that both count the same (issue 12, item 2). Reads registration fields only —
 * category (the subcategory where there is one), the registered department, the month — never free text.
 *
 * <p>The database counts ({@code GROUP BY}), one query per calendar month so that a month is a Dutch
 * month whatever the database's time zone: a quarter is three small result sets, never a row per report.
 * Not a service of its own (a CDI bean, not an EJB): it runs inside its caller's transaction, and the
 * callers — the trends service, the batch jobs — check who may see the counts.
 */
@ApplicationScoped
public class TrendCounting {

    /** Which moment places a report in a period. */
    public enum Basis {
        /** Every report submitted in the period, whatever became of it (the trends page, the trend report). */
        SUBMITTED,
        /** Cases closed in the period (the register and the annual report). */
        CLOSED
    }

    /** How many reports of a category (the subcategory where there is one) a department had in a month ("" when none is registered yet). */
    public record Count(String category, String department, YearMonth month, int count) implements java.io.Serializable {
    }

    @PersistenceContext(unitName = "meldpunt")
    private EntityManager em;

    /** The organisation's counts for every month of {@code period}, placed by {@code basis}. */
    public List<Count> counts(long organisationId, Basis basis, Period period) {
        List<Count> counts = new ArrayList<>();
        for (YearMonth month : period.months()) {
            counts.addAll(month(organisationId, basis, month));
        }
        return counts;
    }

    /** The counts of several periods (e.g. a period and the one before), each month once. */
    public List<Count> counts(long organisationId, Basis basis, Period... periods) {
        List<Count> counts = new ArrayList<>();
        List<YearMonth> done = new ArrayList<>();
        for (Period period : periods) {
            for (YearMonth month : period.months()) {
                if (!done.contains(month)) {
                    done.add(month);
                    counts.addAll(month(organisationId, basis, month));
                }
            }
        }
        return counts;
    }

    private List<Count> month(long organisationId, Basis basis, YearMonth month) {
        String moment = basis == Basis.CLOSED ? "r.closedAt" : "r.submittedAt";
        List<Object[]> rows = em.createQuery("select coalesce(r.subcategory, r.category), g.department, count(r) from Report r"
                        + " left join CaseRegistration g on g.reportId = r.id"
                        + " where r.organisationId = :organisation and " + moment + " >= :from and " + moment + " < :to"
                        + " group by coalesce(r.subcategory, r.category), g.department", Object[].class)
                .setParameter("organisation", organisationId)
                .setParameter("from", startOf(month.atDay(1)))
                .setParameter("to", startOf(month.plusMonths(1).atDay(1)))
                .getResultList();
        // Departments are stored stripped; a missing one counts as "" (not yet registered). Rows that
        // differ only in that way are merged here.
        List<Count> counts = new ArrayList<>();
        for (Object[] row : rows) {
            String department = row[1] == null ? "" : ((String) row[1]).strip();
            int n = ((Number) row[2]).intValue();
            counts.add(new Count((String) row[0], department, month, n));
        }
        return counts;
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(DutchTime.ZONE).toInstant();
    }
}

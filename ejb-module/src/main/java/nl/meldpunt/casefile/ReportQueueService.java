package nl.meldpunt.casefile;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.meldpunt.audit.AuditAction;
import nl.meldpunt.audit.AuditTrail;
import nl.meldpunt.organisation.Organisation;
import nl.meldpunt.questionnaire.DefaultSets;
import nl.meldpunt.questionnaire.QuestionSet;
import nl.meldpunt.shared.DutchTime;
import nl.meldpunt.shared.Roles;
import nl.meldpunt.staff.StaffAccount;

/**
 * The confidant's work queue: the open reports of the organisations the confidant serves, newest
 * first, with the reporter's stated need. (The full console with filtering and paging follows.)
 */
@Stateless
@RolesAllowed(Roles.CONFIDANT)
public class ReportQueueService {

    @PersistenceContext(unitName = "meldpunt")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private AuditTrail audit;

    @Inject
    private java.time.Clock clock;

    private static final QuestionSet DEFAULT_QUESTIONS =
            DefaultSets.defaultQuestionSet();

    /** An option key (category, need, ...) in words, as the default question set names it. */
    public String label(String optionKey, java.util.Locale locale) {
        return DEFAULT_QUESTIONS.questions()
                .flatMap(q -> q.options().stream().flatMap(o -> java.util.stream.Stream.concat(java.util.stream.Stream.of(o), o.children().stream())))
                .filter(o -> o.key().equals(optionKey))
                .findFirst()
                .map(o -> o.label().in(locale))
                .orElse(optionKey);
    }

    /** The last time each reporter heard from the confidant: a message or a step the reporter sees. */
    /** The last moment each reporter heard something (a message or a visible step), in chunks of 1,000 ids. */
    static Map<Long, java.time.Instant> lastContact(EntityManager em, List<Report> reports) {
        Map<Long, java.time.Instant> last = new java.util.HashMap<>();
        for (int from = 0; from < reports.size(); from += 1000) {
            lastContactOf(em, reports.subList(from, Math.min(reports.size(), from + 1000)), last);
        }
        return last;
    }

    // Native SQL: EclipseLink applies the time converter to max(...) of a mapped attribute inconsistently
    // (PostgreSQL hands it a Timestamp), so the raw values are read and converted here. The ids are
    // numbers from the database itself, so writing them into the statement is safe.
    private static void lastContactOf(EntityManager em, List<Report> reports, Map<Long, java.time.Instant> last) {
        if (reports.isEmpty()) {
            return;
        }
        String ids = reports.stream().map(r -> String.valueOf(r.getId().longValue())).collect(Collectors.joining(","));
        for (String sql : List.of(
                "select report_id, max(sent_at) from report_message where kind = 'FROM_CONFIDANT' and report_id in (" + ids
                        + ") group by report_id",
                "select report_id, max(recorded_at) from case_step where visible_to_reporter = true and report_id in (" + ids
                        + ") group by report_id")) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(sql).getResultList();
            for (Object[] row : rows) {
                last.merge(((Number) row[0]).longValue(), nl.meldpunt.shared.InstantConverter.fromQueryResult(row[1]),
                        (x, y) -> x.isAfter(y) ? x : y);
            }
        }
    }

    /** A closed report whose aftercare check-in is due within a month, or overdue. */
    public record CheckinDue(long reportId, String caseCode, String organisationName, java.time.LocalDate dueOn)
            implements java.io.Serializable {
    }

    public List<CheckinDue> checkinsDue() {
        long me = Long.parseLong(session.getCallerPrincipal().getName());
        var organisations = em.find(StaffAccount.class, me).getOrganisationIds();
        if (organisations.isEmpty()) {
            return List.of();
        }
        java.time.LocalDate horizon = DutchTime.today(clock).plusDays(30);
        return em.createQuery("""
                        select r from Report r where r.organisationId in :ids and r.status = nl.meldpunt.casefile.ReportStatus.CLOSED
                        and r.checkinDueOn <= :horizon and r.checkinAskedAt is null and r.anonymisedAt is null
                        order by r.checkinDueOn""", Report.class)
                .setParameter("ids", organisations)
                .setParameter("horizon", horizon)
                .setMaxResults(200)
                .getResultStream()
                .map(r -> new CheckinDue(r.getId(), r.getCaseCode(), em.find(Organisation.class, r.getOrganisationId()).getName(),
                        r.getCheckinDueOn()))
                .toList();
    }

    /** One page of the work queue and the number of reports that match the filters. */
    public record QueuePage(List<QueueEntry> rows, long total) implements java.io.Serializable {
    }

    /**
     * What the confidant asks of the queue: optional filters on organisation, status (open ones when
     * none) and category, a sort field ({@code submitted}, {@code status} or {@code organisation}) and a page.
     */
    public record QueueQuery(Long organisationId, ReportStatus status, String category, String sort, boolean ascending,
                             int first, int pageSize) implements java.io.Serializable {

        public static final QueueQuery DEFAULT = new QueueQuery(null, null, null, "submitted", true, 0, 25);
    }

    /** The open reports of the confidant's organisations, newest first. */
    public List<QueueEntry> openReports() {
        return page(new QueueQuery(null, null, null, "submitted", false, 0, 500)).rows();
    }

    /**
     * How many reports match the filters, for the table's pager: the count alone, without reading a page (and without
     * an audit entry, since nothing is shown). The table asks this before each page.
     */
    public long count(QueueQuery query) {
        var organisations = asked(query, myOrganisations());
        if (organisations.isEmpty()) {
            return 0;
        }
        var count = em.createQuery("select count(r)" + where(query), Long.class);
        bind(count, query, organisations);
        return count.getSingleResult();
    }

    /** A page of the queue, filtered, sorted and paged in the database (fast with many thousands of reports). */
    public QueuePage page(QueueQuery query) {
        long me = Long.parseLong(session.getCallerPrincipal().getName());
        var organisations = asked(query, myOrganisations());
        if (organisations.isEmpty()) {
            return new QueuePage(List.of(), 0);
        }
        String where = where(query);
        String order = switch (query.sort() == null ? "submitted" : query.sort()) {
            case "status" -> "r.status";
            case "organisation" -> "r.organisationId";
            default -> "r.submittedAt";
        } + (query.ascending() ? " asc" : " desc") + ", r.id";
        var select = em.createQuery("select r" + where + " order by " + order, Report.class);
        var count = em.createQuery("select count(r)" + where, Long.class);
        bind(select, query, organisations);
        bind(count, query, organisations);
        List<Report> reports = select.setFirstResult(Math.max(0, query.first()))
                .setMaxResults(Math.max(1, Math.min(query.pageSize(), 500))).getResultList();
        Map<Long, Organisation> byId = em.createQuery("select o from Organisation o where o.id in :ids", Organisation.class)
                .setParameter("ids", organisations).getResultStream()
                .collect(Collectors.toMap(Organisation::getId, o -> o));
        Map<Long, java.time.Instant> lastContact = lastContact(em, reports);
        java.time.Instant now = clock.instant();
        List<QueueEntry> rows = reports.stream()
                .map(r -> new QueueEntry(r.getId(), r.getCaseCode(), byId.get(r.getOrganisationId()).getName(), r.getCategory(),
                        r.getSubcategory(), r.getNeeds(), r.getStatus(), r.getSubmittedAt(),
                        Long.valueOf(me).equals(r.getChosenConfidantId()),
                        Deadlines.of(r, lastContact.get(r.getId()), byId.get(r.getOrganisationId()).getStatusUpdateIntervalDays(), now)))
                .toList();
        (query.organisationId() == null ? organisations : java.util.Set.of(query.organisationId()))
                .forEach(id -> audit.record(AuditAction.QUEUE_VIEWED, id, "queue"));
        return new QueuePage(rows, count.getSingleResult());
    }

    private java.util.Set<Long> myOrganisations() {
        return em.find(StaffAccount.class, Long.parseLong(session.getCallerPrincipal().getName())).getOrganisationIds();
    }

    /** The confidant's organisations, or none when the query asks for an organisation the confidant does not serve. */
    private static java.util.Set<Long> asked(QueueQuery query, java.util.Set<Long> mine) {
        return query.organisationId() != null && !mine.contains(query.organisationId()) ? java.util.Set.of() : mine;
    }

    /** The queue's filters as JPQL, from "from" on: the confidant's organisations, open reports unless a status is asked. */
    private static String where(QueueQuery query) {
        // An anonymised case is no work any more, whatever the filter: it is counted only by the register.
        StringBuilder where = new StringBuilder(" from Report r where r.organisationId in :ids and r.anonymisedAt is null");
        if (query.organisationId() != null) {
            where.append(" and r.organisationId = :organisation");
        }
        if (query.status() != null) {
            where.append(" and r.status = :status");
        } else {
            where.append(" and r.status not in (nl.meldpunt.casefile.ReportStatus.CLOSED, nl.meldpunt.casefile.ReportStatus.WITHDRAWN)");
        }
        if (query.category() != null) {
            where.append(" and (r.category = :category or r.subcategory = :category)");
        }
        return where.toString();
    }

    private static void bind(jakarta.persistence.Query q, QueueQuery query, java.util.Collection<Long> organisations) {
        q.setParameter("ids", organisations);
        if (query.organisationId() != null) {
            q.setParameter("organisation", query.organisationId());
        }
        if (query.status() != null) {
            q.setParameter("status", query.status());
        }
        if (query.category() != null) {
            q.setParameter("category", query.category());
        }
    }
}

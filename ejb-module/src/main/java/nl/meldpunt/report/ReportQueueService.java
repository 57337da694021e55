package nl.meldpunt.report;

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
import nl.meldpunt.security.Roles;
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

    private static final QuestionSet DEFAULT_QUESTIONS =
            QuestionSetParser.parse(0, DefaultSets.resource(DefaultSets.QUESTION_SET));

    /** An option key (category, need, ...) in words, as the default question set names it. */
    public String label(String optionKey, java.util.Locale locale) {
        return DEFAULT_QUESTIONS.questions()
                .flatMap(q -> q.options().stream().flatMap(o -> java.util.stream.Stream.concat(java.util.stream.Stream.of(o), o.children().stream())))
                .filter(o -> o.key().equals(optionKey))
                .findFirst()
                .map(o -> o.label().in(locale))
                .orElse(optionKey);
    }

    public List<QueueEntry> openReports() {
        long me = Long.parseLong(session.getCallerPrincipal().getName());
        var organisations = em.find(StaffAccount.class, me).getOrganisationIds();
        if (organisations.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = em.createQuery("select o from Organisation o where o.id in :ids", Organisation.class)
                .setParameter("ids", organisations).getResultStream()
                .collect(Collectors.toMap(Organisation::getId, Organisation::getName));
        List<QueueEntry> queue = em.createQuery("""
                        select r from Report r where r.organisationId in :ids
                        and r.status not in (nl.meldpunt.report.ReportStatus.CLOSED, nl.meldpunt.report.ReportStatus.WITHDRAWN)
                        order by r.submittedAt desc""", Report.class)
                .setParameter("ids", organisations)
                .setMaxResults(500)
                .getResultStream()
                .map(r -> new QueueEntry(r.getId(), r.getCaseCode(), names.get(r.getOrganisationId()), r.getCategory(),
                        r.getSubcategory(), r.getNeeds(), r.getStatus(), r.getSubmittedAt(),
                        Long.valueOf(me).equals(r.getChosenConfidantId())))
                .toList();
        organisations.forEach(id -> audit.record(AuditAction.QUEUE_VIEWED, id, "queue"));
        return queue;
    }
}

package nl.meldpunt.notification;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.meldpunt.audit.AuditAction;
import nl.meldpunt.audit.AuditTrail;
import nl.meldpunt.organisation.Organisation;
import nl.meldpunt.shared.AccessRefused;
import nl.meldpunt.shared.Roles;
import nl.meldpunt.staff.StaffAccount;

/**
 * How the organisation's mail is doing, for its admin: per kind, what waits, what is delayed by
 * failed tries, what went and what was given up (and why) in the last 30 days. Counts only: never an
 * address, a case code or a report. And a preview of every mail, for the admin and the confidants.
 */
@Stateless
@RolesAllowed(Roles.ORG_ADMIN)
public class MailStatus {

    static final Duration PERIOD = Duration.ofDays(30);

    @PersistenceContext(unitName = "meldpunt")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private MailTemplates templates;

    /** One kind of mail: waiting, of which delayed by failed tries, sent and given up in the last 30 days. */
    public record KindStatus(MailKind kind, long waiting, long delayed, long sent, long givenUp, Map<String, Long> problems)
            implements Serializable {
    }

    public List<KindStatus> forMyOrganisation() {
        long organisation = myOrganisations().stream().findFirst()
                .orElseThrow(() -> new AccessRefused("No organisation to administer"));
        Instant since = clock.instant().minus(PERIOD);
        List<KindStatus> status = new ArrayList<>();
        for (MailKind kind : MailKind.values()) {
            long waiting = count(organisation, kind, "m.state = :state", OutboxMail.State.WAITING, null);
            long delayed = count(organisation, kind, "m.state = :state and m.lastProblem is not null", OutboxMail.State.WAITING, null);
            long sent = count(organisation, kind, "m.state = :state and m.finishedAt >= :since", OutboxMail.State.SENT, since);
            Map<String, Long> problems = new TreeMap<>();
            for (Object[] row : em.createQuery("""
                            select m.lastProblem, count(m) from OutboxMail m where m.organisationId = :org and m.kind = :kind
                            and m.state = :state and m.finishedAt >= :since group by m.lastProblem""", Object[].class)
                    .setParameter("org", organisation).setParameter("kind", kind)
                    .setParameter("state", OutboxMail.State.GIVEN_UP).setParameter("since", since).getResultList()) {
                problems.put(String.valueOf(row[0]), ((Number) row[1]).longValue());
            }
            status.add(new KindStatus(kind, waiting, delayed, sent, problems.values().stream().mapToLong(Long::longValue).sum(),
                    problems));
        }
        audit.record(AuditAction.MAIL_STATUS_VIEWED, organisation, "mail");
        return status;
    }

    /** A mail as the organisation's recipients would get it, with a made-up case code for staff mails. */
    @RolesAllowed({Roles.ORG_ADMIN, Roles.CONFIDANT})
    public RenderedMail preview(long organisationId, MailKind kind, String language) {
        if (!myOrganisations().contains(organisationId)) {
            audit.recordIndependently(nl.meldpunt.audit.Actor.staff(Long.parseLong(session.getCallerPrincipal().getName())),
                    AuditAction.ACCESS_DENIED, organisationId, "mail-preview");
            throw new AccessRefused("Not an organisation of this staff member");
        }
        Organisation organisation = em.find(Organisation.class, organisationId);
        List<String> example = kind == null || kind.isToReporter() || kind.carriesInvitation() ? List.of()
                : kind == MailKind.HR_PUBLICATION ? List.of(("en".equals(language) ? "trend-report" : "trendrapportage") + "-2026-K4")
                : List.of("ABCD-2345-EFGH (" + organisation.getName() + "): "
                + ("en".equals(language) ? "acknowledge receipt by 30-11-2026, due soon" : "ontvangst bevestigen uiterlijk 30-11-2026, loopt bijna af"));
        return templates.render(kind == null ? MailKind.REPORTER_NEWS : kind, "en".equals(language) ? "en" : "nl",
                new MailTemplates.Branding(organisation.getName(), organisation.getPrimaryColour()), example);
    }

    private java.util.Set<Long> myOrganisations() {
        return em.find(StaffAccount.class, Long.valueOf(session.getCallerPrincipal().getName())).getOrganisationIds();
    }

    private long count(long organisation, MailKind kind, String condition, OutboxMail.State state, Instant since) {
        var query = em.createQuery("select count(m) from OutboxMail m where m.organisationId = :org and m.kind = :kind and "
                + condition, Long.class).setParameter("org", organisation).setParameter("kind", kind).setParameter("state", state);
        if (since != null) {
            query.setParameter("since", since);
        }
        return query.getSingleResult();
    }
}

package nl.meldpunt.trend;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.meldpunt.audit.Actor;
import nl.meldpunt.audit.AuditAction;
import nl.meldpunt.audit.AuditTrail;
import nl.meldpunt.organisation.Organisation;
import nl.meldpunt.shared.AccessRefused;
import nl.meldpunt.shared.DutchTime;
import nl.meldpunt.shared.Period;
import nl.meldpunt.shared.Roles;
import nl.meldpunt.staff.StaffAccount;

/**
 * Trend signals for the organisations a confidant serves (seed 003 §7), counted by {@link TrendCounting}
 * from registration fields only (category, department, month) and protected by the one rule for small
 * counts with the organisation's threshold (see {@link TrendTable}).
 */
@Stateless
@RolesAllowed(Roles.CONFIDANT)
public class TrendService {

    @PersistenceContext(unitName = "meldpunt")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private TrendCounting counting;

    /** Counts for the current month or quarter against the one before. */
    public TrendView trendsFor(long organisationId, boolean byQuarter) {
        Organisation organisation = servedOrganisation(organisationId);
        LocalDate today = DutchTime.today(clock);
        Period current = byQuarter ? Period.quarterOf(today) : Period.monthOf(today);
        List<TrendCounting.Count> counted = counting.counts(organisationId, TrendCounting.Basis.SUBMITTED,
                current.before(), current);
        List<TrendView.GivenAdvice> advice = em.createQuery(
                        "select a from OrganisationAdvice a where a.organisationId = :organisation order by a.writtenAt desc",
                        OrganisationAdvice.class)
                .setParameter("organisation", organisationId)
                .getResultStream()
                .map(a -> new TrendView.GivenAdvice(a.getWrittenAt(), a.getAdvice()))
                .toList();
        audit.record(AuditAction.TRENDS_VIEWED, organisationId, "organisation:" + organisationId);
        return new TrendView(organisationId, organisation.getName(),
                TrendTable.of(counted, current, organisation.getSmallCountThreshold()), advice);
    }

    /** Keeps (unsolicited) advice to the organisation with the organisation. */
    public void writeAdvice(long organisationId, String advice) {
        servedOrganisation(organisationId);
        if (advice == null || advice.isBlank() || advice.length() > OrganisationAdvice.MAX_LENGTH) {
            throw new IllegalArgumentException("Advice has between 1 and " + OrganisationAdvice.MAX_LENGTH + " characters");
        }
        em.persist(new OrganisationAdvice(organisationId, me().getId(), advice.strip(), clock.instant()));
        audit.record(AuditAction.ORGANISATION_ADVICE_WRITTEN, organisationId, "organisation:" + organisationId);
    }

    private Organisation servedOrganisation(long organisationId) {
        StaffAccount me = me();
        if (!me.getOrganisationIds().contains(organisationId)) {
            audit.recordIndependently(Actor.staff(me.getId()), AuditAction.ACCESS_DENIED, organisationId, "trends:" + organisationId);
            throw new AccessRefused("Not an organisation this confidant serves");
        }
        return em.find(Organisation.class, organisationId);
    }

    private StaffAccount me() {
        return em.find(StaffAccount.class, Long.valueOf(session.getCallerPrincipal().getName()));
    }
}

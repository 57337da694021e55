package nl.meldpunt.practice;

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
import nl.meldpunt.shared.AccessRefused;
import nl.meldpunt.shared.DutchTime;
import nl.meldpunt.shared.Roles;
import nl.meldpunt.staff.StaffAccount;

/**
 * The confidant's activity log (issue 14, item 5): information sessions and trainings given, advice to the
 * management, policy evaluations — recorded, listed, changed and removed, for the organisations the confidant
 * serves only (another organisation's is refused as access and audited, like a case of another organisation).
 *
 * <p>An activity is dated on the day it took place, from {@link PracticeActivity#FIRST_YEAR} up to today in the
 * Netherlands: it is recorded afterwards. Every change is audited with the activity's id and kind, which name no
 * one (an activity holds no personal data and no free text).
 */
@Stateless
@RolesAllowed(Roles.CONFIDANT)
public class PracticeActivityService {

    @PersistenceContext(unitName = "meldpunt")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private PracticeActivities counting;

    /** The organisation's activities that took place in the year, newest first. */
    public List<ActivityView> activitiesOf(long organisationId, int year) {
        servedOrganisation(organisationId);
        checkYear(year);
        return em.createQuery("select a from PracticeActivity a where a.organisationId = :organisation"
                        + " and a.heldOn >= :from and a.heldOn < :to order by a.heldOn desc, a.id desc", PracticeActivity.class)
                .setParameter("organisation", organisationId)
                .setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year + 1, 1, 1))
                .getResultStream().map(ActivityView::of).toList();
    }

    /** The year's activities counted per kind, as the annual report prints them. */
    public ActivityYear countsFor(long organisationId, int year) {
        servedOrganisation(organisationId);
        checkYear(year);
        return counting.countsFor(organisationId, year);
    }

    /**
     * Records an activity. {@code audience} and {@code participants} count for sessions and trainings only,
     * {@code topic} is required for advice and evaluations; see {@link PracticeActivity#check}.
     */
    public ActivityView record(long organisationId, ActivityKind kind, LocalDate heldOn, Audience audience, int participants,
                               ActivityTopic topic) {
        StaffAccount me = servedOrganisation(organisationId);
        PracticeActivity activity = new PracticeActivity(organisationId, kind, heldOn, audience, participants, topic,
                me.getId(), clock.instant(), DutchTime.today(clock));
        em.persist(activity);
        em.flush();
        audit.record(AuditAction.PRACTICE_ACTIVITY_RECORDED, organisationId, subject(activity));
        return ActivityView.of(activity);
    }

    /**
     * Changes an activity, checked as when recording. {@code basedOnVersion} is the version the change was made
     * on: a change made elsewhere in between is refused rather than overwritten.
     */
    public ActivityView change(long activityId, ActivityKind kind, LocalDate heldOn, Audience audience, int participants,
                               ActivityTopic topic, long basedOnVersion) {
        PracticeActivity activity = served(activityId);
        if (activity.getVersion() != basedOnVersion) {
            throw new ActivityRefused(ActivityRefused.Reason.CHANGED_ELSEWHERE);
        }
        activity.change(kind, heldOn, audience, participants, topic, DutchTime.today(clock));
        em.flush();
        audit.record(AuditAction.PRACTICE_ACTIVITY_CHANGED, activity.getOrganisationId(), subject(activity));
        return ActivityView.of(activity);
    }

    /** Removes an activity recorded by mistake; the audit trail keeps that it existed (id and kind). */
    public void remove(long activityId) {
        PracticeActivity activity = served(activityId);
        audit.record(AuditAction.PRACTICE_ACTIVITY_REMOVED, activity.getOrganisationId(), subject(activity));
        em.remove(activity);
    }

    private void checkYear(int year) {
        if (year < PracticeActivity.FIRST_YEAR || year > DutchTime.today(clock).getYear()) {
            throw new ActivityRefused(ActivityRefused.Reason.NOT_FOUND);
        }
    }

    private static String subject(PracticeActivity activity) {
        return "activity:" + activity.getId() + ":" + activity.getKind().name();
    }

    /** The activity, when it belongs to an organisation the confidant serves; refused and audited otherwise. */
    private PracticeActivity served(long activityId) {
        PracticeActivity activity = em.find(PracticeActivity.class, activityId);
        if (activity == null) {
            throw new ActivityRefused(ActivityRefused.Reason.NOT_FOUND);
        }
        StaffAccount me = me();
        if (!me.getOrganisationIds().contains(activity.getOrganisationId())) {
            audit.recordIndependently(Actor.staff(me.getId()), AuditAction.ACCESS_DENIED, activity.getOrganisationId(),
                    "activity:" + activityId);
            throw new AccessRefused("Not an organisation this confidant serves");
        }
        return activity;
    }

    private StaffAccount servedOrganisation(long organisationId) {
        StaffAccount me = me();
        if (!me.getOrganisationIds().contains(organisationId)) {
            audit.recordIndependently(Actor.staff(me.getId()), AuditAction.ACCESS_DENIED, organisationId,
                    "activities:" + organisationId);
            throw new AccessRefused("Not an organisation this confidant serves");
        }
        return me;
    }

    private StaffAccount me() {
        return em.find(StaffAccount.class, Long.valueOf(session.getCallerPrincipal().getName()));
    }
}

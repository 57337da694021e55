package nl.meldpunt.organisation;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.meldpunt.audit.AuditAction;
import nl.meldpunt.audit.AuditTrail;
import nl.meldpunt.audit.ChainVerification;
import nl.meldpunt.shared.Roles;
import nl.meldpunt.staff.StaffAccount;

/**
 * Organisations as each role may see them: the public entry data for anyone, all tenants for the
 * platform admin, the own organisation for its admin and HR, the assigned ones for a confidant.
 */
@Stateless
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class OrganisationService {

    @PersistenceContext(unitName = "meldpunt")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** The entry page data of an organisation; empty for an unknown slug. */
    @PermitAll
    public Optional<PublicOrganisation> findPublic(String slug) {
        return em.createNamedQuery("Organisation.bySlug", Organisation.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst()
                .map(PublicOrganisation::of);
    }

    /** The logo of an organisation's entry page: content type and bytes, or empty. */
    @PermitAll
    public Optional<Logo> logo(String slug) {
        return em.createNamedQuery("Organisation.bySlug", Organisation.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst()
                .filter(o -> o.getLogoContentType() != null)
                .map(o -> new Logo(o.getLogoContentType(), o.getLogo()));
    }

    /** An organisation's logo. */
    public record Logo(String contentType, byte[] image) {
    }

    @RolesAllowed(Roles.PLATFORM_ADMIN)
    public List<OrganisationSummary> listAll() {
        return em.createQuery("select o from Organisation o order by o.name", Organisation.class)
                .getResultStream().map(OrganisationSummary::of).toList();
    }

    @RolesAllowed(Roles.PLATFORM_ADMIN)
    public long create(String slug, String name, String primaryColour, String accentColour) {
        Organisation organisation = new Organisation(slug, name, primaryColour, accentColour, clock.instant());
        em.persist(organisation);
        em.flush();
        audit.record(AuditAction.ORGANISATION_CREATED, organisation.getId(), "organisation:" + organisation.getId());
        return organisation.getId();
    }

    /** The organisation admin's or HR member's own organisation. */
    @RolesAllowed({Roles.ORG_ADMIN, Roles.HR})
    public OrganisationSummary ownOrganisation() {
        StaffAccount me = me();
        Long id = me.getOrganisationIds().stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("Staff account without organisation"));
        audit.record(AuditAction.ORGANISATION_VIEWED, id, "organisation:" + id);
        return OrganisationSummary.of(em.find(Organisation.class, id));
    }

    /**
     * The organisation admin sets how many months a case is kept whole after it ended (at least
     * {@link Organisation#MIN_RETENTION_MONTHS}; below that an {@link IllegalArgumentException}).
     */
    @RolesAllowed(Roles.ORG_ADMIN)
    public OrganisationSummary changeRetentionMonths(int months) {
        Long id = me().getOrganisationIds().stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("Organisation admin without organisation"));
        Organisation organisation = em.find(Organisation.class, id);
        organisation.changeRetentionMonths(months);
        audit.record(AuditAction.ORGANISATION_RETENTION_CHANGED, id, "organisation:" + id + ":" + months);
        return OrganisationSummary.of(organisation);
    }

    /** Lets an organisation admin check the audit chain of the own organisation. */
    @RolesAllowed(Roles.ORG_ADMIN)
    public ChainVerification verifyOwnAuditChain() {
        Long id = me().getOrganisationIds().stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("Organisation admin without organisation"));
        return audit.verifyOrganisation(id);
    }

    /** The organisations a confidant serves; archived ones are left out (their open cases stay in the queue). */
    @RolesAllowed(Roles.CONFIDANT)
    public List<OrganisationSummary> assignedToMe() {
        var ids = me().getOrganisationIds();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select o from Organisation o where o.id in :ids and o.status <> :archived order by o.name",
                        Organisation.class)
                .setParameter("ids", ids).setParameter("archived", OrganisationStatus.ARCHIVED)
                .getResultStream().map(OrganisationSummary::of).toList();
    }

    private StaffAccount me() {
        return em.find(StaffAccount.class, Long.valueOf(session.getCallerPrincipal().getName()));
    }
}

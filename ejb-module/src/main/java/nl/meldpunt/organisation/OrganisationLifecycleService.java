package nl.meldpunt.organisation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.meldpunt.audit.AuditAction;
import nl.meldpunt.audit.AuditTrail;
import nl.meldpunt.questionnaire.DefaultSets;
import nl.meldpunt.shared.Roles;

/**
 * The platform admin's side of an organisation's life (issue 13): creating one in the browser, and
 * suspending, archiving and re-activating it. A new organisation starts with the default question and
 * tip sets stored as its version 1, so its entry page and wizard work at once; its house colours are
 * the platform's until its admin changes them.
 *
 * <p>Closing an organisation (suspend, archive) stops new reports only ({@code intake} refuses them);
 * reporters keep their login and conversation, confidants keep working their open cases. Every change
 * is audited in the organisation's chain with the status before and after; never a report's content.
 */
@Stateless
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class OrganisationLifecycleService {

    /** A new entry slug: lower-case letters, digits and hyphens, 3 to 40, starting and ending with a letter or digit. */
    static final Pattern NEW_SLUG = Organisation.NEW_SLUG;

    /** The colours a new organisation starts with, until its admin sets the house style. */
    static final String DEFAULT_PRIMARY = "#00557F";
    static final String DEFAULT_ACCENT = "#A34A00";

    @PersistenceContext(unitName = "meldpunt")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private DefaultSets defaults;

    @Inject
    private Clock clock;

    /** Every organisation with its status, by name. */
    public List<TenantView> overview() {
        return em.createQuery("select o from Organisation o order by o.name", Organisation.class)
                .getResultStream().map(TenantView::of).toList();
    }

    /**
     * Creates an organisation with the default question and tip sets; {@link LifecycleRefused} with every
     * problem when the slug or name cannot be used (nothing is created then).
     */
    public long create(String slug, String name) {
        String cleanSlug = slug == null ? "" : slug.strip();
        String cleanName = name == null ? "" : name.strip();
        List<String> problems = new ArrayList<>();
        if (!NEW_SLUG.matcher(cleanSlug).matches()) {
            problems.add("slug.format");
        } else if (Organisation.RESERVED_SLUGS.contains(cleanSlug)
                || !em.createNamedQuery("Organisation.bySlug").setParameter("slug", cleanSlug).getResultList().isEmpty()
                || em.find(FormerSlug.class, cleanSlug) != null) {
            // A former address of an organisation stays its own: it redirects to the current one.
            problems.add("slug.taken");
        }
        if (cleanName.isEmpty()) {
            problems.add("name.required");
        } else if (cleanName.length() > 200) {
            problems.add("name.tooLong");
        }
        if (!problems.isEmpty()) {
            throw new LifecycleRefused(problems);
        }
        Organisation organisation = new Organisation(cleanSlug, cleanName, DEFAULT_PRIMARY, DEFAULT_ACCENT, clock.instant());
        em.persist(organisation);
        em.flush();
        defaults.currentQuestionSet(organisation.getId());
        defaults.currentTips(organisation.getId());
        audit.record(AuditAction.ORGANISATION_CREATED, organisation.getId(), "organisation:" + organisation.getId());
        return organisation.getId();
    }

    /** Closes reporting for now, with where to go instead (plain text, at most 500 characters). */
    public TenantView suspend(long organisationId, String notice) {
        return change(organisationId, o -> o.suspend(notice), notice);
    }

    /** The organisation is no longer a client: closed, and left out of the confidant's lists. */
    public TenantView archive(long organisationId, String notice) {
        return change(organisationId, o -> o.archive(notice), notice);
    }

    /** Takes reports again. */
    public TenantView reactivate(long organisationId) {
        return change(organisationId, Organisation::reactivate, null);
    }

    private TenantView change(long organisationId, java.util.function.Consumer<Organisation> change, String notice) {
        if (notice != null && notice.strip().length() > Organisation.MAX_CLOSED_NOTICE) {
            throw new LifecycleRefused(List.of("notice.tooLong"));
        }
        Organisation organisation = em.find(Organisation.class, organisationId);
        if (organisation == null) {
            throw new LifecycleRefused(List.of("organisation.unknown"));
        }
        OrganisationStatus before = organisation.getStatus();
        try {
            change.accept(organisation);
        } catch (IllegalStateException e) {
            throw new LifecycleRefused(List.of("status.unchanged"));
        }
        audit.record(AuditAction.ORGANISATION_STATUS_CHANGED, organisation.getId(),
                "organisation:" + organisation.getId() + ":" + before + ">" + organisation.getStatus());
        return TenantView.of(organisation);
    }
}

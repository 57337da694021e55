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

    @Inject
    private LogoCheck logos;

    /** The entry page data of an organisation; empty for an unknown slug. */
    @PermitAll
    public Optional<PublicOrganisation> findPublic(String slug) {
        return em.createNamedQuery("Organisation.bySlug", Organisation.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst()
                .map(PublicOrganisation::of);
    }

    /** The logo of an organisation's entry page: content type, bytes and their SHA-256 (hex), or empty. */
    @PermitAll
    public Optional<Logo> logo(String slug) {
        return em.createNamedQuery("Organisation.bySlug", Organisation.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst()
                .filter(o -> o.getLogoContentType() != null)
                .map(o -> new Logo(o.getLogoContentType(), o.getLogo(), o.getLogoSha256()));
    }

    /** An organisation's logo; {@code sha256} (hex) is its strong ETag. */
    public record Logo(String contentType, byte[] image, String sha256) {
    }

    /**
     * Where an entry address that an organisation used before now lives (issue 13): its current slug,
     * for the permanent redirect of {@code /m/{old}} and {@code /logo/{old}}; empty when it never was one.
     */
    @PermitAll
    public Optional<String> currentSlugOf(String formerSlug) {
        if (formerSlug == null || formerSlug.isEmpty()) {
            return Optional.empty();
        }
        FormerSlug former = em.find(FormerSlug.class, formerSlug);
        if (former == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(Organisation.class, former.getOrganisationId())).map(Organisation::getSlug);
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
        int before = organisation.getRetentionMonths();
        organisation.changeRetentionMonths(months);
        audit.recordChange(AuditAction.ORGANISATION_RETENTION_CHANGED, id, "organisation:" + id + ":" + months, before + " → " + months);
        return OrganisationSummary.of(organisation);
    }

    /**
     * The organisation admin saves the settings of the own organisation together (issue 13): days between
     * status updates to the reporter, months until the aftercare check-in, the retention period and the
     * small-count threshold. Every field is checked first; if one is out of range, {@link SettingsRefused}
     * names each such field and nothing changes. Each changed field gets an audit entry with before → after.
     * The new values count at once: the deadline watch, the mail planner, the reports and the retention run
     * read them from the organisation each time.
     */
    @RolesAllowed(Roles.ORG_ADMIN)
    public OrganisationSummary changeSettings(int statusUpdateIntervalDays, int checkinAfterMonths, int retentionMonths,
                                              int smallCountThreshold) {
        List<SettingsRefused.Problem> problems = new java.util.ArrayList<>();
        range(problems, "interval", statusUpdateIntervalDays, Organisation.MIN_STATUS_UPDATE_DAYS, Organisation.MAX_STATUS_UPDATE_DAYS);
        range(problems, "checkin", checkinAfterMonths, Organisation.MIN_CHECKIN_MONTHS, Organisation.MAX_CHECKIN_MONTHS);
        range(problems, "months", retentionMonths, Organisation.MIN_RETENTION_MONTHS, Organisation.MAX_RETENTION_MONTHS);
        range(problems, "threshold", smallCountThreshold, Organisation.MIN_SMALL_COUNT_THRESHOLD,
                Organisation.MAX_SMALL_COUNT_THRESHOLD);
        if (!problems.isEmpty()) {
            throw new SettingsRefused(problems);
        }
        Organisation organisation = own();
        long id = organisation.getId();
        int interval = organisation.getStatusUpdateIntervalDays();
        int checkin = organisation.getCheckinAfterMonths();
        int retention = organisation.getRetentionMonths();
        int threshold = organisation.getSmallCountThreshold();
        organisation.changeStatusUpdateInterval(statusUpdateIntervalDays);
        organisation.changeCheckinAfterMonths(checkinAfterMonths);
        organisation.changeRetentionMonths(retentionMonths);
        organisation.changeSmallCountThreshold(smallCountThreshold);
        changed(AuditAction.ORGANISATION_SETTINGS_CHANGED, id, "statusUpdateIntervalDays", interval, statusUpdateIntervalDays);
        changed(AuditAction.ORGANISATION_SETTINGS_CHANGED, id, "checkinAfterMonths", checkin, checkinAfterMonths);
        if (retention != retentionMonths) {
            // The same subject as changeRetentionMonths, so that one query finds every change of the retention period.
            audit.recordChange(AuditAction.ORGANISATION_RETENTION_CHANGED, id, "organisation:" + id + ":" + retentionMonths,
                    retention + " → " + retentionMonths);
        }
        changed(AuditAction.ORGANISATION_SETTINGS_CHANGED, id, "smallCountThreshold", threshold, smallCountThreshold);
        return OrganisationSummary.of(organisation);
    }

    /**
     * The organisation admin saves the name and the house colours of the own organisation (issue 13). The
     * colours must pass the contrast check of {@link HouseColours} (WCAG AA as the entry page draws them);
     * otherwise {@link SettingsRefused} names each failing pair with its ratio and nothing changes. The entry
     * page and its style sheet show the new branding with the next request. Audited before → after per part.
     */
    @RolesAllowed(Roles.ORG_ADMIN)
    public OrganisationSummary changeBranding(String name, String primaryColour, String accentColour) {
        List<SettingsRefused.Problem> problems = new java.util.ArrayList<>();
        String newName = name == null ? "" : name.strip();
        if (newName.isEmpty() || newName.length() > 200) {
            problems.add(new SettingsRefused.Problem("name", "admin.branding.name.invalid", List.of("200")));
        }
        boolean primaryValid = HouseColours.valid(primaryColour);
        boolean accentValid = HouseColours.valid(accentColour);
        if (!primaryValid) {
            problems.add(new SettingsRefused.Problem("primary", "admin.branding.colour.invalid", List.of(String.valueOf(primaryColour))));
        }
        if (!accentValid) {
            problems.add(new SettingsRefused.Problem("accent", "admin.branding.colour.invalid", List.of(String.valueOf(accentColour))));
        }
        if (primaryValid && accentValid) {
            for (HouseColours.Pair pair : HouseColours.failing(primaryColour, accentColour)) {
                problems.add(new SettingsRefused.Problem(pair.role(), "admin.branding.contrast." + pair.role(),
                        List.of(pair.colour(), pair.against(), pair.ratioText(), pair.requiredText())));
            }
        }
        if (!problems.isEmpty()) {
            throw new SettingsRefused(problems);
        }
        Organisation organisation = own();
        long id = organisation.getId();
        String oldName = organisation.getName();
        String oldPrimary = organisation.getPrimaryColour();
        String oldAccent = organisation.getAccentColour();
        organisation.rename(newName);
        organisation.recolour(primaryColour, accentColour);
        changed(AuditAction.ORGANISATION_BRANDING_CHANGED, id, "name", oldName, organisation.getName());
        changed(AuditAction.ORGANISATION_BRANDING_CHANGED, id, "primaryColour", oldPrimary, organisation.getPrimaryColour());
        changed(AuditAction.ORGANISATION_BRANDING_CHANGED, id, "accentColour", oldAccent, organisation.getAccentColour());
        return OrganisationSummary.of(organisation);
    }

    /**
     * The organisation admin uploads a logo for the own organisation's entry page (issue 13). It is judged
     * by its bytes (PNG or JPEG, at most {@link LogoCheck#MAX_UPLOAD_BYTES}, no enormous dimensions),
     * re-encoded without metadata and scaled into the logo box by {@link LogoCheck}; otherwise
     * {@link SettingsRefused} for the field {@code logo} and nothing changes. Audited with the short hash
     * and size before → after, never the image.
     */
    @RolesAllowed(Roles.ORG_ADMIN)
    public OrganisationSummary changeLogo(byte[] upload) {
        LogoCheck.Cleaned logo = logos.clean(upload);
        Organisation organisation = own();
        String before = logoText(organisation);
        organisation.changeLogo(logo.image(), logo.contentType());
        String after = logoText(organisation);
        changed(AuditAction.ORGANISATION_LOGO_CHANGED, organisation.getId(), "logo", before, after);
        return OrganisationSummary.of(organisation);
    }

    /** The organisation admin removes the own organisation's logo; the entry page shows the name only. Audited. */
    @RolesAllowed(Roles.ORG_ADMIN)
    public OrganisationSummary removeLogo() {
        Organisation organisation = own();
        String before = logoText(organisation);
        organisation.changeLogo(null, null);
        changed(AuditAction.ORGANISATION_LOGO_CHANGED, organisation.getId(), "logo", before, logoText(organisation));
        return OrganisationSummary.of(organisation);
    }

    /** How the audit names a logo: its type, size and the start of its hash; "—" without one. */
    private static String logoText(Organisation organisation) {
        String hash = organisation.getLogoSha256();
        if (hash == null) {
            return "—";
        }
        byte[] image = organisation.getLogo();
        return organisation.getLogoContentType().replace("image/", "") + " " + (image == null ? 0 : image.length)
                + " B sha256:" + hash.substring(0, 12);
    }

    /**
     * Checks a new entry address for the own organisation without changing anything (the page's first
     * step, before the admin confirms): {@link SettingsRefused} for the field {@code slug} when it is not
     * usable, else the slug as it would be stored (trimmed).
     */
    @RolesAllowed(Roles.ORG_ADMIN)
    public String checkSlug(String newSlug) {
        return usableSlug(own(), newSlug);
    }

    /**
     * The organisation admin changes the own organisation's entry address ({@code /m/{slug}}, issue 13).
     * The slug follows the platform's rules ({@link Organisation#NEW_SLUG}, not reserved) and is free: no
     * organisation has it now and none had it before. The old slug is kept as a {@link FormerSlug} of this
     * organisation, so {@code /m/{old}} redirects permanently to the new address; taking back an own former
     * slug is allowed. {@link SettingsRefused} for the field {@code slug} and nothing changes otherwise.
     * Audited before → after.
     */
    @RolesAllowed(Roles.ORG_ADMIN)
    public OrganisationSummary changeSlug(String newSlug) {
        Organisation organisation = own();
        String slug = usableSlug(organisation, newSlug);
        String old = organisation.getSlug();
        if (slug.equals(old)) {
            return OrganisationSummary.of(organisation);
        }
        FormerSlug own = em.find(FormerSlug.class, slug);
        if (own != null) {
            em.remove(own);
        }
        em.persist(new FormerSlug(old, organisation.getId(), clock.instant()));
        organisation.changeSlug(slug);
        em.flush();
        changed(AuditAction.ORGANISATION_SLUG_CHANGED, organisation.getId(), "slug", old, slug);
        return OrganisationSummary.of(organisation);
    }

    /** The former addresses of the own organisation, oldest first; each redirects to the current one. */
    @RolesAllowed(Roles.ORG_ADMIN)
    public List<String> formerSlugs() {
        return em.createNamedQuery("FormerSlug.ofOrganisation", FormerSlug.class)
                .setParameter("organisation", own().getId())
                .getResultStream().map(FormerSlug::getSlug).toList();
    }

    private String usableSlug(Organisation organisation, String newSlug) {
        String slug = newSlug == null ? "" : newSlug.strip();
        String key = null;
        if (!Organisation.NEW_SLUG.matcher(slug).matches()) {
            key = "admin.slug.invalid";
        } else if (Organisation.RESERVED_SLUGS.contains(slug)) {
            key = "admin.slug.reserved";
        } else if (!slug.equals(organisation.getSlug())) {
            FormerSlug former = em.find(FormerSlug.class, slug);
            if (former != null && former.getOrganisationId() != organisation.getId()) {
                key = "admin.slug.former";
            } else if (!em.createNamedQuery("Organisation.bySlug").setParameter("slug", slug).getResultList().isEmpty()) {
                key = "admin.slug.taken";
            }
        }
        if (key != null) {
            throw new SettingsRefused(List.of(new SettingsRefused.Problem("slug", key, List.of(slug))));
        }
        return slug;
    }

    private static void range(List<SettingsRefused.Problem> problems, String field, int value, int min, int max) {
        if (value < min || value > max) {
            problems.add(new SettingsRefused.Problem(field, "admin.settings." + field + ".invalid",
                    List.of(String.valueOf(min), String.valueOf(max), String.valueOf(value))));
        }
    }

    private void changed(AuditAction action, long organisationId, String field, Object before, Object after) {
        if (!before.equals(after)) {
            audit.recordChange(action, organisationId, "organisation:" + organisationId + ":" + field, before + " → " + after);
        }
    }

    private Organisation own() {
        Long id = me().getOrganisationIds().stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("Organisation admin without organisation"));
        return em.find(Organisation.class, id);
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

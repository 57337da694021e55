package nl.meldpunt.profile;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.meldpunt.audit.AuditAction;
import nl.meldpunt.audit.AuditTrail;
import nl.meldpunt.organisation.LogoCheck;
import nl.meldpunt.organisation.Organisation;
import nl.meldpunt.organisation.SettingsRefused;
import nl.meldpunt.shared.Roles;

/**
 * Confidant profiles (issue 14). A confidant writes the own profile; anyone reads the profiles of an organisation's
 * confidants (the entry page and the wizard are public). Changes are audited with the names of the changed fields
 * only. A profile is shown on the pages of every organisation the confidant serves.
 */
@Stateless
public class ConfidantProfiles {

    static final int MAX_INTRODUCTION = 800;
    static final int MAX_AVAILABILITY = 300;
    /** The languages a confidant can offer (ISO 639-1), in the order the form lists them. */
    public static final List<String> LANGUAGES = List.of("nl", "en", "de", "fr", "es", "it", "pt", "pl", "ro", "bg", "tr", "ar",
            "uk", "ru", "fa", "so", "ti", "zh");
    /** A phone number as people write it: an optional +, then 6 to 15 digits with spaces, hyphens or brackets between. */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{4,22}[0-9]");

    @PersistenceContext(unitName = "meldpunt")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private PhotoCheck photos;

    /** The own profile as written (an empty one, Dutch spoken, before the first save). */
    @RolesAllowed(Roles.CONFIDANT)
    public OwnProfile own() {
        long me = me();
        ConfidantProfile profile = em.find(ConfidantProfile.class, me);
        ProfileChange written = profile == null ? new ProfileChange("", "", "", "", List.of("nl"), "") : profile.asChange();
        @SuppressWarnings("unchecked")
        List<String> slugs = em.createNativeQuery("select o.slug from organisation o join staff_organisation so on so.organisation_id = o.id"
                + " where so.staff_id = ?1 order by o.slug").setParameter(1, me).getResultList();
        return new OwnProfile(me, displayName(me), written, profile == null ? null : version(profile.getPhotoSha256()), slugs);
    }

    /**
     * Saves the own profile. {@link SettingsRefused} with every problem (fields {@code introductionNl},
     * {@code introductionEn}, {@code availabilityNl}, {@code availabilityEn}, {@code languages}, {@code phone});
     * nothing is saved then. Audited with the names of the changed fields; nothing when nothing changed.
     */
    @RolesAllowed(Roles.CONFIDANT)
    public void saveOwn(ProfileChange change) {
        ProfileChange cleaned = checked(change);
        long me = me();
        ConfidantProfile profile = em.find(ConfidantProfile.class, me);
        ProfileChange before = profile == null ? new ProfileChange("", "", "", "", List.of("nl"), "") : profile.asChange();
        List<String> changed = changedFields(before, cleaned);
        if (changed.isEmpty() && profile != null) {
            return;
        }
        if (profile == null) {
            profile = new ConfidantProfile(me, clock.instant());
            em.persist(profile);
        }
        profile.change(cleaned, clock.instant());
        audit.recordChange(AuditAction.CONFIDANT_PROFILE_CHANGED, null, "staff:" + me + ":profile",
                "changed: " + (changed.isEmpty() ? "-" : String.join(", ", changed)));
    }

    /** Replaces the own photo by an upload, checked and cleaned by {@link PhotoCheck}; refused uploads change nothing. */
    @RolesAllowed(Roles.CONFIDANT)
    public void changeOwnPhoto(byte[] upload) {
        LogoCheck.Cleaned cleaned = photos.clean(upload);
        ConfidantProfile profile = ownProfileForChange();
        String before = describe(profile);
        profile.changePhoto(cleaned.image(), cleaned.contentType(), Organisation.sha256(cleaned.image()), clock.instant());
        audit.recordChange(AuditAction.CONFIDANT_PHOTO_CHANGED, null, "staff:" + profile.getStaffId() + ":profile",
                before + " → " + describe(profile));
    }

    /** Removes the own photo; the pages show the name and the rest of the profile. */
    @RolesAllowed(Roles.CONFIDANT)
    public void removeOwnPhoto() {
        ConfidantProfile profile = em.find(ConfidantProfile.class, me());
        if (profile == null || profile.getPhotoSha256() == null) {
            return;
        }
        String before = describe(profile);
        profile.changePhoto(null, null, null, clock.instant());
        audit.recordChange(AuditAction.CONFIDANT_PHOTO_CHANGED, null, "staff:" + profile.getStaffId() + ":profile", before + " → -");
    }

    /**
     * The confidants of the organisation with this slug, by name, each in {@code language} ({@code nl} or {@code en});
     * empty for an unknown organisation. Public: the entry page and the wizard show them to everyone.
     */
    @PermitAll
    public List<PublicProfile> ofOrganisation(String slug, String language) {
        List<Object[]> confidants = confidantsOf(slug);
        if (confidants.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = confidants.stream().map(r -> ((Number) r[0]).longValue()).collect(Collectors.toCollection(LinkedHashSet::new));
        Map<Long, ConfidantProfile> profiles = em.createQuery("select p from ConfidantProfile p where p.staffId in :ids", ConfidantProfile.class)
                .setParameter("ids", ids).getResultStream().collect(Collectors.toMap(ConfidantProfile::getStaffId, Function.identity()));
        boolean english = "en".equals(language);
        List<PublicProfile> shown = new ArrayList<>();
        for (Object[] row : confidants) {
            long id = ((Number) row[0]).longValue();
            ConfidantProfile p = profiles.get(id);
            ProfileChange text = p == null ? new ProfileChange("", "", "", "", List.of("nl"), "") : p.asChange();
            shown.add(new PublicProfile(id, String.valueOf(row[1]),
                    english ? either(text.introductionEn(), text.introductionNl()) : either(text.introductionNl(), text.introductionEn()),
                    english ? either(text.availabilityEn(), text.availabilityNl()) : either(text.availabilityNl(), text.availabilityEn()),
                    text.languages(), Objects.requireNonNullElse(text.phone(), ""), p == null ? null : version(p.getPhotoSha256())));
        }
        return shown;
    }

    /** The photo of a confidant who serves the organisation with this slug; empty otherwise. Public, like the page it is on. */
    @PermitAll
    public Optional<Photo> photo(String slug, long staffId) {
        boolean serves = confidantsOf(slug).stream().anyMatch(r -> ((Number) r[0]).longValue() == staffId);
        if (!serves) {
            return Optional.empty();
        }
        ConfidantProfile profile = em.find(ConfidantProfile.class, staffId);
        if (profile == null || profile.getPhotoSha256() == null) {
            return Optional.empty();
        }
        return Optional.of(new Photo(profile.getPhotoContentType(), profile.getPhoto(), profile.getPhotoSha256()));
    }

    /**
     * What the poster and flyer of an organisation print (issue 14): for its admin and the confidants who serve it. Anyone
     * else is refused (and audited), as the mail previews are.
     */
    @RolesAllowed({Roles.ORG_ADMIN, Roles.CONFIDANT})
    public IntroductionMaterial introductionMaterial(long organisationId, String language) {
        long me = me();
        boolean mine = !em.createNativeQuery("select 1 from staff_organisation where staff_id = ?1 and organisation_id = ?2")
                .setParameter(1, me).setParameter(2, organisationId).getResultList().isEmpty();
        Organisation organisation = mine ? em.find(Organisation.class, organisationId) : null;
        if (organisation == null) {
            audit.recordIndependently(nl.meldpunt.audit.Actor.staff(me), AuditAction.ACCESS_DENIED, organisationId, "introduction-material");
            throw new nl.meldpunt.shared.AccessRefused("Not an organisation of this staff member");
        }
        List<IntroductionMaterial.Confidant> confidants = new ArrayList<>();
        for (PublicProfile p : ofOrganisation(organisation.getSlug(), language)) {
            Optional<Photo> photo = p.hasPhoto() ? photo(organisation.getSlug(), p.staffId()) : Optional.empty();
            confidants.add(new IntroductionMaterial.Confidant(p, photo.map(Photo::contentType).orElse(null),
                    photo.map(Photo::image).orElse(null)));
        }
        return new IntroductionMaterial(organisation.getName(), organisation.getSlug(), organisation.getPrimaryColour(),
                organisation.getAccentColour(), organisation.getLogoContentType(), organisation.getLogo(), confidants);
    }

    /** A confidant's photo; {@code sha256} (hex) is its strong ETag. */
    public record Photo(String contentType, byte[] image, String sha256) {
    }

    /** Id and display name of the active confidants who serve the organisation, by name. */
    @SuppressWarnings("unchecked")
    private List<Object[]> confidantsOf(String slug) {
        if (slug == null || slug.isBlank()) {
            return List.of();
        }
        return em.createNativeQuery("select s.id, s.display_name from staff_account s"
                        + " join staff_organisation so on so.staff_id = s.id join organisation o on o.id = so.organisation_id"
                        + " where o.slug = ?1 and s.role = 'CONFIDANT' and s.active = true order by s.display_name, s.id")
                .setParameter(1, slug).getResultList();
    }

    private ProfileChange checked(ProfileChange change) {
        if (change == null) {
            throw new SettingsRefused(List.of(new SettingsRefused.Problem("introductionNl", "profile.refused.empty", List.of())));
        }
        List<SettingsRefused.Problem> problems = new ArrayList<>();
        String introNl = text(change.introductionNl(), "introductionNl", MAX_INTRODUCTION, problems);
        String introEn = text(change.introductionEn(), "introductionEn", MAX_INTRODUCTION, problems);
        String availNl = text(change.availabilityNl(), "availabilityNl", MAX_AVAILABILITY, problems);
        String availEn = text(change.availabilityEn(), "availabilityEn", MAX_AVAILABILITY, problems);
        List<String> languages = change.languages().stream().filter(Objects::nonNull).map(String::strip).distinct().toList();
        if (languages.isEmpty()) {
            problems.add(new SettingsRefused.Problem("languages", "profile.refused.languages", List.of()));
        } else if (!LANGUAGES.containsAll(languages)) {
            problems.add(new SettingsRefused.Problem("languages", "profile.refused.languageUnknown", List.of()));
        }
        String phone = change.phone() == null ? "" : change.phone().strip();
        long digits = phone.chars().filter(Character::isDigit).count();
        if (!phone.isEmpty() && (!PHONE.matcher(phone).matches() || digits < 6 || digits > 15)) {
            problems.add(new SettingsRefused.Problem("phone", "profile.refused.phone", List.of()));
        }
        if (!problems.isEmpty()) {
            throw new SettingsRefused(problems);
        }
        return new ProfileChange(introNl, introEn, availNl, availEn, languages, phone);
    }

    /** Plain text: line ends made \n, other control characters refused, at most {@code max} characters. */
    private static String text(String value, String field, int max, List<SettingsRefused.Problem> problems) {
        String text = value == null ? "" : value.replace("\r\n", "\n").replace('\r', '\n').strip();
        if (text.length() > max) {
            problems.add(new SettingsRefused.Problem(field, "profile.refused.tooLong", List.of(String.valueOf(max))));
        } else if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            problems.add(new SettingsRefused.Problem(field, "profile.refused.control", List.of()));
        }
        return text;
    }

    private static List<String> changedFields(ProfileChange a, ProfileChange b) {
        List<String> changed = new ArrayList<>();
        compare(changed, "introductionNl", a.introductionNl(), b.introductionNl());
        compare(changed, "introductionEn", a.introductionEn(), b.introductionEn());
        compare(changed, "availabilityNl", a.availabilityNl(), b.availabilityNl());
        compare(changed, "availabilityEn", a.availabilityEn(), b.availabilityEn());
        if (!a.languages().equals(b.languages())) {
            changed.add("languages");
        }
        compare(changed, "phone", a.phone(), b.phone());
        return changed;
    }

    private static void compare(List<String> changed, String field, String a, String b) {
        if (!Objects.requireNonNullElse(a, "").equals(Objects.requireNonNullElse(b, ""))) {
            changed.add(field);
        }
    }

    private ConfidantProfile ownProfileForChange() {
        long me = me();
        ConfidantProfile profile = em.find(ConfidantProfile.class, me);
        if (profile == null) {
            profile = new ConfidantProfile(me, clock.instant());
            em.persist(profile);
        }
        return profile;
    }

    private static String describe(ConfidantProfile profile) {
        String sha = profile.getPhotoSha256();
        return sha == null ? "-" : profile.getPhotoContentType() + ", " + sha.substring(0, 12);
    }

    private static String either(String first, String second) {
        return first != null && !first.isBlank() ? first : Objects.requireNonNullElse(second, "");
    }

    private static String version(String sha256) {
        return sha256 == null ? null : sha256.substring(0, 16);
    }

    private String displayName(long staffId) {
        return String.valueOf(em.createNativeQuery("select display_name from staff_account where id = ?1").setParameter(1, staffId)
                .getSingleResult());
    }

    private long me() {
        return Long.parseLong(session.getCallerPrincipal().getName());
    }
}

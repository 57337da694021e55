package nl.meldpunt.configuration;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.meldpunt.audit.Actor;
import nl.meldpunt.audit.AuditAction;
import nl.meldpunt.audit.AuditTrail;
import nl.meldpunt.organisation.LogoCheck;
import nl.meldpunt.organisation.Organisation;
import nl.meldpunt.organisation.SettingsRefused;
import nl.meldpunt.procedure.ProcedureVersion;
import nl.meldpunt.publication.Frequency;
import nl.meldpunt.publication.PublicationKind;
import nl.meldpunt.publication.PublicationSchedule;
import nl.meldpunt.questionnaire.DefaultSets;
import nl.meldpunt.questionnaire.QuestionnairePublishing;
import nl.meldpunt.shared.AccessRefused;
import nl.meldpunt.shared.Roles;
import nl.meldpunt.staff.StaffAccount;
import nl.meldpunt.staff.StaffRole;

/**
 * An organisation's configuration as a file (issue 13, item 4; docs/configuration-file.md): exported by its
 * organisation admin (or the platform admin, as a template); imported by the organisation admin to update the own
 * organisation, first as a diff and then, confirmed, in one transaction; or by the platform admin as the template
 * of a new organisation. A file that is refused changes nothing. Never staff accounts, secrets, reports or audit.
 */
@Stateless
@RolesAllowed({Roles.ORG_ADMIN, Roles.PLATFORM_ADMIN})
public class OrganisationConfigurationService {

    private static final int MAX_DETAIL = 1000;

    @PersistenceContext(unitName = "meldpunt")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private DefaultSets defaults;

    @Inject
    private QuestionnairePublishing publishing;

    @Inject
    private LogoCheck logos;

    /** The own organisation's configuration file (JSON). Audited. */
    @RolesAllowed(Roles.ORG_ADMIN)
    public String exportOwn() {
        return exportOf(ownOrganisation());
    }

    /**
     * An organisation's configuration file: the platform admin any organisation's (as a template), an organisation
     * admin only the own (another's is refused and the attempt audited).
     */
    @RolesAllowed({Roles.ORG_ADMIN, Roles.PLATFORM_ADMIN})
    public String export(long organisationId) {
        if (!session.isCallerInRole(Roles.PLATFORM_ADMIN) && ownOrganisation() != organisationId) {
            audit.recordIndependently(Actor.staff(me().getId()), AuditAction.ACCESS_DENIED, ownOrganisation(),
                    "organisation:" + organisationId + ":configuration");
            throw new AccessRefused("Not the own organisation");
        }
        if (em.find(Organisation.class, organisationId) == null) {
            throw new ConfigurationRefused(new ConfigurationRefused.Problem("configuration.refused.unknownOrganisation"));
        }
        return exportOf(organisationId);
    }

    /** What importing {@code file} into the own organisation would change; nothing is changed. Refused files say why. */
    @RolesAllowed(Roles.ORG_ADMIN)
    public ConfigurationDiff previewImport(byte[] file) {
        long id = ownOrganisation();
        Configuration incoming = read(file, id);
        return diff(id, incoming);
    }

    /**
     * Imports {@code file} into the own organisation, all in one transaction, when {@code fingerprint} is that of the
     * diff shown ({@link #previewImport}); if the file or the organisation changed since, it is refused and the diff
     * must be looked at again. The question and tip sets become a new version only when they differ. Audited once,
     * with a short before → after.
     */
    @RolesAllowed(Roles.ORG_ADMIN)
    public ConfigurationDiff applyImport(byte[] file, String fingerprint) {
        long id = ownOrganisation();
        Configuration incoming = read(file, id);
        ConfigurationDiff diff = diff(id, incoming);
        if (!diff.fingerprint().equals(fingerprint)) {
            throw new ConfigurationRefused(new ConfigurationRefused.Problem("configuration.refused.stale"));
        }
        if (diff.isEmpty()) {
            return diff;
        }
        Organisation organisation = em.find(Organisation.class, id);
        Configuration effective = withKnownRecipients(incoming, hrStaff(id));
        apply(organisation, effective, diff);
        audit.recordChange(AuditAction.CONFIGURATION_IMPORTED, id, "organisation:" + id + ":configuration", summary(diff));
        return diff;
    }

    /**
     * The platform admin creates an organisation from a configuration file used as a template, with its own slug and
     * name (from the form; the file's are not used). Report recipients are HR accounts, which a new organisation does
     * not have yet: its schedules start without recipients. Its id.
     */
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    public long createFromTemplate(byte[] file, String slug, String name) {
        List<ConfigurationRefused.Problem> problems = new ArrayList<>();
        String newName = name == null ? "" : name.strip();
        if (newName.isEmpty() || newName.length() > ConfigurationDocument.MAX_NAME || newName.contains("<") || newName.contains(">")) {
            problems.add(new ConfigurationRefused.Problem("configuration.refused.name", String.valueOf(ConfigurationDocument.MAX_NAME)));
        }
        if (slug == null || !slug.matches("[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?")) {
            problems.add(new ConfigurationRefused.Problem("configuration.refused.slug", String.valueOf(slug)));
        } else if (!em.createNamedQuery("Organisation.bySlug").setParameter("slug", slug).getResultList().isEmpty()) {
            problems.add(new ConfigurationRefused.Problem("configuration.refused.slugTaken", slug));
        }
        if (!problems.isEmpty()) {
            throw new ConfigurationRefused(problems);
        }
        Configuration template = read(file, null);
        Organisation organisation = new Organisation(slug, newName, template.primaryColour(), template.accentColour(), clock.instant());
        em.persist(organisation);
        em.flush();
        long id = organisation.getId();
        audit.record(AuditAction.ORGANISATION_CREATED, id, "organisation:" + id);
        Configuration effective = withKnownRecipients(template, Map.of());
        ConfigurationDiff diff = diff(id, effective, null);
        apply(organisation, effective, diff);
        audit.recordChange(AuditAction.CONFIGURATION_IMPORTED, id, "organisation:" + id + ":configuration",
                "template → " + slug + "; " + summary(diff));
        return id;
    }

    /**
     * Reads a file and treats its PNG or JPEG logo as an upload: decoded, checked and re-encoded without metadata
     * ({@link LogoCheck}), unless it is byte for byte the logo the organisation already has (an export imported
     * again). An SVG logo (the demo organisation's) keeps the file's own checks for markup.
     */
    private Configuration read(byte[] file, Long organisationId) {
        Configuration c = ConfigurationDocument.read(file);
        Configuration.Logo logo = c.logo();
        if (logo == null || "image/svg+xml".equals(logo.contentType())) {
            return c;
        }
        Organisation current = organisationId == null ? null : em.find(Organisation.class, organisationId);
        if (current != null && Arrays.equals(current.getLogo(), logo.image())) {
            return c;
        }
        try {
            LogoCheck.Cleaned cleaned = logos.clean(logo.image());
            return c.withLogo(new Configuration.Logo(cleaned.contentType(), cleaned.image()));
        } catch (SettingsRefused refused) {
            throw new ConfigurationRefused(new ConfigurationRefused.Problem("configuration.refused.logo"));
        }
    }

    private String exportOf(long organisationId) {
        String file = ConfigurationDocument.write(current(organisationId));
        audit.record(AuditAction.CONFIGURATION_EXPORTED, organisationId, "organisation:" + organisationId + ":configuration");
        return file;
    }

    /** The configuration as it is now; an organisation without stored sets gets the defaults stored as its version 1. */
    private Configuration current(long id) {
        Organisation o = em.find(Organisation.class, id);
        defaults.currentQuestionSet(id);
        defaults.currentTips(id);
        Map<Long, String> logins = new HashMap<>();
        List<Configuration.Schedule> schedules = new ArrayList<>();
        for (PublicationSchedule s : schedules(id)) {
            List<String> recipients = new ArrayList<>();
            for (Long staffId : s.getRecipientIds()) {
                String login = logins.computeIfAbsent(staffId, k -> {
                    StaffAccount a = em.find(StaffAccount.class, k);
                    return a == null ? null : a.getLoginName();
                });
                if (login != null) {
                    recipients.add(login);
                }
            }
            schedules.add(new Configuration.Schedule(s.getKind().name(), s.getFrequency().name(), s.getDayOfMonth(), s.isAttachFiles(),
                    s.isActive(), recipients));
        }
        schedules.sort(java.util.Comparator.comparing(Configuration.Schedule::name));
        byte[] logo = o.getLogo();
        return new Configuration(o.getName(), o.getSlug(), o.getPrimaryColour(), o.getAccentColour(),
                logo == null ? null : new Configuration.Logo(o.getLogoContentType(), logo),
                o.getStatusUpdateIntervalDays(), o.getCheckinAfterMonths(), o.getRetentionMonths(), o.getSmallCountThreshold(),
                o.getDepartments(), publishing.currentQuestionSetJson(id), publishing.currentTipsJson(id), schedules,
                currentProcedure(id).map(v -> new Configuration.Procedure(v.getDutch(), v.getEnglish())).orElse(null));
    }

    private java.util.Optional<ProcedureVersion> currentProcedure(long organisationId) {
        return em.createNamedQuery("ProcedureVersion.ofOrganisation", ProcedureVersion.class)
                .setParameter("organisation", organisationId).setMaxResults(1).getResultStream().findFirst();
    }

    private List<PublicationSchedule> schedules(long organisationId) {
        return em.createQuery("select s from PublicationSchedule s where s.organisationId = :organisation order by s.id",
                PublicationSchedule.class).setParameter("organisation", organisationId).getResultList();
    }

    /** HR staff of the organisation by login name. */
    private Map<String, Long> hrStaff(long organisationId) {
        return em.createQuery("select s from StaffAccount s where s.role = :hr and s.active = true", StaffAccount.class)
                .setParameter("hr", StaffRole.HR).getResultStream()
                .filter(s -> s.getOrganisationIds().contains(organisationId))
                .collect(Collectors.toMap(StaffAccount::getLoginName, StaffAccount::getId, (a, b) -> a, TreeMap::new));
    }

    /** The file's schedules with only the recipients that are HR staff here. */
    private static Configuration withKnownRecipients(Configuration c, Map<String, Long> hr) {
        List<Configuration.Schedule> schedules = c.schedules().stream()
                .map(s -> new Configuration.Schedule(s.kind(), s.frequency(), s.dayOfMonth(), s.attachFiles(), s.active(),
                        s.recipients().stream().filter(hr::containsKey).toList()))
                .toList();
        return new Configuration(c.name(), c.slug(), c.primaryColour(), c.accentColour(), c.logo(), c.statusUpdateIntervalDays(),
                c.checkinAfterMonths(), c.retentionMonths(), c.smallCountThreshold(), c.departments(), c.questionSetJson(),
                c.tipsJson(), schedules, c.procedure());
    }

    private ConfigurationDiff diff(long id, Configuration incoming) {
        Map<String, Long> hr = hrStaff(id);
        List<ConfigurationRefused.Problem> notes = new ArrayList<>();
        Configuration current = current(id);
        if (!current.slug().equals(incoming.slug())) {
            notes.add(new ConfigurationRefused.Problem("configuration.note.slugKept", incoming.slug(), current.slug()));
        }
        Set<String> unknown = new java.util.TreeSet<>();
        incoming.schedules().forEach(s -> s.recipients().stream().filter(r -> !hr.containsKey(r)).forEach(unknown::add));
        unknown.forEach(r -> notes.add(new ConfigurationRefused.Problem("configuration.note.recipientUnknown", r)));
        Configuration effective = withKnownRecipients(incoming, hr);
        ConfigurationDiff diff = diff(id, effective, current);
        String fingerprint = ConfigurationDocument.sha256((ConfigurationDocument.write(current) + "\u0000"
                + ConfigurationDocument.write(effective)).getBytes(StandardCharsets.UTF_8));
        return new ConfigurationDiff(diff.changes(), notes, fingerprint);
    }

    /** The changes from {@code current} (null: a new organisation, whose every part is new) to {@code to}. */
    private ConfigurationDiff diff(long id, Configuration to, Configuration current) {
        List<ConfigurationDiff.Change> changes = new ArrayList<>();
        if (current != null) {
            field(changes, "organisation.name", current.name(), to.name());
            field(changes, "branding.primaryColour", current.primaryColour(), to.primaryColour());
            field(changes, "branding.accentColour", current.accentColour(), to.accentColour());
            if (!sameLogo(current.logo(), to.logo())) {
                changes.add(ConfigurationDiff.Change.of("branding.logo", describe(current.logo()), describe(to.logo())));
            }
            field(changes, "settings.statusUpdateIntervalDays", current.statusUpdateIntervalDays(), to.statusUpdateIntervalDays());
            field(changes, "settings.checkinAfterMonths", current.checkinAfterMonths(), to.checkinAfterMonths());
            field(changes, "settings.retentionMonths", current.retentionMonths(), to.retentionMonths());
            field(changes, "settings.smallCountThreshold", current.smallCountThreshold(), to.smallCountThreshold());
            field(changes, "settings.departments", String.join(", ", current.departments()), String.join(", ", to.departments()));
        } else {
            changes.add(ConfigurationDiff.Change.of("organisation.name", "-", to.name()));
        }
        set(changes, "questionSet", current == null ? null : current.questionSetJson(), to.questionSetJson(),
                current == null ? 0 : publishing.currentQuestionSetVersion(id));
        set(changes, "tips", current == null ? null : current.tipsJson(), to.tipsJson(),
                current == null ? 0 : publishing.currentTipsVersion(id));
        // A file without a procedure leaves the published one alone (a procedure is never unpublished).
        Configuration.Procedure procedureBefore = current == null ? null : current.procedure();
        if (to.procedure() != null && !to.procedure().equals(procedureBefore)) {
            changes.add(ConfigurationDiff.Change.of("procedure", procedureBefore == null ? "-" : procedureBefore.describe(),
                    to.procedure().describe()));
        }
        Map<String, Configuration.Schedule> before = new LinkedHashMap<>();
        if (current != null) {
            current.schedules().forEach(s -> before.put(s.name(), s));
        }
        Map<String, Configuration.Schedule> after = new LinkedHashMap<>();
        to.schedules().forEach(s -> after.put(s.name(), s));
        for (Configuration.Schedule s : to.schedules()) {
            Configuration.Schedule old = before.get(s.name());
            if (old == null || !old.equals(s)) {
                changes.add(ConfigurationDiff.Change.of("reportSchedule." + s.name(), old == null ? "-" : old.describe(), s.describe()));
            }
        }
        for (Configuration.Schedule old : before.values()) {
            if (!after.containsKey(old.name()) && old.active()) {
                Configuration.Schedule off = new Configuration.Schedule(old.kind(), old.frequency(), old.dayOfMonth(),
                        old.attachFiles(), false, old.recipients());
                changes.add(ConfigurationDiff.Change.of("reportSchedule." + old.name(), old.describe(), off.describe()));
            }
        }
        return new ConfigurationDiff(changes, List.of(), "");
    }

    private static void field(List<ConfigurationDiff.Change> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(ConfigurationDiff.Change.of(field, String.valueOf(before), String.valueOf(after)));
        }
    }

    private static boolean sameLogo(Configuration.Logo a, Configuration.Logo b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.contentType().equals(b.contentType()) && Arrays.equals(a.image(), b.image());
    }

    private static String describe(Configuration.Logo logo) {
        return logo == null ? "-" : logo.describe();
    }

    /** A new version of a set when it differs: which questions (tips) are added, removed or changed, by key. */
    private static void set(List<ConfigurationDiff.Change> changes, String field, String before, String after, int version) {
        JsonObject old = before == null ? null : ConfigurationDocument.withoutVersion(before);
        JsonObject now = ConfigurationDocument.withoutVersion(after);
        if (now.equals(old)) {
            return;
        }
        boolean questions = "questionSet".equals(field);
        Map<String, JsonValue> a = old == null ? Map.of() : (questions ? questions(old) : tips(old));
        Map<String, JsonValue> b = questions ? questions(now) : tips(now);
        List<String> added = b.keySet().stream().filter(k -> !a.containsKey(k)).toList();
        List<String> removed = a.keySet().stream().filter(k -> !b.containsKey(k)).toList();
        List<String> changed = new ArrayList<>(b.keySet().stream().filter(k -> a.containsKey(k) && !a.get(k).equals(b.get(k))).toList());
        if (added.isEmpty() && removed.isEmpty() && changed.isEmpty()) {
            changed.add(questions ? "(steps)" : "(affirmation)"); // what differs is outside the questions (tips) themselves
        }
        changes.add(new ConfigurationDiff.Change(field, version == 0 ? "-" : String.valueOf(version), String.valueOf(version + 1),
                added, removed, changed));
    }

    private static Map<String, JsonValue> questions(JsonObject set) {
        Map<String, JsonValue> byKey = new LinkedHashMap<>();
        for (JsonValue step : set.getJsonArray("steps")) {
            for (JsonValue q : step.asJsonObject().getJsonArray("questions")) {
                byKey.put(q.asJsonObject().getString("key"), q);
            }
        }
        return byKey;
    }

    private static Map<String, JsonValue> tips(JsonObject set) {
        Map<String, JsonValue> byKey = new LinkedHashMap<>();
        JsonObject categories = set.getJsonObject("byCategory");
        for (String category : categories.keySet()) {
            for (JsonValue tip : categories.getJsonArray(category)) {
                byKey.put(category + "/" + tip.asJsonObject().getString("key"), tip);
            }
        }
        return byKey;
    }

    /** Applies every changed part; the checks were made when the file was read, so nothing here refuses. */
    private void apply(Organisation o, Configuration c, ConfigurationDiff diff) {
        long id = o.getId();
        Set<String> changed = new HashSet<>();
        diff.changes().forEach(ch -> changed.add(ch.field()));
        if (changed.contains("organisation.name") && !o.getName().equals(c.name()) && diff.changes().stream()
                .noneMatch(ch -> ch.field().equals("organisation.name") && "-".equals(ch.before()))) {
            o.rename(c.name());
        }
        o.recolour(c.primaryColour(), c.accentColour());
        if (changed.contains("branding.logo") || c.logo() != null && o.getLogoContentType() == null) {
            o.changeLogo(c.logo() == null ? null : c.logo().image(), c.logo() == null ? null : c.logo().contentType());
        }
        o.changeStatusUpdateInterval(c.statusUpdateIntervalDays());
        o.changeCheckinAfterMonths(c.checkinAfterMonths());
        o.changeRetentionMonths(c.retentionMonths());
        o.changeSmallCountThreshold(c.smallCountThreshold());
        o.changeDepartments(c.departments());
        if (changed.contains("questionSet")) {
            publishing.publishQuestionSet(id, c.questionSetJson());
        }
        if (changed.contains("tips")) {
            publishing.publishTips(id, c.tipsJson());
        }
        if (changed.contains("procedure")) {
            int version = currentProcedure(id).map(ProcedureVersion::getVersionNo).orElse(0);
            em.persist(ProcedureVersion.imported(id, version, c.procedure().dutch(), c.procedure().english(), me().getId(),
                    clock.instant()));
        }
        Map<String, Long> hr = hrStaff(id);
        Map<String, PublicationSchedule> existing = new HashMap<>();
        schedules(id).forEach(s -> existing.put(s.getKind().name() + "/" + s.getFrequency().name(), s));
        for (Configuration.Schedule s : c.schedules()) {
            Set<Long> recipients = s.recipients().stream().map(hr::get).filter(Objects::nonNull).collect(Collectors.toSet());
            PublicationSchedule schedule = existing.remove(s.name());
            if (schedule == null) {
                schedule = PublicationSchedule.of(id, PublicationKind.valueOf(s.kind()), Frequency.valueOf(s.frequency()),
                        s.dayOfMonth(), s.attachFiles(), recipients);
                schedule.change(s.dayOfMonth(), s.attachFiles(), s.active(), recipients);
                em.persist(schedule);
            } else {
                schedule.change(s.dayOfMonth(), s.attachFiles(), s.active(), recipients);
            }
        }
        for (PublicationSchedule left : existing.values()) { // not in the file: made inactive, kept for its runs
            if (left.isActive()) {
                left.change(left.getDayOfMonth(), left.isAttachFiles(), false, left.getRecipientIds());
            }
        }
        em.flush();
    }

    private static String summary(ConfigurationDiff diff) {
        String text = diff.changes().stream().map(ConfigurationDiff.Change::summary).collect(Collectors.joining("; "));
        if (text.isEmpty()) {
            text = "no change";
        }
        return text.length() <= MAX_DETAIL ? text : text.substring(0, MAX_DETAIL - 1) + "…";
    }

    private long ownOrganisation() {
        return me().getOrganisationIds().stream().findFirst()
                .orElseThrow(() -> new AccessRefused("Staff account without organisation"));
    }

    private StaffAccount me() {
        return em.find(StaffAccount.class, Long.valueOf(session.getCallerPrincipal().getName()));
    }
}

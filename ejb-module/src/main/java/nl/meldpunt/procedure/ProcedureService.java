package nl.meldpunt.procedure;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.meldpunt.audit.Actor;
import nl.meldpunt.audit.AuditAction;
import nl.meldpunt.audit.AuditTrail;
import nl.meldpunt.organisation.Organisation;
import nl.meldpunt.shared.AccessRefused;
import nl.meldpunt.shared.Roles;
import nl.meldpunt.staff.StaffAccount;

/**
 * The organisation's reporting procedure and PSA policy (issue 14, item 3). The organisation admin writes it for
 * the own organisation only, in Dutch and English: a draft first (seen by no employee), then published as the next
 * version after a confirmation that names it. A published version never changes; the highest is current. Anyone
 * reads the current published version through {@link #currentPublished(String)}, which never returns a draft.
 *
 * <p>The Wbk (Wet bescherming klokkenluiders, art. 2) obliges an employer to inform employees of its procedure for
 * reporting wrongdoing, and of the possibility to report externally; the public page adds the confidant's role and
 * the Huis voor Klokkenluiders to whatever the organisation wrote.
 *
 * <p>Every change is audited (subject {@code organisation:ID:procedure}) with the version before → after and the
 * texts' lengths, never the text. An admin who names another organisation is refused and the refusal audited.
 */
@Stateless
@RolesAllowed(Roles.ORG_ADMIN)
public class ProcedureService {

    @PersistenceContext(unitName = "meldpunt")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** The current published version of the organisation with this entry slug; empty when none is published (or no such organisation). */
    @PermitAll
    public Optional<PublishedProcedure> currentPublished(String slug) {
        if (slug == null || slug.isEmpty()) {
            return Optional.empty();
        }
        return em.createNamedQuery("Organisation.bySlug", Organisation.class)
                .setParameter("slug", slug)
                .getResultStream().findFirst()
                .flatMap(o -> current(o.getId()))
                .map(ProcedureService::published);
    }

    /** The own organisation's procedure page: the text to edit, the current version and every published version. */
    public ProcedureOverview own() {
        return overview(own(me()));
    }

    /**
     * Saves the draft of the procedure (it need not be complete; the checks for publishing come then). Refused
     * ({@link ProcedureRefused}) when a text is longer than {@link ProcedureText#MAX_LENGTH}, or when
     * {@code basedOnVersion} (the published version the page showed, 0 for none) is no longer the current one:
     * someone published in between, and the draft would silently go back on it. A text equal to what the draft (or
     * the published version) holds changes nothing. Audited with the lengths before → after.
     */
    public ProcedureOverview saveDraft(long organisationId, String dutch, String english, int basedOnVersion) {
        Organisation organisation = mine(organisationId, "save-draft");
        int published = current(organisationId).map(ProcedureVersion::getVersionNo).orElse(0);
        if (basedOnVersion != published) {
            throw ProcedureRefused.because("procedure.refused.changedElsewhere", String.valueOf(published));
        }
        String nl = ProcedureText.normalised(dutch);
        String en = ProcedureText.normalised(english);
        List<ProcedureRefused.Problem> problems = new ArrayList<>();
        tooLong(problems, "dutch", nl);
        tooLong(problems, "english", en);
        if (!problems.isEmpty()) {
            throw new ProcedureRefused(problems);
        }
        Optional<ProcedureVersion> current = current(organisationId);
        int base = current.map(ProcedureVersion::getVersionNo).orElse(0);
        ProcedureDraft draft = draft(organisationId, false).orElse(null);
        String beforeNl = draft != null ? draft.getDutch() : current.map(ProcedureVersion::getDutch).orElse("");
        String beforeEn = draft != null ? draft.getEnglish() : current.map(ProcedureVersion::getEnglish).orElse("");
        if (beforeNl.equals(nl) && beforeEn.equals(en) && (draft != null || current.isPresent())) {
            return overview(organisation);
        }
        long me = me().getId();
        if (draft == null) {
            em.persist(new ProcedureDraft(organisationId, nl, en, base, me, clock.instant()));
        } else {
            draft.edit(nl, en, base, me, clock.instant());
        }
        em.flush();
        audit.recordChange(AuditAction.PROCEDURE_DRAFT_SAVED, organisationId, subject(organisationId),
                "draft on version " + base + "; nl " + beforeNl.length() + " → " + nl.length() + " characters, en "
                        + beforeEn.length() + " → " + en.length() + " characters");
        return overview(organisation);
    }

    /** Throws the saved draft away; the page shows the current published version again. Audited. */
    public ProcedureOverview discardDraft(long organisationId) {
        Organisation organisation = mine(organisationId, "discard-draft");
        draft(organisationId, true).ifPresent(d -> {
            em.remove(d);
            em.flush();
            audit.recordChange(AuditAction.PROCEDURE_DRAFT_DISCARDED, organisationId, subject(organisationId),
                    "draft on version " + d.getBaseVersion());
        });
        return overview(organisation);
    }

    /**
     * Publishes the saved draft as version {@code asVersion}, the number the admin confirmed; returns it. Refused
     * ({@link ProcedureRefused}) and nothing published when there is no draft, when its Dutch text is empty, when it
     * is the same as the current version, or when {@code asVersion} is no longer the next number (someone published
     * in between). The draft is removed. Audited with version before → after.
     */
    public int publish(long organisationId, int asVersion) {
        mine(organisationId, "publish");
        ProcedureDraft draft = draft(organisationId, true)
                .orElseThrow(() -> ProcedureRefused.because("procedure.refused.noDraft"));
        Optional<ProcedureVersion> current = current(organisationId);
        int before = current.map(ProcedureVersion::getVersionNo).orElse(0);
        if (asVersion != before + 1) {
            throw ProcedureRefused.because("procedure.refused.changedElsewhere", String.valueOf(before));
        }
        if (draft.getDutch().isEmpty()) {
            throw new ProcedureRefused(List.of(new ProcedureRefused.Problem("dutch", "procedure.refused.dutchEmpty", List.of())));
        }
        if (current.isPresent() && current.get().getDutch().equals(draft.getDutch())
                && current.get().getEnglish().equals(draft.getEnglish())) {
            throw ProcedureRefused.because("procedure.refused.unchanged", String.valueOf(before));
        }
        em.persist(new ProcedureVersion(organisationId, asVersion, draft.getDutch(), draft.getEnglish(), me().getId(),
                clock.instant()));
        em.remove(draft);
        em.flush();
        audit.recordChange(AuditAction.PROCEDURE_PUBLISHED, organisationId, subject(organisationId),
                "version " + (before == 0 ? "—" : before) + " → " + asVersion + "; nl " + draft.getDutch().length()
                        + " characters, en " + draft.getEnglish().length() + " characters");
        return asVersion;
    }

    /** One published version of the own organisation, read-only (the page's "show" of an older version). */
    public PublishedProcedure version(long organisationId, int version) {
        mine(organisationId, "version");
        return em.createQuery("select v from ProcedureVersion v where v.organisationId = :organisation and v.versionNo = :version",
                        ProcedureVersion.class)
                .setParameter("organisation", organisationId)
                .setParameter("version", version)
                .getResultStream().findFirst()
                .map(ProcedureService::published)
                .orElseThrow(() -> ProcedureRefused.because("procedure.refused.noVersion", String.valueOf(version)));
    }

    private ProcedureOverview overview(Organisation organisation) {
        long id = organisation.getId();
        List<ProcedureVersion> versions = em.createNamedQuery("ProcedureVersion.ofOrganisation", ProcedureVersion.class)
                .setParameter("organisation", id).getResultList();
        Optional<ProcedureDraft> draft = draft(id, false);
        List<Long> staff = new ArrayList<>(versions.stream().map(ProcedureVersion::getPublishedBy).toList());
        draft.ifPresent(d -> staff.add(d.getUpdatedBy()));
        Map<Long, String> names = namesOf(staff);
        ProcedureVersion current = versions.isEmpty() ? null : versions.get(0);
        String nl = draft.map(ProcedureDraft::getDutch).orElse(current == null ? "" : current.getDutch());
        String en = draft.map(ProcedureDraft::getEnglish).orElse(current == null ? "" : current.getEnglish());
        return new ProcedureOverview(id, organisation.getSlug(), nl, en, draft.isPresent(),
                draft.map(ProcedureDraft::getUpdatedAt).orElse(null),
                draft.map(d -> names.get(d.getUpdatedBy())).orElse(null),
                current == null ? 0 : current.getVersionNo(),
                versions.stream().map(v -> new ProcedureOverview.VersionInfo(v.getVersionNo(), v.getPublishedAt(),
                        names.get(v.getPublishedBy()))).toList());
    }

    private Optional<ProcedureVersion> current(long organisationId) {
        return em.createNamedQuery("ProcedureVersion.ofOrganisation", ProcedureVersion.class)
                .setParameter("organisation", organisationId)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** The organisation's draft; locked for this transaction when {@code lock} (publishing and discarding take turns). */
    private Optional<ProcedureDraft> draft(long organisationId, boolean lock) {
        var query = em.createQuery("select d from ProcedureDraft d where d.organisationId = :organisation", ProcedureDraft.class)
                .setParameter("organisation", organisationId);
        if (lock) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultStream().findFirst();
    }

    private static PublishedProcedure published(ProcedureVersion v) {
        return new PublishedProcedure(v.getVersionNo(), v.getPublishedAt(), v.getDutch(), v.getEnglish());
    }

    private static void tooLong(List<ProcedureRefused.Problem> problems, String field, String text) {
        if (text.length() > ProcedureText.MAX_LENGTH) {
            problems.add(new ProcedureRefused.Problem(field, "procedure.refused." + field + ".tooLong",
                    List.of(String.valueOf(ProcedureText.MAX_LENGTH), String.valueOf(text.length()))));
        }
    }

    private static String subject(long organisationId) {
        return "organisation:" + organisationId + ":procedure";
    }

    private Map<Long, String> namesOf(Collection<Long> staffIds) {
        Map<Long, String> names = new HashMap<>();
        if (!staffIds.isEmpty()) {
            for (Object[] row : em.createQuery("select s.id, s.displayName from StaffAccount s where s.id in :ids", Object[].class)
                    .setParameter("ids", Set.copyOf(staffIds)).getResultList()) {
                names.put((Long) row[0], (String) row[1]);
            }
        }
        return names;
    }

    /** The caller's own organisation, when it is {@code organisationId}; else the refusal is audited and thrown. */
    private Organisation mine(long organisationId, String what) {
        StaffAccount me = me();
        if (!me.getOrganisationIds().contains(organisationId)) {
            // In the chain of the organisation named, when it exists; an invented id goes to the platform's chain.
            Long chain = em.find(Organisation.class, organisationId) == null ? null : organisationId;
            audit.recordIndependently(Actor.staff(me.getId()), AuditAction.ACCESS_DENIED, chain,
                    "procedure:" + organisationId + ":" + what);
            throw new AccessRefused("Not the organisation of this admin");
        }
        return em.find(Organisation.class, organisationId);
    }

    private Organisation own(StaffAccount me) {
        Long id = me.getOrganisationIds().stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("Organisation admin without organisation"));
        return em.find(Organisation.class, id);
    }

    private StaffAccount me() {
        return em.find(StaffAccount.class, Long.valueOf(session.getCallerPrincipal().getName()));
    }
}

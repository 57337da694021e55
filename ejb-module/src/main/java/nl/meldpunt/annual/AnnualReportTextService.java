package nl.meldpunt.annual;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.meldpunt.audit.Actor;
import nl.meldpunt.audit.AuditAction;
import nl.meldpunt.audit.AuditTrail;
import nl.meldpunt.organisation.Organisation;
import nl.meldpunt.shared.AccessRefused;
import nl.meldpunt.shared.DutchTime;
import nl.meldpunt.shared.Roles;
import nl.meldpunt.staff.StaffAccount;

/**
 * The confidant writes the own sections of the annual report to the management (issue 12, item 3; seed 002 §6:
 * "jaarlijks zal de vertrouwenspersoon hier – geanonimiseerd – terugkoppeling over geven aan de directie"), for
 * the organisations the confidant serves only.
 *
 * <p>Every save keeps the previous version ({@link AnnualReportText}); a save based on an older version than the
 * current one is refused ({@link AnnualTextRefused.Reason#CHANGED_ELSEWHERE}) rather than silently replacing
 * what was saved in between, for instance from a second tab. Saves of one year are taken one after the other
 * (the year's row is locked). Final texts ("vastgesteld") cannot change until the year is reopened. Every
 * change is audited with section and version, never with its text.
 */
@Stateless
@RolesAllowed(Roles.CONFIDANT)
public class AnnualReportTextService {

    /** The first year texts can be written for. */
    static final int FIRST_YEAR = 2000;

    @PersistenceContext(unitName = "meldpunt")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private AnnualReportTexts texts;

    /** The current version of each section, and whether the year's texts are final. */
    public AnnualTexts textsFor(long organisationId, int year) {
        Organisation organisation = servedOrganisation(organisationId);
        checkYear(year);
        return view(organisation, year);
    }

    /**
     * Saves one section as a draft: a new version, unless the text is the current one already (then nothing
     * changes). An empty text empties the section. {@code basedOnVersion} is the version the text was based on
     * (0 for a section never saved).
     */
    public AnnualTexts save(long organisationId, int year, Section section, String text, int basedOnVersion) {
        return saveAll(organisationId, year, List.of(new SectionDraft(section, text, basedOnVersion)));
    }

    /** Saves several sections at once (the page's "save all"): all of them, or none when one is refused. */
    public AnnualTexts saveAll(long organisationId, int year, List<SectionDraft> drafts) {
        Organisation organisation = servedOrganisation(organisationId);
        AnnualReportYear locked = lockedYear(organisationId, year);
        for (SectionDraft draft : drafts == null ? List.<SectionDraft>of() : drafts) {
            write(locked, draft.section(), draft.text(), draft.basedOnVersion(), null);
        }
        return view(organisation, year);
    }

    /** Every saved version of one section, newest first. */
    public List<TextVersion> history(long organisationId, int year, Section section) {
        servedOrganisation(organisationId);
        checkYear(year);
        List<AnnualReportText> versions = texts.yearOf(organisationId, year)
                .map(y -> em.createQuery("select t from AnnualReportText t where t.yearId = :year and t.section = :section"
                                + " order by t.versionNo desc", AnnualReportText.class)
                        .setParameter("year", y.getId())
                        .setParameter("section", section)
                        .getResultList())
                .orElse(List.of());
        Map<Long, String> names = namesOf(versions.stream().map(AnnualReportText::getWrittenBy).toList());
        return versions.stream()
                .map(t -> new TextVersion(t.getVersionNo(), t.getWrittenAt(), names.get(t.getWrittenBy()), t.getBody(),
                        t.getRestoredFrom()))
                .toList();
    }

    /**
     * Makes an older version of a section the current one again, as a new version (the history keeps
     * everything in between). {@code basedOnVersion} as for {@link #save}.
     */
    public AnnualTexts restore(long organisationId, int year, Section section, int version, int basedOnVersion) {
        Organisation organisation = servedOrganisation(organisationId);
        AnnualReportYear locked = lockedYear(organisationId, year);
        AnnualReportText old = em.createQuery("select t from AnnualReportText t where t.yearId = :year and t.section = :section"
                        + " and t.versionNo = :version", AnnualReportText.class)
                .setParameter("year", locked.getId())
                .setParameter("section", section)
                .setParameter("version", version)
                .getResultStream().findFirst()
                .orElseThrow(() -> new AnnualTextRefused(AnnualTextRefused.Reason.NOT_FOUND, section));
        write(locked, section, old.getBody(), basedOnVersion, version);
        return view(organisation, year);
    }

    /** Marks the year's texts final ("vastgesteld"): the annual report prints them as they are now. */
    public AnnualTexts markFinal(long organisationId, int year) {
        Organisation organisation = servedOrganisation(organisationId);
        lockedYear(organisationId, year).markFinal(me().getId(), clock.instant());
        audit.record(AuditAction.ANNUAL_TEXTS_FINALISED, organisationId, "annual:" + year);
        return view(organisation, year);
    }

    /** Opens the year's final texts for changes again; they are drafts until marked final again. */
    public AnnualTexts reopen(long organisationId, int year) {
        Organisation organisation = servedOrganisation(organisationId);
        lockedYear(organisationId, year).reopen();
        audit.record(AuditAction.ANNUAL_TEXTS_REOPENED, organisationId, "annual:" + year);
        return view(organisation, year);
    }

    private void write(AnnualReportYear year, Section section, String text, int basedOnVersion, Integer restoredFrom) {
        if (section == null) {
            throw new AnnualTextRefused(AnnualTextRefused.Reason.NOT_FOUND);
        }
        if (year.isFinal()) {
            throw new AnnualTextRefused(AnnualTextRefused.Reason.FINAL, section);
        }
        String body = AnnualReportText.normalised(text);
        if (body.length() > AnnualReportText.MAX_LENGTH) {
            throw new AnnualTextRefused(AnnualTextRefused.Reason.TOO_LONG, section);
        }
        AnnualReportText current = texts.current(year.getId()).stream()
                .filter(t -> t.getSection() == section).findFirst().orElse(null);
        if (body.equals(current == null ? "" : current.getBody())) {
            return;
        }
        int currentVersion = current == null ? 0 : current.getVersionNo();
        if (basedOnVersion != currentVersion) {
            throw new AnnualTextRefused(AnnualTextRefused.Reason.CHANGED_ELSEWHERE, section);
        }
        int version = currentVersion + 1;
        em.persist(new AnnualReportText(year.getId(), section, version, body, me().getId(), clock.instant(), restoredFrom));
        audit.record(restoredFrom == null ? AuditAction.ANNUAL_TEXT_SAVED : AuditAction.ANNUAL_TEXT_RESTORED,
                year.getOrganisationId(), "annual:" + year.getYear() + ":" + section.name() + ":" + version);
    }

    /** The year's row, locked for this transaction; made when the year is first written. */
    private AnnualReportYear lockedYear(long organisationId, int year) {
        checkYear(year);
        AnnualReportYear existing = em.createQuery(
                        "select y from AnnualReportYear y where y.organisationId = :organisation and y.year = :year",
                        AnnualReportYear.class)
                .setParameter("organisation", organisationId)
                .setParameter("year", year)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElse(null);
        if (existing != null) {
            return existing;
        }
        AnnualReportYear made = new AnnualReportYear(organisationId, year);
        em.persist(made);
        em.flush();
        return made;
    }

    private void checkYear(int year) {
        if (year < FIRST_YEAR || year > DutchTime.today(clock).getYear() + 1) {
            throw new AnnualTextRefused(AnnualTextRefused.Reason.NOT_FOUND);
        }
    }

    private AnnualTexts view(Organisation organisation, int year) {
        var found = texts.yearOf(organisation.getId(), year);
        List<AnnualReportText> current = found.map(y -> texts.current(y.getId())).orElse(List.of());
        Set<Long> staff = new HashSet<>();
        current.forEach(t -> staff.add(t.getWrittenBy()));
        found.map(AnnualReportYear::getFinalisedBy).ifPresent(staff::add);
        Map<Long, String> names = namesOf(staff);
        List<AnnualTexts.SectionText> sections = new ArrayList<>();
        for (Section section : Section.values()) {
            sections.add(current.stream().filter(t -> t.getSection() == section).findFirst()
                    .map(t -> new AnnualTexts.SectionText(section, t.getBody(), t.getVersionNo(), t.getWrittenAt(),
                            names.get(t.getWrittenBy())))
                    .orElseGet(() -> new AnnualTexts.SectionText(section, "", 0, null, null)));
        }
        boolean finalised = found.map(AnnualReportYear::isFinal).orElse(false);
        Instant finalisedAt = found.map(AnnualReportYear::getFinalisedAt).orElse(null);
        String finalisedBy = found.map(AnnualReportYear::getFinalisedBy).map(names::get).orElse(null);
        return new AnnualTexts(organisation.getId(), organisation.getName(), year, finalised, finalisedAt, finalisedBy,
                List.copyOf(sections));
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

    private Organisation servedOrganisation(long organisationId) {
        StaffAccount me = me();
        if (!me.getOrganisationIds().contains(organisationId)) {
            audit.recordIndependently(Actor.staff(me.getId()), AuditAction.ACCESS_DENIED, organisationId,
                    "annual-texts:" + organisationId);
            throw new AccessRefused("Not an organisation this confidant serves");
        }
        return em.find(Organisation.class, organisationId);
    }

    private StaffAccount me() {
        return em.find(StaffAccount.class, Long.valueOf(session.getCallerPrincipal().getName()));
    }
}

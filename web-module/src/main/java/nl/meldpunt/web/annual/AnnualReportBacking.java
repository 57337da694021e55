package nl.meldpunt.web.annual;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.meldpunt.annual.AnnualReportText;
import nl.meldpunt.annual.AnnualReportTextService;
import nl.meldpunt.annual.AnnualTextRefused;
import nl.meldpunt.annual.AnnualTexts;
import nl.meldpunt.annual.Section;
import nl.meldpunt.annual.SectionDraft;
import nl.meldpunt.annual.TextVersion;
import nl.meldpunt.organisation.OrganisationService;
import nl.meldpunt.shared.DutchTime;
import nl.meldpunt.web.shared.Dates;
import nl.meldpunt.web.shared.Language;
import nl.meldpunt.web.shared.Texts;

/**
 * The confidant writes the own sections of the annual report of one organisation for one year. Texts typed on
 * the page live here until they are saved: a save that fails (too long, saved elsewhere in the meantime, the
 * year final) says why and leaves every typed text on the page; a successful save of one section leaves the
 * other sections' unsaved texts alone.
 */
@Named
@ViewScoped
public class AnnualReportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(AnnualReportBacking.class.getName());

    /** How many years back the year choice goes. */
    private static final int YEARS_BACK = 4;

    @Inject
    private AnnualReportTextService service;

    @Inject
    private OrganisationService organisations;

    @Inject
    private Language language;

    @Inject
    private Texts texts;

    @Inject
    private Dates dates;

    @Inject
    private Clock clock;

    private Long org;
    private Integer year;
    private List<Choice> served;
    private boolean finalised;
    private Instant finalisedAt;
    private String finalisedBy;
    private String organisationName;
    private List<Editor> editors;

    /** An organisation the confidant serves, for the choice. */
    public record Choice(long id, String name) implements Serializable {
    }

    /** One section on the page: the text as typed, and what is saved. */
    public static final class Editor implements Serializable {

        private static final long serialVersionUID = 1L;

        private final Section section;
        private String text;
        private int version;
        private Instant savedAt;
        private String savedBy;
        private String savedText;
        private List<TextVersion> history;
        private TextVersion elsewhere;

        Editor(AnnualTexts.SectionText saved) {
            this.section = saved.section();
            this.text = saved.text();
            takeSaved(saved);
        }

        void takeSaved(AnnualTexts.SectionText saved) {
            version = saved.version();
            savedAt = saved.savedAt();
            savedBy = saved.savedBy();
            savedText = saved.text();
            elsewhere = null;
        }

        /** Whether the text on the page differs from the saved one. */
        public boolean isChanged() {
            return !AnnualReportText.normalised(text).equals(savedText);
        }

        public Section getSection() {
            return section;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public int getVersion() {
            return version;
        }

        public Instant getSavedAt() {
            return savedAt;
        }

        public String getSavedBy() {
            return savedBy;
        }

        public List<TextVersion> getHistory() {
            return history;
        }

        /** The version saved elsewhere that this page's save ran into, to compare with; null otherwise. */
        public TextVersion getElsewhere() {
            return elsewhere;
        }
    }

    /** Loads the page: the organisation asked for (the first one served when none), the year asked for or the default. */
    public void load() {
        served = organisations.assignedToMe().stream().map(o -> new Choice(o.id(), o.name())).toList();
        if (org == null && !served.isEmpty()) {
            org = served.get(0).id();
        }
        if (year == null) {
            year = defaultYear(DutchTime.today(clock));
        }
        if (org != null) {
            show(service.textsFor(org, year));
        }
    }

    /** In January to March the report of the year just ended is being written; later in the year this year's. */
    static int defaultYear(LocalDate today) {
        return today.getMonthValue() <= 3 ? today.getYear() - 1 : today.getYear();
    }

    /** Shows the chosen organisation and year (as a page of its own, so that reloading shows it again). */
    public String choose() {
        return "/console/annual?faces-redirect=true&org=" + org + "&year=" + year;
    }

    /** Saves one section as a draft. */
    public void save(Editor editor) {
        if (!editor.isChanged()) {
            texts.info("annual.nothingChanged");
            return;
        }
        try {
            AnnualTexts saved = service.save(org, year, editor.section, editor.text, editor.version);
            takeSaved(saved, List.of(editor));
            message(FacesMessage.SEVERITY_INFO, "annual.saved", title(editor.section), time(editor.savedAt));
        } catch (AnnualTextRefused refused) {
            refusedFor(refused, List.of(editor));
        } catch (EJBException failed) {
            failed(failed);
        }
    }

    /** Saves every changed section as a draft, all or none. */
    public void saveAll() {
        List<Editor> changed = editors.stream().filter(Editor::isChanged).toList();
        if (changed.isEmpty()) {
            texts.info("annual.nothingChanged");
            return;
        }
        try {
            AnnualTexts saved = service.saveAll(org, year,
                    changed.stream().map(e -> new SectionDraft(e.section, e.text, e.version)).toList());
            takeSaved(saved, changed);
            message(FacesMessage.SEVERITY_INFO, "annual.savedAll", String.valueOf(changed.size()),
                    time(changed.get(0).savedAt));
        } catch (AnnualTextRefused refused) {
            refusedFor(refused, changed);
        } catch (EJBException failed) {
            failed(failed);
        }
    }

    /** Shows or hides the saved versions of a section. */
    public void toggleHistory(Editor editor) {
        editor.history = editor.history != null ? null : service.history(org, year, editor.section);
    }

    /** Makes an older version the current one (as a new version); the text on the page becomes that version. */
    public void restore(Editor editor, int version) {
        if (editor.isChanged()) {
            message(FacesMessage.SEVERITY_ERROR, "annual.restore.unsaved", title(editor.section));
            return;
        }
        try {
            AnnualTexts saved = service.restore(org, year, editor.section, version, editor.version);
            AnnualTexts.SectionText now = saved.section(editor.section);
            editor.text = now.text();
            editor.takeSaved(now);
            editor.history = service.history(org, year, editor.section);
            message(FacesMessage.SEVERITY_INFO, "annual.restored", title(editor.section), String.valueOf(version),
                    time(editor.savedAt));
        } catch (AnnualTextRefused refused) {
            refusedFor(refused, List.of(editor));
        } catch (EJBException failed) {
            failed(failed);
        }
    }

    /** Marks the year's texts final; not while a text on the page is unsaved (it would not be part of it). */
    public void markFinal() {
        if (editors.stream().anyMatch(Editor::isChanged)) {
            texts.error("annual.final.unsaved");
            return;
        }
        try {
            refresh(service.markFinal(org, year));
            message(FacesMessage.SEVERITY_INFO, "annual.final.done", String.valueOf(year));
        } catch (AnnualTextRefused refused) {
            refusedFor(refused, List.of());
            refresh(service.textsFor(org, year));
        }
    }

    /** Opens the year's texts for changes again. */
    public void reopen() {
        try {
            refresh(service.reopen(org, year));
            message(FacesMessage.SEVERITY_INFO, "annual.reopened", String.valueOf(year));
        } catch (AnnualTextRefused refused) {
            refusedFor(refused, List.of());
            refresh(service.textsFor(org, year));
        }
    }

    private void show(AnnualTexts view) {
        organisationName = view.organisationName();
        finalised = view.finalised();
        finalisedAt = view.finalisedAt();
        finalisedBy = view.finalisedBy();
        editors = new ArrayList<>(view.sections().stream().map(Editor::new).toList());
    }

    /**
     * After marking final or reopening: the year's state, and every section's saved text — except a text typed
     * here and not saved (after a refused save), which stays, still based on the version it was typed on.
     */
    private void refresh(AnnualTexts view) {
        finalised = view.finalised();
        finalisedAt = view.finalisedAt();
        finalisedBy = view.finalisedBy();
        for (Editor editor : editors) {
            if (!editor.isChanged()) {
                AnnualTexts.SectionText now = view.section(editor.section);
                editor.text = now.text();
                editor.takeSaved(now);
            }
        }
    }

    /** After a save: the saved sections take their new state; texts typed in other sections stay as typed. */
    private void takeSaved(AnnualTexts view, List<Editor> saved) {
        for (Editor editor : saved) {
            AnnualTexts.SectionText now = view.section(editor.section);
            editor.text = now.text();
            editor.takeSaved(now);
            if (editor.history != null) {
                editor.history = service.history(org, year, editor.section);
            }
        }
        finalised = view.finalised();
    }

    private void refusedFor(AnnualTextRefused refused, List<Editor> tried) {
        String title = refused.section() == null ? "" : title(refused.section());
        switch (refused.reason()) {
            case TOO_LONG -> {
                Editor editor = editorOf(refused.section(), tried);
                int length = AnnualReportText.normalised(editor.text).length();
                message(FacesMessage.SEVERITY_ERROR, "annual.refused.TOO_LONG", title,
                        String.valueOf(AnnualReportText.MAX_LENGTH), String.valueOf(length));
            }
            case CHANGED_ELSEWHERE -> {
                // Keep the typed text; show what was saved in between, and base the next save on it: saving again
                // keeps this text as the newest version, the other one stays in the history.
                Editor editor = editorOf(refused.section(), tried);
                AnnualTexts.SectionText now = service.textsFor(org, year).section(editor.section);
                editor.version = now.version();
                editor.savedText = now.text();
                editor.savedAt = now.savedAt();
                editor.savedBy = now.savedBy();
                editor.elsewhere = new TextVersion(now.version(), now.savedAt(), now.savedBy(), now.text(), null);
                message(FacesMessage.SEVERITY_ERROR, "annual.refused.CHANGED_ELSEWHERE", title, now.savedBy(), time(now.savedAt()));
            }
            case FINAL -> {
                finalised = true;
                message(FacesMessage.SEVERITY_ERROR, "annual.refused.FINAL", String.valueOf(year));
            }
            default -> message(FacesMessage.SEVERITY_ERROR, "annual.refused." + refused.reason().name(), String.valueOf(year));
        }
    }

    private void failed(EJBException failed) {
        if (failed instanceof EJBAccessException) {
            throw failed;
        }
        LOG.log(Level.WARNING, "Saving annual report texts failed", failed);
        texts.error("annual.failed");
    }

    private Editor editorOf(Section section, List<Editor> tried) {
        return tried.stream().filter(e -> e.section == section).findFirst()
                .orElseGet(() -> editors.stream().filter(e -> e.section == section).findFirst().orElseThrow());
    }

    private void message(FacesMessage.Severity severity, String key, Object... params) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, texts.message(key, params), null));
    }

    private String time(Instant at) {
        return at == null ? "" : DateTimeFormatter.ofPattern("HH:mm").withZone(DutchTime.ZONE).format(at);
    }

    public String title(Section section) {
        return section.title(language.getLocale());
    }

    public String guidance(Section section) {
        return section.guidance(language.getLocale());
    }

    /** "Concept opgeslagen om 14:05 op 3 december 2026 door Vera Vertrouwen (versie 2)", or that nothing is saved yet. */
    public String savedLine(Editor editor) {
        if (editor.version == 0) {
            return texts.message("annual.notSavedYet");
        }
        return texts.message("annual.savedLine", time(editor.savedAt), dates.date(editor.savedAt),
                editor.savedBy == null ? "" : editor.savedBy, String.valueOf(editor.version));
    }

    /** "14:05 op 3 december 2026 door Vera Vertrouwen · versie 2 (teruggezet: versie 1)". */
    public String versionLine(TextVersion version) {
        String line = texts.message("annual.versionLine", time(version.savedAt()), dates.date(version.savedAt()),
                version.savedBy() == null ? "" : version.savedBy(), String.valueOf(version.version()));
        return version.restoredFrom() == null ? line
                : line + " " + texts.message("annual.restoredFrom", String.valueOf(version.restoredFrom()));
    }

    /** This year and the years before it, newest first (and the chosen year, if older). */
    public List<Integer> getYears() {
        int now = DutchTime.today(clock).getYear();
        List<Integer> years = new ArrayList<>();
        for (int y = now; y >= now - YEARS_BACK; y--) {
            years.add(y);
        }
        if (year != null && !years.contains(year)) {
            years.add(year);
        }
        return years;
    }

    public int getMaxLength() {
        return AnnualReportText.MAX_LENGTH;
    }

    public List<Choice> getServed() {
        return served;
    }

    public List<Editor> getEditors() {
        return editors;
    }

    public boolean isFinalised() {
        return finalised;
    }

    public Instant getFinalisedAt() {
        return finalisedAt;
    }

    public String getFinalisedBy() {
        return finalisedBy;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public Long getOrg() {
        return org;
    }

    public void setOrg(Long org) {
        this.org = org;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }
}

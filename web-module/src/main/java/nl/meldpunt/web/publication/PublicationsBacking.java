package nl.meldpunt.web.publication;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.meldpunt.publication.Frequency;
import nl.meldpunt.publication.PublicationKind;
import nl.meldpunt.publication.PublicationService;
import nl.meldpunt.publication.PublicationView;
import nl.meldpunt.publication.RunStatus;
import nl.meldpunt.publication.ScheduleInvalid;
import nl.meldpunt.publication.ScheduleView;
import nl.meldpunt.shared.Period;
import nl.meldpunt.web.shared.Language;
import nl.meldpunt.web.shared.Texts;

/**
 * The reports of the own organisation (HR page and admin page): the runs, refreshed while one is being
 * made; a report made now for the last full period; and for the admin the schedules.
 */
@Named
@ViewScoped
public class PublicationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient PublicationService publications;

    @Inject
    private Texts texts;

    @Inject
    private Language language;

    private List<PublicationView> runs;
    private PublicationKind requestKind = PublicationKind.TREND;
    private Period.Length requestLength = Period.Length.QUARTER;
    private List<EditedSchedule> schedules;

    /** One schedule row on the admin page (kind and frequency fixed, the rest editable). */
    public static final class EditedSchedule implements Serializable {
        private static final long serialVersionUID = 1L;
        private final PublicationKind kind;
        private Frequency frequency;
        private int dayOfMonth;
        private boolean attachFiles;
        private boolean active;
        private List<String> recipients;

        EditedSchedule(PublicationKind kind, Frequency frequency, int dayOfMonth, boolean attachFiles, boolean active,
                       List<String> recipients) {
            this.kind = kind;
            this.frequency = frequency;
            this.dayOfMonth = dayOfMonth;
            this.attachFiles = attachFiles;
            this.active = active;
            this.recipients = new ArrayList<>(recipients);
        }

        public PublicationKind getKind() { return kind; }
        public Frequency getFrequency() { return frequency; }
        public void setFrequency(Frequency frequency) { this.frequency = frequency; }
        public int getDayOfMonth() { return dayOfMonth; }
        public void setDayOfMonth(int dayOfMonth) { this.dayOfMonth = dayOfMonth; }
        public boolean isAttachFiles() { return attachFiles; }
        public void setAttachFiles(boolean attachFiles) { this.attachFiles = attachFiles; }
        public boolean isActive() { return active; }
        public void setActive(boolean active) { this.active = active; }
        public List<String> getRecipients() { return recipients; }
        public void setRecipients(List<String> recipients) { this.recipients = new ArrayList<>(recipients); }
    }

    public List<PublicationView> getRuns() {
        if (runs == null) {
            runs = publications.runs();
        }
        return runs;
    }

    /** Whether a run is still being made: the page then refreshes the list every few seconds. */
    public boolean isBusy() {
        return getRuns().stream().anyMatch(r -> r.status() == RunStatus.QUEUED || r.status() == RunStatus.RUNNING
                || r.status() == RunStatus.FAILED);
    }

    public void refresh() {
        runs = null;
    }

    public void requestNow() {
        try {
            publications.requestNow(requestKind, requestLength);
        } catch (ScheduleInvalid invalid) {
            texts.error("publication.annualForAYear");
            return;
        }
        runs = null;
        texts.info("publication.requested");
    }

    public List<PublicationKind> getKinds() {
        return List.of(PublicationKind.REGISTER, PublicationKind.TREND, PublicationKind.ANNUAL);
    }

    public List<Period.Length> getLengths() {
        return List.of(Period.Length.MONTH, Period.Length.QUARTER, Period.Length.YEAR);
    }

    public List<Frequency> getFrequencies() {
        return List.of(Frequency.values());
    }

    public PublicationKind getRequestKind() { return requestKind; }
    public void setRequestKind(PublicationKind requestKind) { this.requestKind = requestKind; }
    public Period.Length getRequestLength() { return requestLength; }
    public void setRequestLength(Period.Length requestLength) { this.requestLength = requestLength; }

    /** The admin's schedules: the existing ones, and a quarterly one per kind not yet scheduled. */
    public List<EditedSchedule> getSchedules() {
        if (schedules == null) {
            schedules = new ArrayList<>();
            List<ScheduleView> existing = publications.schedules();
            for (PublicationKind kind : getKinds()) {
                existing.stream().filter(s -> s.kind() == kind).findFirst().ifPresentOrElse(
                        s -> schedules.add(new EditedSchedule(kind, s.frequency(), s.dayOfMonth(), s.attachFiles(), s.active(),
                                s.recipientIds().stream().map(String::valueOf).toList())),
                        () -> schedules.add(new EditedSchedule(kind, kind == PublicationKind.ANNUAL ? Frequency.YEARLY : Frequency.QUARTERLY,
                                1, false, false, List.of())));
            }
        }
        return schedules;
    }

    /** The organisation's HR staff (id as text, name), for the recipients. */
    public Map<String, String> getHrStaff() {
        Map<String, String> staff = new java.util.LinkedHashMap<>();
        publications.hrStaff().forEach((id, name) -> staff.put(name, String.valueOf(id)));
        return staff;
    }

    public void saveSchedules() {
        for (EditedSchedule s : getSchedules()) {
            if (s.getDayOfMonth() < 1 || s.getDayOfMonth() > Frequency.LAST_DAY) {
                texts.error("publication.schedules.badDay");
                return;
            }
        }
        for (EditedSchedule s : getSchedules()) {
            publications.saveSchedule(new ScheduleView(s.getKind(), s.getFrequency(), s.getDayOfMonth(), s.isAttachFiles(),
                    s.isActive(), Set.copyOf(s.getRecipients().stream().map(Long::valueOf).toList())));
        }
        schedules = null;
        texts.info("publication.schedules.saved");
    }

    /** "12,3 kB" and the like. */
    public String size(long bytes) {
        return bytes < 1024 ? bytes + " B" : String.format(language.getLocale(), "%.1f kB", bytes / 1024.0);
    }
}

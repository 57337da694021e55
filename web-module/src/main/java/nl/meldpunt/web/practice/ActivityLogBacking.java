package nl.meldpunt.web.practice;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.meldpunt.organisation.OrganisationService;
import nl.meldpunt.practice.ActivityKind;
import nl.meldpunt.practice.ActivityRefused;
import nl.meldpunt.practice.ActivityTopic;
import nl.meldpunt.practice.ActivityView;
import nl.meldpunt.practice.ActivityYear;
import nl.meldpunt.practice.Audience;
import nl.meldpunt.practice.PracticeActivity;
import nl.meldpunt.practice.PracticeActivityService;
import nl.meldpunt.shared.DutchTime;
import nl.meldpunt.web.shared.Dates;
import nl.meldpunt.web.shared.Texts;

/**
 * The confidant's activity log of one organisation for one year (issue 14, item 5): record an information
 * session, training, piece of advice or policy evaluation with fixed choices, a date and a count; change or remove
 * one; see the year's counts as the annual report prints them. A refused entry says why and stays in the form.
 * There is deliberately no field for free text: nothing on this page can name a person.
 */
@Named
@ViewScoped
public class ActivityLogBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many years back the year choice goes. */
    private static final int YEARS_BACK = 4;

    @Inject
    private PracticeActivityService service;

    @Inject
    private OrganisationService organisations;

    @Inject
    private Texts texts;

    @Inject
    private Dates dates;

    @Inject
    private Clock clock;

    private Long org;
    private Integer year;
    private List<Choice> served;
    private String organisationName;
    private List<ActivityView> activities;
    private ActivityYear counts;

    private ActivityKind kind;
    private LocalDate heldOn;
    private Audience audience;
    private Integer participants;
    private ActivityTopic topic;
    /** The activity being changed, or null while recording a new one. */
    private Long editingId;
    private long editingVersion;

    /** An organisation the confidant serves, for the choice. */
    public record Choice(long id, String name) implements Serializable {
    }

    /** Loads the page: the organisation asked for (the first one served when none), the year asked for or this year. */
    public void load() {
        served = organisations.assignedToMe().stream().map(o -> new Choice(o.id(), o.name())).toList();
        if (org == null && !served.isEmpty()) {
            org = served.get(0).id();
        }
        if (year == null || year < PracticeActivity.FIRST_YEAR || year > today().getYear()) {
            year = today().getYear();
        }
        if (org != null) {
            refresh();
            organisationName = served.stream().filter(c -> c.id() == org).map(Choice::name).findFirst().orElse(null);
        }
    }

    /** Shows the chosen organisation and year (as a page of its own, so that reloading shows it again). */
    public String choose() {
        return "/console/activities?faces-redirect=true&org=" + org + "&year=" + year;
    }

    /** Records the activity in the form, or saves the change to the one being changed. */
    public void save() {
        int count = participants == null ? 0 : participants;
        try {
            ActivityView saved = editingId == null
                    ? service.record(org, kind, heldOn, audience, count, topic)
                    : service.change(editingId, kind, heldOn, audience, count, topic, editingVersion);
            String key = editingId == null ? "activities.recorded" : "activities.changed";
            clearForm();
            if (saved.heldOn().getYear() != year) {
                year = saved.heldOn().getYear();
            }
            refresh();
            info(key, texts.message("activities.kind." + saved.kind()), dates.day(saved.heldOn()));
        } catch (ActivityRefused refused) {
            refusedFor(refused);
        }
    }

    /** Puts an activity into the form to change it. */
    public void edit(ActivityView activity) {
        editingId = activity.id();
        editingVersion = activity.version();
        kind = activity.kind();
        heldOn = activity.heldOn();
        audience = activity.audience();
        participants = activity.kind().isGathering() ? activity.participants() : null;
        topic = activity.topic();
    }

    /** Stops changing an activity; the form is empty again. */
    public void cancel() {
        clearForm();
    }

    /** Removes an activity recorded by mistake. */
    public void remove(ActivityView activity) {
        try {
            service.remove(activity.id());
            if (editingId != null && editingId == activity.id()) {
                clearForm();
            }
            refresh();
            info("activities.removed", texts.message("activities.kind." + activity.kind()), dates.day(activity.heldOn()));
        } catch (ActivityRefused refused) {
            refusedFor(refused);
        }
    }

    private void refusedFor(ActivityRefused refused) {
        String field = switch (refused.reason()) {
            case KIND_MISSING -> "activity:kind";
            case DATE_MISSING, DATE_IN_FUTURE, DATE_TOO_EARLY -> "activity:heldOn";
            case AUDIENCE_MISSING -> "activity:audience";
            case PARTICIPANTS_OUT_OF_RANGE -> "activity:participants";
            case TOPIC_MISSING -> "activity:topic";
            case CHANGED_ELSEWHERE, NOT_FOUND -> null;
        };
        String text = texts.message("activities.refused." + refused.reason().name(),
                String.valueOf(PracticeActivity.FIRST_YEAR), String.valueOf(PracticeActivity.MAX_PARTICIPANTS));
        FacesContext.getCurrentInstance().addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        if (field == null) {
            clearForm();
            refresh();
        }
    }

    private void refresh() {
        activities = service.activitiesOf(org, year);
        counts = service.countsFor(org, year);
    }

    private void clearForm() {
        editingId = null;
        editingVersion = 0;
        kind = null;
        heldOn = null;
        audience = null;
        participants = null;
        topic = null;
    }

    private void info(String key, Object... params) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                texts.message(key, params), null));
    }

    private LocalDate today() {
        return DutchTime.today(clock);
    }

    /** The latest day the date picker offers: today (an activity is recorded after it took place). */
    public LocalDate getToday() {
        return today();
    }

    /** This year and the years before it, newest first. */
    public List<Integer> getYears() {
        int now = today().getYear();
        List<Integer> years = new ArrayList<>();
        for (int y = now; y >= now - YEARS_BACK; y--) {
            years.add(y);
        }
        if (year != null && !years.contains(year)) {
            years.add(year);
        }
        return years;
    }

    public ActivityKind[] getKinds() {
        return ActivityKind.values();
    }

    public Audience[] getAudiences() {
        return Audience.values();
    }

    public ActivityTopic[] getTopics() {
        return ActivityTopic.values();
    }

    public int getMaxParticipants() {
        return PracticeActivity.MAX_PARTICIPANTS;
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public List<Choice> getServed() {
        return served;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public List<ActivityView> getActivities() {
        return activities;
    }

    public ActivityYear getCounts() {
        return counts;
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

    public ActivityKind getKind() {
        return kind;
    }

    public void setKind(ActivityKind kind) {
        this.kind = kind;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public Audience getAudience() {
        return audience;
    }

    public void setAudience(Audience audience) {
        this.audience = audience;
    }

    public Integer getParticipants() {
        return participants;
    }

    public void setParticipants(Integer participants) {
        this.participants = participants;
    }

    public ActivityTopic getTopic() {
        return topic;
    }

    public void setTopic(ActivityTopic topic) {
        this.topic = topic;
    }
}

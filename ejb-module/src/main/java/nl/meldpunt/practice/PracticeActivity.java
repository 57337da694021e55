package nl.meldpunt.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One activity of the confidant for an organisation: its kind, the day, and — for a session or training — the
 * audience and the number of participants, for advice and evaluations the topic. Fixed choices and counts only,
 * so that an activity can never name a person (issue 14, item 5). The rules of a valid activity live in
 * {@link #check}, for recording and changing alike.
 */
@Entity
@Table(name = "practice_activity")
public class PracticeActivity {

    /** The first year an activity can be dated in. */
    public static final int FIRST_YEAR = 2000;

    /** The most participants one session can have (a large organisation's plenary meeting). */
    public static final int MAX_PARTICIPANTS = 10000;

    @Id
    @SequenceGenerator(name = "practice_activity_seq", sequenceName = "practice_activity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "practice_activity_seq")
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActivityKind kind;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    private Audience audience;

    private Integer participants;

    @Enumerated(EnumType.STRING)
    private ActivityTopic topic;

    @Column(name = "recorded_by", nullable = false)
    private long recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected PracticeActivity() {
    }

    /** A checked activity; see {@link #check} for what is refused. */
    public PracticeActivity(long organisationId, ActivityKind kind, LocalDate heldOn, Audience audience, int participants,
                            ActivityTopic topic, long recordedBy, Instant recordedAt, LocalDate today) {
        this.organisationId = organisationId;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        set(kind, heldOn, audience, participants, topic, today);
    }

    /** Changes what was recorded (checked the same way); who recorded it and when stays the first recording. */
    void change(ActivityKind kind, LocalDate heldOn, Audience audience, int participants, ActivityTopic topic, LocalDate today) {
        set(kind, heldOn, audience, participants, topic, today);
    }

    private void set(ActivityKind kind, LocalDate heldOn, Audience audience, int participants, ActivityTopic topic, LocalDate today) {
        check(kind, heldOn, audience, participants, topic, today);
        this.kind = kind;
        this.heldOn = heldOn;
        // What does not belong to the kind is not kept: no stray audience on advice, no count on an evaluation.
        this.audience = kind.isGathering() ? audience : null;
        this.participants = kind.isGathering() ? participants : null;
        this.topic = topic;
    }

    /**
     * A valid activity: a kind; a date from {@link #FIRST_YEAR} up to today (an activity is recorded after it
     * took place); a session or training with its audience and 1 to {@link #MAX_PARTICIPANTS} participants;
     * advice and evaluations with their topic.
     */
    static void check(ActivityKind kind, LocalDate heldOn, Audience audience, int participants, ActivityTopic topic,
                      LocalDate today) {
        if (kind == null) {
            throw new ActivityRefused(ActivityRefused.Reason.KIND_MISSING);
        }
        if (heldOn == null) {
            throw new ActivityRefused(ActivityRefused.Reason.DATE_MISSING);
        }
        if (heldOn.isAfter(today)) {
            throw new ActivityRefused(ActivityRefused.Reason.DATE_IN_FUTURE);
        }
        if (heldOn.getYear() < FIRST_YEAR) {
            throw new ActivityRefused(ActivityRefused.Reason.DATE_TOO_EARLY);
        }
        if (kind.isGathering() && audience == null) {
            throw new ActivityRefused(ActivityRefused.Reason.AUDIENCE_MISSING);
        }
        if (kind.isGathering() && (participants < 1 || participants > MAX_PARTICIPANTS)) {
            throw new ActivityRefused(ActivityRefused.Reason.PARTICIPANTS_OUT_OF_RANGE);
        }
        if (kind.needsTopic() && topic == null) {
            throw new ActivityRefused(ActivityRefused.Reason.TOPIC_MISSING);
        }
    }

    public Long getId() {
        return id;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public ActivityKind getKind() {
        return kind;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public Audience getAudience() {
        return audience;
    }

    public Integer getParticipants() {
        return participants;
    }

    public ActivityTopic getTopic() {
        return topic;
    }

    public long getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public long getVersion() {
        return version;
    }
}

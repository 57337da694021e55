package nl.meldpunt.publication;

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
import nl.meldpunt.shared.Period;

/**
 * One report for one organisation and period: made by a batch job, stored as files, mailed to the
 * schedule's HR recipients. The job's progress and failures are kept here for the admin page.
 */
@Entity
@Table(name = "publication_run")
public class PublicationRun {

    /** Tries before a failing run is given up. */
    public static final int MAX_ATTEMPTS = 3;

    @Id
    @SequenceGenerator(name = "publication_seq", sequenceName = "publication_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "publication_seq")
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private PublicationKind kind;

    @Column(name = "period_from", nullable = false, updatable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false, updatable = false)
    private LocalDate periodTo;

    @Column(name = "schedule_id", updatable = false)
    private Long scheduleId;

    @Column(name = "requested_by", updatable = false)
    private Long requestedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RunStatus status = RunStatus.QUEUED;

    @Column(name = "job_execution_id")
    private Long jobExecutionId;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "items_done", nullable = false)
    private int itemsDone;

    @Column(name = "items_total", nullable = false)
    private int itemsTotal;

    @Column(name = "failure_reason")
    private String failureReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "heartbeat_at")
    private Instant heartbeatAt;

    @Version
    private long version;

    protected PublicationRun() {
    }

    PublicationRun(long organisationId, PublicationKind kind, Period period, Long scheduleId, Long requestedBy, Instant now) {
        this.organisationId = organisationId;
        this.kind = kind;
        this.periodFrom = period.from();
        this.periodTo = period.toExclusive();
        this.scheduleId = scheduleId;
        this.requestedBy = requestedBy;
        this.createdAt = now;
    }

    public Period period() {
        for (Period.Length length : Period.Length.values()) {
            Period candidate = Period.of(length, periodFrom);
            if (candidate.toExclusive().equals(periodTo)) {
                return candidate;
            }
        }
        throw new IllegalStateException("Run " + id + " has no calendar period");
    }

    public Long getId() {
        return id;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public PublicationKind getKind() {
        return kind;
    }

    public Long getScheduleId() {
        return scheduleId;
    }

    public Long getRequestedBy() {
        return requestedBy;
    }

    public RunStatus getStatus() {
        return status;
    }

    public Long getJobExecutionId() {
        return jobExecutionId;
    }

    public int getAttempts() {
        return attempts;
    }

    public int getItemsDone() {
        return itemsDone;
    }

    public int getItemsTotal() {
        return itemsTotal;
    }

    public String getFailureReason() {
        return failureReason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public Instant getHeartbeatAt() {
        return heartbeatAt;
    }

    void startedAs(long executionId, Instant now) {
        this.jobExecutionId = executionId;
        this.attempts++;
        this.status = RunStatus.RUNNING;
        this.failureReason = null;
        if (startedAt == null) {
            startedAt = now;
        }
        heartbeatAt = now;
    }

    void progress(int done, int total, Instant now) {
        this.itemsDone = done;
        this.itemsTotal = total;
        this.heartbeatAt = now;
    }

    void done(Instant now) {
        this.status = RunStatus.DONE;
        this.itemsDone = itemsTotal;
        this.finishedAt = now;
        this.heartbeatAt = now;
        this.failureReason = null;
    }

    /** The job could not even be started: counts as a try. */
    void notStarted(String reason, Instant now) {
        attempts++;
        failed(reason, now);
    }

    void failed(String reason, Instant now) {
        this.status = attempts >= MAX_ATTEMPTS ? RunStatus.GIVEN_UP : RunStatus.FAILED;
        this.failureReason = reason == null ? null : reason.substring(0, Math.min(reason.length(), 400));
        this.heartbeatAt = now;
        if (status == RunStatus.GIVEN_UP) {
            this.finishedAt = now;
        }
    }
}

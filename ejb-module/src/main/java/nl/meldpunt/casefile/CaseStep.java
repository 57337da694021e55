package nl.meldpunt.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One step the confidant took: when, who, a sealed note, and whether the reporter sees it. */
@Entity
@Table(name = "case_step")
public class CaseStep {

    @Id
    @SequenceGenerator(name = "case_step_seq", sequenceName = "case_step_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_step_seq")
    private Long id;

    @Column(name = "report_id", nullable = false, updatable = false)
    private long reportId;

    @Column(name = "step_key", nullable = false, updatable = false)
    private String stepKey;

    @Column(name = "happened_on", nullable = false, updatable = false)
    private LocalDate happenedOn;

    @Column(name = "staff_id", nullable = false, updatable = false)
    private long staffId;

    @Column(name = "sealed_note", updatable = false)
    private byte[] sealedNote;

    @Column(name = "visible_to_reporter", nullable = false, updatable = false)
    private boolean visibleToReporter;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected CaseStep() {
    }

    CaseStep(long reportId, String stepKey, LocalDate happenedOn, long staffId, byte[] sealedNote, boolean visibleToReporter,
             Instant recordedAt) {
        this.reportId = reportId;
        this.stepKey = stepKey;
        this.happenedOn = happenedOn;
        this.staffId = staffId;
        this.sealedNote = sealedNote == null ? null : sealedNote.clone();
        this.visibleToReporter = visibleToReporter;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public String getStepKey() {
        return stepKey;
    }

    public LocalDate getHappenedOn() {
        return happenedOn;
    }

    public long getStaffId() {
        return staffId;
    }

    public byte[] getSealedNote() {
        return sealedNote == null ? null : sealedNote.clone();
    }

    public boolean isVisibleToReporter() {
        return visibleToReporter;
    }
}

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

/** A peer consultation (intervisie) on a complex case; the note holds no identifying data and is sealed. */
@Entity
@Table(name = "peer_consultation")
public class PeerConsultation {

    @Id
    @SequenceGenerator(name = "peer_consultation_seq", sequenceName = "peer_consultation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "peer_consultation_seq")
    private Long id;

    @Column(name = "report_id", nullable = false, updatable = false)
    private long reportId;

    @Column(name = "consulted_on", nullable = false, updatable = false)
    private LocalDate consultedOn;

    @Column(name = "staff_id", nullable = false, updatable = false)
    private long staffId;

    @Column(name = "sealed_note", nullable = false, updatable = false)
    private byte[] sealedNote;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected PeerConsultation() {
    }

    PeerConsultation(long reportId, LocalDate consultedOn, long staffId, byte[] sealedNote, Instant recordedAt) {
        this.reportId = reportId;
        this.consultedOn = consultedOn;
        this.staffId = staffId;
        this.sealedNote = sealedNote.clone();
        this.recordedAt = recordedAt;
    }

    public LocalDate getConsultedOn() {
        return consultedOn;
    }

    byte[] getSealedNote() {
        return sealedNote == null ? null : sealedNote.clone();
    }
}

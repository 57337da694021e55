package nl.meldpunt.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.meldpunt.questionnaire.Question;

/** A message between reporter and confidant, or information added later; the body is sealed. */
@Entity
@Table(name = "report_message")
public class ReportMessage {

    /** The longest message or added information, the same as an answer's free text. */
    public static final int MAX_LENGTH = Question.MAX_TEXT_LENGTH;

    @Id
    @SequenceGenerator(name = "report_message_seq", sequenceName = "report_message_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_message_seq")
    private Long id;

    @Column(name = "report_id", nullable = false, updatable = false)
    private long reportId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private MessageKind kind;

    @Column(name = "author_staff_id", updatable = false)
    private Long authorStaffId;

    @Column(name = "sealed_body", nullable = false, updatable = false)
    private byte[] sealedBody;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    protected ReportMessage() {
    }

    public ReportMessage(long reportId, MessageKind kind, Long authorStaffId, byte[] sealedBody, Instant sentAt) {
        this.reportId = reportId;
        this.kind = kind;
        this.authorStaffId = authorStaffId;
        this.sealedBody = sealedBody.clone();
        this.sentAt = sentAt;
    }

    public Long getId() {
        return id;
    }

    public long getReportId() {
        return reportId;
    }

    public MessageKind getKind() {
        return kind;
    }

    public byte[] getSealedBody() {
        return sealedBody.clone();
    }

    public Instant getSentAt() {
        return sentAt;
    }
}

package nl.meldpunt.attachment;

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

/**
 * A file added to a report. The file name is free text and the content is case content: both are
 * sealed under the report's data key. Only the detected content type (never the browser's claim)
 * and the stored size are in the clear, for listing and for the per-report limits of
 * {@link AttachmentPolicy}. Attachments are never changed once added.
 */
@Entity
@Table(name = "report_attachment")
public class ReportAttachment {

    @Id
    @SequenceGenerator(name = "report_attachment_seq", sequenceName = "report_attachment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_attachment_seq")
    private Long id;

    @Column(name = "report_id", nullable = false, updatable = false)
    private long reportId;

    @Column(name = "sealed_name", nullable = false, updatable = false)
    private byte[] sealedName;

    @Column(name = "content_type", nullable = false, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(name = "sealed_content", nullable = false, updatable = false)
    private byte[] sealedContent;

    @Enumerated(EnumType.STRING)
    @Column(name = "added_by", nullable = false, updatable = false)
    private AddedBy addedBy;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    protected ReportAttachment() {
    }

    ReportAttachment(long reportId, byte[] sealedName, String contentType, long sizeBytes, byte[] sealedContent,
                     AddedBy addedBy, Instant addedAt) {
        this.reportId = reportId;
        this.sealedName = sealedName.clone();
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sealedContent = sealedContent;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    public Long getId() {
        return id;
    }

    public long getReportId() {
        return reportId;
    }

    byte[] getSealedName() {
        return sealedName.clone();
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    /** Not copied: up to 10 MB, and only ever passed to the cipher. */
    byte[] getSealedContent() {
        return sealedContent;
    }

    public AddedBy getAddedBy() {
        return addedBy;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}

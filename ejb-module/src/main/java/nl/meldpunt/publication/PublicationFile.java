package nl.meldpunt.publication;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A finished report file. Its content is loaded only when someone downloads it. */
@Entity
@Table(name = "publication_file")
public class PublicationFile {

    @Id
    @SequenceGenerator(name = "publication_seq", sequenceName = "publication_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "publication_seq")
    private Long id;

    @Column(name = "run_id", nullable = false, updatable = false)
    private long runId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private PublicationKind.Format format;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected PublicationFile() {
    }

    PublicationFile(long runId, PublicationKind.Format format, String fileName, byte[] content, Instant now) {
        this.runId = runId;
        this.format = format;
        this.fileName = fileName;
        this.contentType = format.contentType();
        this.content = content.clone();
        this.sizeBytes = content.length;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getRunId() {
        return runId;
    }

    public PublicationKind.Format getFormat() {
        return format;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

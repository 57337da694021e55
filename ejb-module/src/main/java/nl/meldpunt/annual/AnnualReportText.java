package nl.meldpunt.annual;

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
 * One saved version of one section of the annual report: never changed afterwards. A save adds the next
 * version; the highest version is the section's current text; restoring an older version adds it again as
 * the newest, so that the history only grows. An empty text is an empty section.
 */
@Entity
@Table(name = "annual_report_text")
public class AnnualReportText {

    /** The longest text of a section, in characters (line breaks count as one). */
    public static final int MAX_LENGTH = 8000;

    @Id
    @SequenceGenerator(name = "annual_report_text_seq", sequenceName = "annual_report_text_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "annual_report_text_seq")
    private Long id;

    @Column(name = "year_id", nullable = false, updatable = false)
    private long yearId;

    @Enumerated(EnumType.STRING)
    @Column(name = "section_key", nullable = false, updatable = false, length = 40)
    private Section section;

    @Column(name = "version_no", nullable = false, updatable = false)
    private int versionNo;

    @Column(nullable = false, updatable = false, length = MAX_LENGTH)
    private String body;

    @Column(name = "written_by", nullable = false, updatable = false)
    private long writtenBy;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    @Column(name = "restored_from", updatable = false)
    private Integer restoredFrom;

    protected AnnualReportText() {
    }

    AnnualReportText(long yearId, Section section, int versionNo, String body, long writtenBy, Instant writtenAt,
                     Integer restoredFrom) {
        this.yearId = yearId;
        this.section = section;
        this.versionNo = versionNo;
        this.body = body;
        this.writtenBy = writtenBy;
        this.writtenAt = writtenAt;
        this.restoredFrom = restoredFrom;
    }

    /**
     * A text as it is saved and compared: line breaks as one character (a browser sends CR LF), no blank lines
     * or spaces around it; null is the empty text. The page uses it too, to tell whether a text was changed.
     */
    public static String normalised(String text) {
        return text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    public Section getSection() {
        return section;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public String getBody() {
        return body;
    }

    public long getWrittenBy() {
        return writtenBy;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public Integer getRestoredFrom() {
        return restoredFrom;
    }
}

package nl.meldpunt.questionnaire;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The organisation admin's unpublished edit of the question set or the tip set (issue 13). A draft
 * changes nothing a reporter sees; publishing it stores a new {@link QuestionSetVersion} or
 * {@link TipSetVersion} and removes the draft. One draft per organisation and kind.
 */
@Entity
@Table(name = "questionnaire_draft")
@NamedQuery(name = "QuestionnaireDraft.of", query = """
        select d from QuestionnaireDraft d where d.organisationId = :organisationId and d.kind = :kind""")
public class QuestionnaireDraft {

    /** What a draft edits. */
    public enum Kind {
        QUESTIONS,
        TIPS
    }

    @Id
    @SequenceGenerator(name = "questionnaire_draft_seq", sequenceName = "questionnaire_draft_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "questionnaire_draft_seq")
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 10)
    private Kind kind;

    @Column(nullable = false, length = 200_000)
    private String content;

    @Column(name = "base_version", nullable = false)
    private int baseVersion;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private long updatedBy;

    @Version
    private int version;

    protected QuestionnaireDraft() {
    }

    QuestionnaireDraft(long organisationId, Kind kind, String content, int baseVersion, long by, Instant at) {
        this.organisationId = organisationId;
        this.kind = kind;
        edit(content, baseVersion, by, at);
    }

    void edit(String content, int baseVersion, long by, Instant at) {
        this.content = content;
        this.baseVersion = baseVersion;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public String getContent() {
        return content;
    }

    public int getBaseVersion() {
        return baseVersion;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}

package nl.meldpunt.questionnaire;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One stored version of an organisation's agreed question set. Versions are never changed: an
 * edit is a new version, so that every report keeps the questions it was answered with.
 */
@Entity
@Table(name = "question_set")
@NamedQuery(name = "QuestionSetVersion.current", query = """
        select q from QuestionSetVersion q where q.organisationId = :organisationId
        and q.version = (select max(q2.version) from QuestionSetVersion q2 where q2.organisationId = :organisationId)""")
public class QuestionSetVersion {

    @Id
    @SequenceGenerator(name = "question_set_seq", sequenceName = "question_set_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "question_set_seq")
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(nullable = false, updatable = false)
    private int version;

    @Column(nullable = false, updatable = false, length = 200_000)
    private String content;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected QuestionSetVersion() {
    }

    QuestionSetVersion(long organisationId, String content, Instant createdAt) {
        this.organisationId = organisationId;
        this.version = QuestionSetParser.version(content);
        QuestionSetParser.parse(0, content); // refuse a set that cannot be used
        this.content = content;
        this.createdAt = createdAt;
    }

    public QuestionSet questionSet() {
        return QuestionSetParser.parse(id, content);
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The stored JSON, for the editor's draft and for the configuration export. */
    public String getContent() {
        return content;
    }

    public long getOrganisationId() {
        return organisationId;
    }
}

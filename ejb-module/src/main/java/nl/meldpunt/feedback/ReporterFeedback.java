package nl.meldpunt.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One reporter's answers; only the organisation and the year, never the report. */
@Entity
@Table(name = "reporter_feedback")
public class ReporterFeedback {

    @Id
    @SequenceGenerator(name = "reporter_feedback_seq", sequenceName = "reporter_feedback_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reporter_feedback_seq")
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(name = "given_year", nullable = false, updatable = false)
    private int givenYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private FeedbackAnswers.Heard heard;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private FeedbackAnswers.Clarity clarity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private FeedbackAnswers.Recommend recommend;

    protected ReporterFeedback() {
    }

    ReporterFeedback(long organisationId, int givenYear, FeedbackAnswers answers) {
        this.organisationId = organisationId;
        this.givenYear = givenYear;
        this.heard = answers.heard();
        this.clarity = answers.clarity();
        this.recommend = answers.recommend();
    }
}

package nl.meldpunt.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** That a report has answered the survey: one answer per report, and nothing else about it. */
@Entity
@Table(name = "reporter_feedback_given")
public class FeedbackGiven {

    @Id
    @Column(name = "report_id")
    private Long reportId;

    protected FeedbackGiven() {
    }

    FeedbackGiven(long reportId) {
        this.reportId = reportId;
    }
}

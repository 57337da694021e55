package nl.meldpunt.intake;

import jakarta.ejb.ApplicationException;
import java.util.List;
import nl.meldpunt.questionnaire.AnswerProblem;

/** The answers cannot be accepted as they are; nothing was stored, the reporter's text stays in the form. */
@ApplicationException(rollback = true)
public class ReportRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<AnswerProblem> problems;

    public ReportRejected(List<AnswerProblem> problems) {
        super("Report not accepted: " + problems.size() + " answer(s) to correct");
        this.problems = List.copyOf(problems);
    }

    public List<AnswerProblem> problems() {
        return problems;
    }
}

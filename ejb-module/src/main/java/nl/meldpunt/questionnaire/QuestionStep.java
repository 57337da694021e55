package nl.meldpunt.questionnaire;

import java.io.Serializable;
import java.util.List;

/** One page of the wizard. */
public record QuestionStep(String key, LocalText title, LocalText intro, List<Question> questions) implements Serializable {

    public QuestionStep {
        questions = List.copyOf(questions);
    }
}

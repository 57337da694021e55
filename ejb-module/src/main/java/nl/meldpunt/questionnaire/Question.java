package nl.meldpunt.questionnaire;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/** One question of the agreed set. */
public record Question(String key, QuestionType type, boolean required, LocalText label, LocalText help,
                       RegistrationField registration, List<AnswerOption> options) implements Serializable {

    /** The longest free text accepted for one answer; longer stories go in several messages. */
    public static final int MAX_TEXT_LENGTH = 20_000;
    public static final int MAX_LINE_LENGTH = 500;

    public Question {
        options = options == null ? List.of() : List.copyOf(options);
    }

    public Optional<AnswerOption> option(String optionKey) {
        return options.stream().filter(o -> o.key().equals(optionKey)).findFirst();
    }
}

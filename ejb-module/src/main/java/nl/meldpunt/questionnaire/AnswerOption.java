package nl.meldpunt.questionnaire;

import java.io.Serializable;
import java.util.List;

/** One choice of a question; the category options carry their subcategories as children. */
public record AnswerOption(String key, LocalText label, LocalText help, List<AnswerOption> children) implements Serializable {

    public AnswerOption {
        children = children == null ? List.of() : List.copyOf(children);
    }
}

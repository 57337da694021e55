package nl.meldpunt.questionnaire;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The question set an organisation agreed with its confidant, in the version a report is answered
 * with. Always present (PRODUCT.md §3.2): category and subcategory, when and where, relation,
 * what happened, whether it is ongoing, and what the reporter needs.
 */
public record QuestionSet(long id, int version, List<QuestionStep> steps) implements Serializable {

    public QuestionSet {
        steps = List.copyOf(steps);
    }

    public Stream<Question> questions() {
        return steps.stream().flatMap(s -> s.questions().stream());
    }

    public Optional<Question> question(String key) {
        return questions().filter(q -> q.key().equals(key)).findFirst();
    }

    public Optional<Question> registering(RegistrationField field) {
        return questions().filter(q -> q.registration() == field).findFirst();
    }

    /** The subcategories of a category option, for the wizard's second choice. */
    public List<AnswerOption> subcategoriesOf(String categoryKey) {
        return registering(RegistrationField.CATEGORY)
                .flatMap(q -> q.option(categoryKey))
                .map(AnswerOption::children)
                .orElse(List.of());
    }
}

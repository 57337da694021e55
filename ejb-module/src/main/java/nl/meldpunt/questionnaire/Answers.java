package nl.meldpunt.questionnaire;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reporter's answers while filling in the wizard: one text or choice per question, a list for
 * multiple-choice questions. Checking never throws anything away: it only lists the problems.
 */
public final class Answers implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> single = new HashMap<>();
    private final Map<String, List<String>> multiple = new HashMap<>();

    /** Single answers by question key; the wizard binds its fields to this map. */
    public Map<String, String> getSingle() {
        return single;
    }

    /** Multiple-choice answers by question key; the wizard binds its fields to this map. */
    public Map<String, List<String>> getMultiple() {
        return multiple;
    }

    /** Lets go of every answer: once the report is sent, the page that showed the wizard keeps none of it. */
    public void forget() {
        single.clear();
        multiple.clear();
    }

    public String get(String key) {
        String value = single.get(key);
        return value == null || value.isBlank() ? null : value.strip();
    }

    public List<String> getAll(String key) {
        List<String> values = multiple.get(key);
        return values == null ? List.of() : List.copyOf(values);
    }

    /** The problems with the answers to one step, in question order. */
    public List<AnswerProblem> check(QuestionSet set, QuestionStep step) {
        List<AnswerProblem> problems = new ArrayList<>();
        for (Question question : step.questions()) {
            check(set, question, problems);
        }
        return problems;
    }

    /** The problems with all answers. */
    public List<AnswerProblem> check(QuestionSet set) {
        List<AnswerProblem> problems = new ArrayList<>();
        set.steps().forEach(step -> problems.addAll(check(set, step)));
        return problems;
    }

    private void check(QuestionSet set, Question question, List<AnswerProblem> problems) {
        String key = question.key();
        switch (question.type()) {
            case MULTI_CHOICE -> {
                List<String> chosen = getAll(key);
                if (question.required() && chosen.isEmpty()) {
                    problems.add(new AnswerProblem(key, AnswerProblem.REQUIRED));
                } else if (chosen.stream().anyMatch(c -> question.option(c).isEmpty())) {
                    problems.add(new AnswerProblem(key, AnswerProblem.UNKNOWN_OPTION));
                }
            }
            case SINGLE_CHOICE, YES_NO_UNKNOWN -> {
                String chosen = get(key);
                List<AnswerOption> allowed = question.registration() == RegistrationField.SUBCATEGORY
                        ? set.subcategoriesOf(categoryAnswer(set))
                        : question.options();
                if (question.registration() == RegistrationField.SUBCATEGORY && allowed.isEmpty()) {
                    return; // no category chosen yet: the category question reports that
                }
                if (chosen == null) {
                    if (question.required()) {
                        problems.add(new AnswerProblem(key, AnswerProblem.REQUIRED));
                    }
                } else if (allowed.stream().noneMatch(o -> o.key().equals(chosen))) {
                    problems.add(new AnswerProblem(key, AnswerProblem.UNKNOWN_OPTION));
                }
            }
            case TEXT, TEXTAREA -> {
                String text = get(key);
                int max = question.type() == QuestionType.TEXT ? Question.MAX_LINE_LENGTH : Question.MAX_TEXT_LENGTH;
                if (text == null && question.required()) {
                    problems.add(new AnswerProblem(key, AnswerProblem.REQUIRED));
                } else if (text != null && text.length() > max) {
                    problems.add(new AnswerProblem(key, AnswerProblem.TOO_LONG));
                }
            }
        }
    }

    private String categoryAnswer(QuestionSet set) {
        return set.registering(RegistrationField.CATEGORY).map(q -> get(q.key())).orElse(null);
    }

    /** The registration fields these answers fill. */
    public Registration registration(QuestionSet set) {
        return new Registration(
                registered(set, RegistrationField.CATEGORY),
                registered(set, RegistrationField.SUBCATEGORY),
                registered(set, RegistrationField.RELATION),
                registered(set, RegistrationField.ONGOING),
                set.registering(RegistrationField.NEEDS).map(q -> getAll(q.key())).orElse(List.of()));
    }

    private String registered(QuestionSet set, RegistrationField field) {
        return set.registering(field).map(q -> get(q.key())).orElse(null);
    }
}

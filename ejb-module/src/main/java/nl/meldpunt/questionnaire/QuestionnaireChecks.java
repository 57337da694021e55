package nl.meldpunt.questionnaire;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks a question set or tip set must pass before it is published (issue 13), each failure as a
 * message key with arguments, so that the admin reads in Dutch or English what to fix. The questions
 * PRODUCT.md §3.2 requires (kind of behaviour, relation, ongoing, needs) cannot be removed: the register,
 * the trend figures and the tips read their answers.
 */
final class QuestionnaireChecks {

    /** Keys are stored with answers and reports: short, lower case letters, digits and underscores. */
    static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,39}");
    /** Option keys (categories, needs ...) are stored in the clear in the register: upper case allowed. */
    static final Pattern OPTION_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,39}");
    static final Set<RegistrationField> REQUIRED = EnumSet.of(RegistrationField.CATEGORY, RegistrationField.RELATION,
            RegistrationField.ONGOING, RegistrationField.NEEDS);
    static final int MAX_TEXT = 2000;
    static final int MAX_TIP_DAY = 365;

    private QuestionnaireChecks() {
    }

    static List<QuestionnaireRefused.Problem> questions(EditableQuestionSet set) {
        List<QuestionnaireRefused.Problem> problems = new ArrayList<>();
        Set<String> stepKeys = new HashSet<>();
        Set<String> keys = new HashSet<>();
        Set<RegistrationField> registered = EnumSet.noneOf(RegistrationField.class);
        if (set.getSteps().isEmpty()) {
            problems.add(new QuestionnaireRefused.Problem("questionnaire.steps.none"));
        }
        int stepNumber = 0;
        for (EditableQuestionSet.Step step : set.getSteps()) {
            stepNumber++;
            String where = String.valueOf(stepNumber);
            if (step.getKey() == null || !KEY.matcher(step.getKey().strip()).matches()) {
                problems.add(new QuestionnaireRefused.Problem("questionnaire.step.key.invalid", where, String.valueOf(step.getKey())));
            } else if (!stepKeys.add(step.getKey().strip())) {
                problems.add(new QuestionnaireRefused.Problem("questionnaire.step.key.duplicate", where, step.getKey().strip()));
            }
            texts(problems, "questionnaire.step.title", step.getTitle(), where);
            if (step.getQuestions().isEmpty()) {
                problems.add(new QuestionnaireRefused.Problem("questionnaire.step.empty", where));
            }
            for (EditableQuestionSet.Question q : step.getQuestions()) {
                String key = q.getKey() == null ? "" : q.getKey().strip();
                if (!KEY.matcher(key).matches()) {
                    problems.add(new QuestionnaireRefused.Problem("questionnaire.question.key.invalid", where, key));
                } else if (!keys.add(key)) {
                    problems.add(new QuestionnaireRefused.Problem("questionnaire.question.key.duplicate", key));
                }
                texts(problems, "questionnaire.question.label", q.getLabel(), key);
                length(problems, q.getHelp(), key);
                if (q.getType() == null) {
                    problems.add(new QuestionnaireRefused.Problem("questionnaire.question.type.missing", key));
                    continue;
                }
                if (q.getRegistration() != null) {
                    if (!registered.add(q.getRegistration())) {
                        problems.add(new QuestionnaireRefused.Problem("questionnaire.question.registration.twice", key,
                                q.getRegistration().name()));
                    }
                    if (!q.getType().isChoice()) {
                        problems.add(new QuestionnaireRefused.Problem("questionnaire.question.registration.notChoice", key));
                    }
                }
                if ((q.getType() == QuestionType.SINGLE_CHOICE || q.getType() == QuestionType.MULTI_CHOICE) && q.getOptions().isEmpty()
                        && q.getRegistration() != RegistrationField.SUBCATEGORY) {
                    problems.add(new QuestionnaireRefused.Problem("questionnaire.question.options.none", key));
                }
                if (q.getType().isChoice()) {
                    options(problems, key, q.getOptions());
                }
            }
        }
        for (RegistrationField field : REQUIRED) {
            if (!registered.contains(field)) {
                problems.add(new QuestionnaireRefused.Problem("questionnaire.required.missing." + field.name()));
            }
        }
        return problems;
    }

    private static void options(List<QuestionnaireRefused.Problem> problems, String questionKey, List<EditableQuestionSet.Option> options) {
        Set<String> optionKeys = new HashSet<>();
        for (EditableQuestionSet.Option o : options) {
            String key = o.getKey() == null ? "" : o.getKey().strip();
            if (!OPTION_KEY.matcher(key).matches()) {
                problems.add(new QuestionnaireRefused.Problem("questionnaire.option.key.invalid", questionKey, key));
            } else if (!optionKeys.add(key)) {
                problems.add(new QuestionnaireRefused.Problem("questionnaire.option.key.duplicate", questionKey, key));
            }
            String where = questionKey + " / " + key;
            texts(problems, "questionnaire.option.label", o.getLabel(), where);
            length(problems, o.getHelp(), where);
            options(problems, questionKey, o.getChildren());
        }
    }

    static List<QuestionnaireRefused.Problem> tips(EditableTipSet set, Set<String> categories) {
        List<QuestionnaireRefused.Problem> problems = new ArrayList<>();
        texts(problems, "questionnaire.affirmation", set.getAffirmation(), "");
        Set<String> keys = new HashSet<>();
        for (EditableTipSet.Tip tip : set.getTips()) {
            String key = tip.getKey() == null ? "" : tip.getKey().strip();
            if (!KEY.matcher(key).matches()) {
                problems.add(new QuestionnaireRefused.Problem("questionnaire.tip.key.invalid", key));
            } else if (!keys.add(key)) {
                problems.add(new QuestionnaireRefused.Problem("questionnaire.tip.key.duplicate", key));
            }
            if (tip.getCategory() == null || !categories.contains(tip.getCategory())) {
                problems.add(new QuestionnaireRefused.Problem("questionnaire.tip.category.unknown", key, String.valueOf(tip.getCategory())));
            }
            if (tip.getAfterDays() < 0 || tip.getAfterDays() > MAX_TIP_DAY) {
                problems.add(new QuestionnaireRefused.Problem("questionnaire.tip.day.invalid", key, String.valueOf(MAX_TIP_DAY),
                        String.valueOf(tip.getAfterDays())));
            }
            texts(problems, "questionnaire.tip.title", tip.getTitle(), key);
            texts(problems, "questionnaire.tip.text", tip.getText(), key);
        }
        return problems;
    }

    private static void texts(List<QuestionnaireRefused.Problem> problems, String prefix, EditableQuestionSet.Text text, String where) {
        if (text.nlMissing()) {
            problems.add(new QuestionnaireRefused.Problem(prefix + ".nl.empty", where));
        }
        if (text.enMissing()) {
            problems.add(new QuestionnaireRefused.Problem(prefix + ".en.empty", where));
        }
        length(problems, text, where);
    }

    private static void length(List<QuestionnaireRefused.Problem> problems, EditableQuestionSet.Text text, String where) {
        if (text.getNl() != null && text.getNl().length() > MAX_TEXT || text.getEn() != null && text.getEn().length() > MAX_TEXT) {
            problems.add(new QuestionnaireRefused.Problem("questionnaire.text.tooLong", where, String.valueOf(MAX_TEXT)));
        }
    }
}

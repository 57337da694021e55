package nl.meldpunt.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The editors' model keeps a set as it was, and the checks before publishing say what is wrong. */
class QuestionnaireChecksTest {

    private static final String QUESTIONS = DefaultSets.resource(DefaultSets.QUESTION_SET);
    private static final String TIPS = DefaultSets.resource(DefaultSets.TIPS);

    @Test
    void theDefaultSetsPassAndSurviveTheEditorUnchanged() {
        EditableQuestionSet questions = EditableQuestionSet.fromJson(QUESTIONS);
        assertEquals(List.of(), QuestionnaireChecks.questions(questions));
        QuestionSet before = QuestionSetParser.parse(0, QUESTIONS);
        QuestionSet after = QuestionSetParser.parse(0, questions.toJson(1));
        assertEquals(before, after, "reading and writing changes nothing a reporter sees");

        EditableTipSet tips = EditableTipSet.fromJson(TIPS);
        java.util.Set<String> categories = new java.util.HashSet<>(List.of(TipSet.GENERAL));
        before.questions().flatMap(q -> q.options().stream()).forEach(o -> {
            categories.add(o.key());
            o.children().forEach(c -> categories.add(c.key()));
        });
        assertEquals(List.of(), QuestionnaireChecks.tips(tips, categories));
        assertEquals(TipSet.parse(0, TIPS), TipSet.parse(0, tips.toJson(1)));
    }

    @Test
    void eachBrokenRuleIsNamed() {
        EditableQuestionSet set = EditableQuestionSet.fromJson(QUESTIONS);
        EditableQuestionSet.Question added = new EditableQuestionSet.Question();
        added.setKey("location"); // already used in step 2
        added.setType(QuestionType.MULTI_CHOICE); // without choices
        added.getLabel().setNl("Waar?");
        set.getSteps().get(0).getQuestions().add(added);
        set.getSteps().get(5).getQuestions().removeIf(q -> q.getRegistration() == RegistrationField.NEEDS);
        List<String> keys = QuestionnaireChecks.questions(set).stream().map(p -> p.key() + " " + p.args()).toList();
        assertEquals(List.of("questionnaire.question.label.en.empty [location]", "questionnaire.question.options.none [location]",
                "questionnaire.question.key.duplicate [location]", "questionnaire.required.missing.NEEDS []"), keys);
    }

    @Test
    void theAuditDetailNamesKeysOnly() {
        assertEquals("question set version 1 → 2; questions added: c; removed: a; changed: b",
                QuestionnairePublishing.detail("question set version 1 → 2", "questions", Map.of("a", 1, "b", 2), Map.of("b", 3, "c", 4)));
        assertTrue(QuestionnairePublishing.detail("v", "questions", new java.util.LinkedHashMap<>(Map.of("a", 1)),
                new java.util.LinkedHashMap<>(Map.of("a", 1))).endsWith("changed: -"));
    }

    /**
     * Found with the fuzz tests (docs/fuzzing.md): a draft nested deeper than the parser takes (1000 levels) gave a plain
     * RuntimeException, an error page, instead of the refusal that says the set cannot be read.
     */
    @Test
    void aSetNestedTooDeeplyIsRefusedAsUnreadable() {
        String deep = "{\"steps\": " + "[".repeat(1001) + "]".repeat(1001) + "}";
        for (Runnable read : List.<Runnable>of(() -> QuestionnairePublishing.readQuestions(deep),
                () -> QuestionnairePublishing.readTips(deep))) {
            QuestionnaireRefused refused = org.junit.jupiter.api.Assertions.assertThrows(QuestionnaireRefused.class, read::run);
            assertEquals("questionnaire.malformed", refused.problems().get(0).key());
        }
    }

    /**
     * Found while writing QuestionnaireFuzzTest#questionSet's property (docs/fuzzing.md): the checks let the subcategory question
     * go without options of its own (the wizard offers the chosen category's children), but the reader of a
     * published set refused it, so publishing what the checks had passed failed as "cannot be read".
     */
    @Test
    void aSubcategoryQuestionWithoutOptionsOfItsOwnPassesTheChecksAndIsPublishable() {
        EditableQuestionSet set = EditableQuestionSet.fromJson(QUESTIONS);
        set.getSteps().forEach(s -> s.getQuestions().stream().filter(q -> q.getRegistration() == RegistrationField.SUBCATEGORY)
                .forEach(q -> q.getOptions().clear()));
        assertEquals(List.of(), QuestionnaireChecks.questions(set));
        String published = set.toJson(2);
        QuestionSet read = QuestionnairePublishing.usable(() -> QuestionSetParser.parse(0, published));
        assertEquals(List.of(), read.registering(RegistrationField.SUBCATEGORY).orElseThrow().options());
        assertTrue(read.subcategoriesOf("UNWANTED_BEHAVIOUR").size() > 0, "the wizard still offers the category's children");
        StoredSets.checkQuestionSet(published);
    }
}

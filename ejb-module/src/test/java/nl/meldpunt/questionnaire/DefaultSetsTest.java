package nl.meldpunt.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The shipped default question set and tips can be used, and answers are checked against them. */
class DefaultSetsTest {

    private final QuestionSet set = QuestionSetParser.parse(1, DefaultSets.resource(DefaultSets.QUESTION_SET));
    private final TipSet tips = TipSet.parse(1, DefaultSets.resource(DefaultSets.TIPS));

    @Test
    void theDefaultSetAsksWhatProductRequiresInDutchAndEnglish() {
        for (RegistrationField field : RegistrationField.values()) {
            assertTrue(set.registering(field).isPresent(), field.name());
        }
        assertTrue(set.question("what_happened").orElseThrow().type().isFreeText());
        set.questions().forEach(q -> {
            assertFalse(q.label().nl().isBlank(), q.key());
            assertFalse(q.label().en().isBlank(), q.key());
        });
        assertEquals(List.of("BULLYING", "SEXUAL_HARASSMENT", "AGGRESSION_VIOLENCE", "DISCRIMINATION", "OTHER_UNWANTED"),
                set.subcategoriesOf("UNWANTED_BEHAVIOUR").stream().map(AnswerOption::key).toList());
        assertEquals("Unwanted behaviour", set.question("category").orElseThrow().option("UNWANTED_BEHAVIOUR")
                .orElseThrow().label().in(Locale.ENGLISH));
    }

    @Test
    void answersAreCheckedPerStepWithoutLosingAnything() {
        Answers answers = new Answers();
        QuestionStep first = set.steps().get(0);
        assertEquals(List.of(new AnswerProblem("category", AnswerProblem.REQUIRED)), answers.check(set, first));

        answers.getSingle().put("category", "INTEGRITY");
        answers.getSingle().put("subcategory", "BULLYING");
        assertEquals(List.of(new AnswerProblem("subcategory", AnswerProblem.UNKNOWN_OPTION)), answers.check(set, first),
                "a subcategory must belong to the chosen category");
        answers.getSingle().put("subcategory", "FRAUD");
        assertEquals(List.of(), answers.check(set, first));

        answers.getSingle().put("what_happened", "x".repeat(Question.MAX_TEXT_LENGTH + 1));
        assertTrue(answers.check(set).contains(new AnswerProblem("what_happened", AnswerProblem.TOO_LONG)));
        assertEquals(Question.MAX_TEXT_LENGTH + 1, answers.get("what_happened").length(), "the text is kept");
    }

    @Test
    void aCompleteReportFillsTheRegistrationFields() {
        Answers answers = new Answers();
        answers.getSingle().put("category", "UNWANTED_BEHAVIOUR");
        answers.getSingle().put("subcategory", "BULLYING");
        answers.getSingle().put("period", "sinds maart");
        answers.getSingle().put("ongoing", "YES");
        answers.getSingle().put("relation", "MANAGER");
        answers.getSingle().put("what_happened", "Mijn leidinggevende ...");
        answers.getMultiple().put("needs", List.of("ADVICE", "MEDIATION"));
        assertEquals(List.of(), answers.check(set));
        assertEquals(new Registration("UNWANTED_BEHAVIOUR", "BULLYING", "MANAGER", "YES", List.of("ADVICE", "MEDIATION")),
                answers.registration(set));
    }

    @Test
    void tipsAreTheGeneralOnesPlusThoseOfTheCategoryAndSubcategory() {
        List<Tip> bullying = tips.tipsFor("UNWANTED_BEHAVIOUR", "BULLYING");
        assertTrue(bullying.size() > tips.tipsFor(null, null).size());
        assertTrue(bullying.containsAll(tips.byCategory().get("BULLYING")));
        assertFalse(tips.affirmation().in(Locale.forLanguageTag("nl")).isBlank());
    }

    @Test
    void aSetWithoutTheRequiredQuestionsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> QuestionSetParser.parse(1, """
                {"version": 2, "steps": [{"key": "s", "title": {"nl": "S"}, "questions": [
                  {"key": "what", "type": "TEXTAREA", "required": true, "label": {"nl": "Wat?"}}]}]}"""));
    }

    @Test
    void laterTipsAppearOnTheirDayOfTheScheduleAndEachHasANextDay() {
        List<String> atOnce = tips.tipsFor("UNWANTED_BEHAVIOUR", "BULLYING", 0).stream().map(Tip::key).toList();
        assertTrue(atOnce.contains("general_diary"));
        assertFalse(atOnce.contains("general_talk"), "scheduled for day 3");
        assertTrue(tips.tipsFor("UNWANTED_BEHAVIOUR", "BULLYING", 3).stream().anyMatch(t -> t.key().equals("general_talk")));
        assertEquals(tips.tipsFor("UNWANTED_BEHAVIOUR", "BULLYING").size(), tips.tipsFor("UNWANTED_BEHAVIOUR", "BULLYING", 365).size());

        assertEquals(java.util.OptionalInt.of(3), tips.nextTipDay("UNWANTED_BEHAVIOUR", "BULLYING", 0));
        assertEquals(java.util.OptionalInt.of(7), tips.nextTipDay("UNWANTED_BEHAVIOUR", "BULLYING", 3));
        assertEquals(java.util.OptionalInt.of(14), tips.nextTipDay("UNWANTED_BEHAVIOUR", "BULLYING", 7));
        assertEquals(java.util.OptionalInt.empty(), tips.nextTipDay("UNWANTED_BEHAVIOUR", "BULLYING", 14));
    }
}

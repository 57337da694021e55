package nl.meldpunt.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Fuzz tests of the question-set and tip-set JSON (docs/fuzzing.md), as the editors, the publishing and the
 * configuration import read it: only the documented refusals come out ({@link QuestionnaireRefused} from the
 * editors' read, {@link IllegalArgumentException} from {@link StoredSets}), and a set that passes the publishing
 * checks is written in a form that parses and reads back unchanged. A normal build replays
 * {@code QuestionnaireFuzzTestInputs/<method>/}; {@code JAZZER_FUZZ=1} fuzzes.
 */
class QuestionnaireFuzzTest {

    private static final Set<String> TIP_CATEGORIES = tipCategories();

    @FuzzTest(maxDuration = "60s")
    void questionSet(byte[] bytes) {
        String json = new String(bytes, StandardCharsets.UTF_8);
        try {
            StoredSets.checkQuestionSet(json);
        } catch (IllegalArgumentException refused) {
            // the configuration import's refusal
        }
        EditableQuestionSet edited;
        try {
            edited = QuestionnairePublishing.readQuestions(json);
        } catch (QuestionnaireRefused refused) {
            assertFalse(refused.problems().isEmpty());
            return;
        }
        List<QuestionnaireRefused.Problem> problems = QuestionnaireChecks.questions(edited);
        String stored = edited.toJson(2);
        EditableQuestionSet back = QuestionnairePublishing.readQuestions(stored);
        assertEquals(stored, back.toJson(2), "a saved draft reads back unchanged");
        if (problems.isEmpty()) {
            QuestionSet published = QuestionnairePublishing.usable(() -> QuestionSetParser.parse(7, stored));
            assertEquals(2, published.version());
            StoredSets.checkQuestionSet(stored);
        }
    }

    @FuzzTest(maxDuration = "60s")
    void tipSet(byte[] bytes) {
        String json = new String(bytes, StandardCharsets.UTF_8);
        try {
            StoredSets.checkTips(json);
        } catch (IllegalArgumentException refused) {
            // the configuration import's refusal
        }
        EditableTipSet edited;
        try {
            edited = QuestionnairePublishing.readTips(json);
        } catch (QuestionnaireRefused refused) {
            assertFalse(refused.problems().isEmpty());
            return;
        }
        List<QuestionnaireRefused.Problem> problems = QuestionnaireChecks.tips(edited, TIP_CATEGORIES);
        String stored = edited.toJson(2);
        EditableTipSet back = QuestionnairePublishing.readTips(stored);
        assertEquals(stored, back.toJson(2), "a saved draft reads back unchanged");
        if (problems.isEmpty()) {
            TipSet published = QuestionnairePublishing.usable(() -> TipSet.parse(7, stored));
            assertNotNull(published.tipsFor(null, null));
            StoredSets.checkTips(stored);
        }
    }

    /** As {@link QuestionnairePublishing#tipCategories} gives them for the default question set. */
    private static Set<String> tipCategories() {
        Set<String> categories = new HashSet<>();
        categories.add(TipSet.GENERAL);
        QuestionSet questions = QuestionSetParser.parse(0, StoredSets.defaultQuestionSetJson());
        for (RegistrationField field : List.of(RegistrationField.CATEGORY, RegistrationField.SUBCATEGORY)) {
            questions.registering(field).ifPresent(q -> q.options().forEach(o -> {
                categories.add(o.key());
                o.children().forEach(c -> categories.add(c.key()));
            }));
        }
        return categories;
    }
}

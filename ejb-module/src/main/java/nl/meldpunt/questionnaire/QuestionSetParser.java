package nl.meldpunt.questionnaire;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a question set or tip set from its stored JSON form (the format of
 * {@code nl/meldpunt/questionnaire/defaults/question-set.json}) and checks that it can be used: unique
 * keys, known types, options for choice questions, and the questions PRODUCT.md §3.2 requires.
 */
final class QuestionSetParser {

    private QuestionSetParser() {
    }

    static QuestionSet parse(long id, String json) {
        JsonObject root = read(json);
        List<QuestionStep> steps = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (JsonValue stepValue : root.getJsonArray("steps")) {
            JsonObject step = stepValue.asJsonObject();
            List<Question> questions = new ArrayList<>();
            for (JsonValue questionValue : step.getJsonArray("questions")) {
                Question question = question(questionValue.asJsonObject());
                if (!keys.add(question.key())) {
                    throw new IllegalArgumentException("Question key used twice: " + question.key());
                }
                questions.add(question);
            }
            steps.add(new QuestionStep(step.getString("key"), text(step, "title"), text(step, "intro"), questions));
        }
        QuestionSet set = new QuestionSet(id, root.getInt("version"), steps);
        for (RegistrationField required : List.of(RegistrationField.CATEGORY, RegistrationField.RELATION,
                RegistrationField.ONGOING, RegistrationField.NEEDS)) {
            if (set.registering(required).isEmpty()) {
                throw new IllegalArgumentException("A question set must ask for " + required);
            }
        }
        return set;
    }

    static int version(String json) {
        return read(json).getInt("version");
    }

    static JsonObject read(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    static LocalText text(JsonObject parent, String name) {
        JsonObject text = parent.getJsonObject(name);
        if (text == null) {
            return LocalText.EMPTY;
        }
        return new LocalText(text.getString("nl", ""), text.getString("en", ""));
    }

    private static Question question(JsonObject q) {
        QuestionType type = QuestionType.valueOf(q.getString("type"));
        List<AnswerOption> options = options(q.getJsonArray("options"));
        if (type == QuestionType.YES_NO_UNKNOWN && options.isEmpty()) {
            options = List.of(
                    new AnswerOption("YES", new LocalText("Ja", "Yes"), LocalText.EMPTY, null),
                    new AnswerOption("NO", new LocalText("Nee", "No"), LocalText.EMPTY, null),
                    new AnswerOption("UNKNOWN", new LocalText("Weet ik niet", "I don't know"), LocalText.EMPTY, null));
        }
        String registration = q.getString("registration", null);
        RegistrationField field = registration == null ? null : RegistrationField.valueOf(registration);
        // The subcategory question offers the chosen category's children (QuestionSet#subcategoriesOf), so it may have
        // no options of its own, as the publishing checks allow (QuestionnaireChecks).
        if (type.isChoice() && options.isEmpty() && field != RegistrationField.SUBCATEGORY) {
            throw new IllegalArgumentException("Choice question without options: " + q.getString("key"));
        }
        return new Question(q.getString("key"), type, q.getBoolean("required", false), text(q, "label"), text(q, "help"),
                field, options);
    }

    private static List<AnswerOption> options(JsonArray array) {
        List<AnswerOption> options = new ArrayList<>();
        if (array != null) {
            for (JsonValue value : array) {
                JsonObject o = value.asJsonObject();
                options.add(new AnswerOption(o.getString("key"), text(o, "label"), text(o, "help"), options(o.getJsonArray("children"))));
            }
        }
        return options;
    }
}

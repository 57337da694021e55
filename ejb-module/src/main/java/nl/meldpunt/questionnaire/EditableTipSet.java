package nl.meldpunt.questionnaire;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tip set as the organisation admin edits it (issue 13): the affirmation and one flat list of tips, each
 * with its kind of behaviour ({@link TipSet#GENERAL} or a category or subcategory key) and the day after the
 * report on which it appears. Written back grouped per kind, in the order of first appearance.
 */
public class EditableTipSet implements Serializable {

    private static final long serialVersionUID = 1L;

    private EditableQuestionSet.Text affirmation = new EditableQuestionSet.Text();
    private List<Tip> tips = new ArrayList<>();

    public static EditableTipSet fromJson(String json) {
        JsonObject root = QuestionSetParser.read(json);
        EditableTipSet set = new EditableTipSet();
        set.affirmation = EditableQuestionSet.Text.of(root, "affirmation");
        JsonObject categories = root.getJsonObject("byCategory");
        for (String category : categories.keySet()) {
            for (JsonValue value : categories.getJsonArray(category)) {
                JsonObject t = value.asJsonObject();
                Tip tip = new Tip();
                tip.category = category;
                tip.key = t.getString("key", "");
                tip.title = EditableQuestionSet.Text.of(t, "title");
                tip.text = EditableQuestionSet.Text.of(t, "text");
                tip.afterDays = t.getInt("afterDays", 0);
                set.tips.add(tip);
            }
        }
        return set;
    }

    public String toJson(int version) {
        Map<String, JsonArrayBuilder> byCategory = new LinkedHashMap<>();
        for (Tip tip : tips) {
            JsonObjectBuilder t = Json.createObjectBuilder().add("key", tip.key == null ? "" : tip.key.strip());
            if (tip.afterDays != 0) {
                t.add("afterDays", tip.afterDays);
            }
            t.add("title", tip.title.json()).add("text", tip.text.json());
            byCategory.computeIfAbsent(tip.category == null ? "" : tip.category, c -> Json.createArrayBuilder()).add(t);
        }
        JsonObjectBuilder categories = Json.createObjectBuilder();
        byCategory.forEach(categories::add);
        return Json.createObjectBuilder().add("version", version).add("affirmation", affirmation.json())
                .add("byCategory", categories).build().toString();
    }

    public EditableQuestionSet.Text getAffirmation() {
        return affirmation;
    }

    public List<Tip> getTips() {
        return tips;
    }

    /** One tip. */
    public static class Tip implements Serializable {

        private static final long serialVersionUID = 1L;

        private String category = TipSet.GENERAL;
        private String key = "";
        private EditableQuestionSet.Text title = new EditableQuestionSet.Text();
        private EditableQuestionSet.Text text = new EditableQuestionSet.Text();
        private int afterDays;

        public String getCategory() {
            return category;
        }

        public void setCategory(String category) {
            this.category = category;
        }

        public String getKey() {
            return key;
        }

        public void setKey(String key) {
            this.key = key;
        }

        public EditableQuestionSet.Text getTitle() {
            return title;
        }

        public EditableQuestionSet.Text getText() {
            return text;
        }

        public int getAfterDays() {
            return afterDays;
        }

        public void setAfterDays(int afterDays) {
            this.afterDays = afterDays;
        }
    }
}

package nl.meldpunt.questionnaire;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A question set as the organisation admin edits it (issue 13): plain changeable objects, read from and
 * written to the stored JSON form. Nothing here checks the set; {@link QuestionnaireChecks} does that
 * before a draft is published. Option children (the subcategories of a category) are kept as they are.
 */
public class EditableQuestionSet implements Serializable {

    private static final long serialVersionUID = 1L;

    private List<Step> steps = new ArrayList<>();

    public static EditableQuestionSet fromJson(String json) {
        JsonObject root = QuestionSetParser.read(json);
        EditableQuestionSet set = new EditableQuestionSet();
        for (JsonValue stepValue : root.getJsonArray("steps")) {
            JsonObject s = stepValue.asJsonObject();
            Step step = new Step();
            step.key = s.getString("key", "");
            step.title = Text.of(s, "title");
            step.intro = Text.of(s, "intro");
            for (JsonValue questionValue : s.getJsonArray("questions")) {
                JsonObject q = questionValue.asJsonObject();
                Question question = new Question();
                question.key = q.getString("key", "");
                question.type = QuestionType.valueOf(q.getString("type"));
                question.required = q.getBoolean("required", false);
                question.label = Text.of(q, "label");
                question.help = Text.of(q, "help");
                String registration = q.getString("registration", null);
                question.registration = registration == null ? null : RegistrationField.valueOf(registration);
                question.options = options(q.getJsonArray("options"));
                step.questions.add(question);
            }
            set.steps.add(step);
        }
        return set;
    }

    private static List<Option> options(JsonArray array) {
        List<Option> options = new ArrayList<>();
        if (array != null) {
            for (JsonValue value : array) {
                JsonObject o = value.asJsonObject();
                Option option = new Option();
                option.key = o.getString("key", "");
                option.label = Text.of(o, "label");
                option.help = Text.of(o, "help");
                option.children = options(o.getJsonArray("children"));
                options.add(option);
            }
        }
        return options;
    }

    /** The stored JSON form with the given version number. */
    public String toJson(int version) {
        JsonArrayBuilder stepArray = Json.createArrayBuilder();
        for (Step step : steps) {
            JsonArrayBuilder questionArray = Json.createArrayBuilder();
            for (Question q : step.questions) {
                JsonObjectBuilder question = Json.createObjectBuilder()
                        .add("key", q.key == null ? "" : q.key.strip())
                        .add("type", q.type == null ? QuestionType.TEXT.name() : q.type.name())
                        .add("required", q.required)
                        .add("label", q.label.json());
                if (!q.help.isBlank()) {
                    question.add("help", q.help.json());
                }
                if (q.registration != null) {
                    question.add("registration", q.registration.name());
                }
                if (q.type != null && q.type.isChoice() && !q.options.isEmpty()) {
                    question.add("options", optionsJson(q.options));
                }
                questionArray.add(question);
            }
            stepArray.add(Json.createObjectBuilder()
                    .add("key", step.key == null ? "" : step.key.strip())
                    .add("title", step.title.json())
                    .add("intro", step.intro.json())
                    .add("questions", questionArray));
        }
        return Json.createObjectBuilder().add("version", version).add("steps", stepArray).build().toString();
    }

    private static JsonArrayBuilder optionsJson(List<Option> options) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Option o : options) {
            JsonObjectBuilder option = Json.createObjectBuilder().add("key", o.key == null ? "" : o.key.strip()).add("label", o.label.json());
            if (!o.help.isBlank()) {
                option.add("help", o.help.json());
            }
            if (!o.children.isEmpty()) {
                option.add("children", optionsJson(o.children));
            }
            array.add(option);
        }
        return array;
    }

    public List<Step> getSteps() {
        return steps;
    }

    /** A text in Dutch and English. */
    public static class Text implements Serializable {

        private static final long serialVersionUID = 1L;

        private String nl = "";
        private String en = "";

        static Text of(JsonObject parent, String name) {
            Text text = new Text();
            JsonObject o = parent.getJsonObject(name);
            if (o != null) {
                text.nl = o.getString("nl", "");
                text.en = o.getString("en", "");
            }
            return text;
        }

        public static Text of(String nl, String en) {
            Text text = new Text();
            text.nl = nl;
            text.en = en;
            return text;
        }

        JsonObject json() {
            return Json.createObjectBuilder().add("nl", nl == null ? "" : nl.strip()).add("en", en == null ? "" : en.strip()).build();
        }

        boolean isBlank() {
            return (nl == null || nl.isBlank()) && (en == null || en.isBlank());
        }

        boolean nlMissing() {
            return nl == null || nl.isBlank();
        }

        boolean enMissing() {
            return en == null || en.isBlank();
        }

        public String getNl() {
            return nl;
        }

        public void setNl(String nl) {
            this.nl = nl;
        }

        public String getEn() {
            return en;
        }

        public void setEn(String en) {
            this.en = en;
        }
    }

    /** One page of the wizard. */
    public static class Step implements Serializable {

        private static final long serialVersionUID = 1L;

        private String key = "";
        private Text title = new Text();
        private Text intro = new Text();
        private List<Question> questions = new ArrayList<>();

        public String getKey() {
            return key;
        }

        public void setKey(String key) {
            this.key = key;
        }

        public Text getTitle() {
            return title;
        }

        public Text getIntro() {
            return intro;
        }

        public List<Question> getQuestions() {
            return questions;
        }
    }

    /** One question. */
    public static class Question implements Serializable {

        private static final long serialVersionUID = 1L;

        private String key = "";
        private QuestionType type = QuestionType.TEXT;
        private boolean required;
        private Text label = new Text();
        private Text help = new Text();
        private RegistrationField registration;
        private List<Option> options = new ArrayList<>();

        public String getKey() {
            return key;
        }

        public void setKey(String key) {
            this.key = key;
        }

        public QuestionType getType() {
            return type;
        }

        public void setType(QuestionType type) {
            this.type = type;
        }

        public boolean isRequired() {
            return required;
        }

        public void setRequired(boolean required) {
            this.required = required;
        }

        public Text getLabel() {
            return label;
        }

        public Text getHelp() {
            return help;
        }

        /** Which registration field the answer fills (then the question cannot be removed), or null. */
        public RegistrationField getRegistration() {
            return registration;
        }

        public List<Option> getOptions() {
            return options;
        }
    }

    /** One choice of a question. */
    public static class Option implements Serializable {

        private static final long serialVersionUID = 1L;

        private String key = "";
        private Text label = new Text();
        private Text help = new Text();
        private List<Option> children = new ArrayList<>();

        public String getKey() {
            return key;
        }

        public void setKey(String key) {
            this.key = key;
        }

        public Text getLabel() {
            return label;
        }

        public Text getHelp() {
            return help;
        }

        public List<Option> getChildren() {
            return children;
        }
    }
}

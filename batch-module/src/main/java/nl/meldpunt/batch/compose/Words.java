package nl.meldpunt.batch.compose;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import nl.meldpunt.disclosure.CountTable;
import nl.meldpunt.questionnaire.AnswerOption;
import nl.meldpunt.questionnaire.DefaultSets;
import nl.meldpunt.questionnaire.QuestionSet;

/** The reports' words in the reader's language: fixed texts, enum names and option keys. */
final class Words {

    private static final QuestionSet QUESTIONS = DefaultSets.defaultQuestionSet();

    private final Locale locale;
    private final ResourceBundle texts;

    Words(String language) {
        this.locale = "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("nl");
        // No fallback to the JVM's own locale: Dutch is the base bundle, whatever the server runs in.
        this.texts = ResourceBundle.getBundle("nl.meldpunt.batch.compose.ReportTexts", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    Locale locale() {
        return locale;
    }

    String text(String key, Object... arguments) {
        return arguments.length == 0 ? texts.getString(key) : new MessageFormat(texts.getString(key), locale).format(arguments);
    }

    /** A category, relation or other answer option in words. */
    String option(String key) {
        if (key == null || key.isEmpty()) {
            return text("unknown");
        }
        return QUESTIONS.questions()
                .flatMap(q -> q.options().stream().flatMap(o -> Stream.concat(Stream.of(o), o.children().stream())))
                .filter(o -> o.key().equals(key))
                .findFirst()
                .map(AnswerOption::label)
                .map(label -> label.in(locale))
                .orElse(key);
    }

    /** A department: "" is "not registered", {@link CountTable#OTHER} the merged small ones. */
    String department(String department) {
        if (CountTable.OTHER.equals(department)) {
            return text("department.other");
        }
        return department == null || department.isEmpty() ? text("department.unknown") : department;
    }

    /** An enum value's words ("track.PERSONAL_INTEGRITY"); the name itself when there are none. */
    String value(String prefix, String name) {
        if (name == null) {
            return text("unknown");
        }
        try {
            return texts.getString(prefix + "." + name);
        } catch (MissingResourceException e) {
            return name;
        }
    }
}

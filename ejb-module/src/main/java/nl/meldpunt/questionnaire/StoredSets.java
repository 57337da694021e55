package nl.meldpunt.questionnaire;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Question and tip sets in their stored JSON form, outside any organisation: whether a set can be used, and
 * the default sets. For the configuration file, which checks everything before an import changes anything.
 */
public final class StoredSets {

    private StoredSets() {
    }

    /** Refuses (IllegalArgumentException, saying why) a question set that cannot be used. */
    public static void checkQuestionSet(String json) {
        try {
            QuestionSetParser.parse(0, withVersion(json, 1));
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Not a question set: " + e.getMessage(), e);
        }
    }

    /** Refuses (IllegalArgumentException, saying why) a tip set that cannot be used. */
    public static void checkTips(String json) {
        try {
            TipSet.parse(0, withVersion(json, 1));
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Not a tip set: " + e.getMessage(), e);
        }
    }

    /** The default sets' content, for an organisation that has never stored one. */
    public static String defaultQuestionSetJson() {
        return DefaultSets.resource(DefaultSets.QUESTION_SET);
    }

    public static String defaultTipsJson() {
        return DefaultSets.resource(DefaultSets.TIPS);
    }

    private static String withVersion(String json, int version) {
        JsonObject root = QuestionSetParser.read(json);
        return Json.createObjectBuilder(root).add("version", version).build().toString();
    }
}

package nl.meldpunt.questionnaire;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The organisation's tips, per category and subcategory, with the affirmation that reporting was
 * the right step (PRODUCT.md §3.2). A reporter gets the general tips plus those of the chosen
 * category and subcategory.
 */
public record TipSet(long id, int version, LocalText affirmation, Map<String, List<Tip>> byCategory) implements Serializable {

    public static final String GENERAL = "GENERAL";

    public TipSet {
        byCategory = Map.copyOf(byCategory);
    }

    public List<Tip> tipsFor(String category, String subcategory) {
        List<Tip> tips = new ArrayList<>(byCategory.getOrDefault(GENERAL, List.of()));
        if (category != null) {
            tips.addAll(byCategory.getOrDefault(category, List.of()));
        }
        if (subcategory != null) {
            tips.addAll(byCategory.getOrDefault(subcategory, List.of()));
        }
        return tips;
    }

    /** The tips the reporter sees this many days after the report (the schedule's earlier ones). */
    public List<Tip> tipsFor(String category, String subcategory, long daysSinceReport) {
        return tipsFor(category, subcategory).stream().filter(t -> t.afterDays() <= daysSinceReport).toList();
    }

    /** The next day in the schedule after {@code afterDay} on which a new tip appears, if any. */
    public java.util.OptionalInt nextTipDay(String category, String subcategory, long afterDay) {
        return tipsFor(category, subcategory).stream().mapToInt(Tip::afterDays).filter(d -> d > afterDay).min();
    }

    static TipSet parse(long id, String json) {
        JsonObject root = QuestionSetParser.read(json);
        Map<String, List<Tip>> byCategory = new LinkedHashMap<>();
        JsonObject categories = root.getJsonObject("byCategory");
        for (String category : categories.keySet()) {
            List<Tip> tips = new ArrayList<>();
            for (JsonValue value : categories.getJsonArray(category)) {
                JsonObject tip = value.asJsonObject();
                tips.add(new Tip(tip.getString("key"), QuestionSetParser.text(tip, "title"), QuestionSetParser.text(tip, "text"),
                        tip.getInt("afterDays", 0)));
            }
            byCategory.put(category, List.copyOf(tips));
        }
        return new TipSet(id, root.getInt("version"), QuestionSetParser.text(root, "affirmation"), byCategory);
    }
}

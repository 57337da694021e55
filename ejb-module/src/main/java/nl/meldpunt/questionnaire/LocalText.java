package nl.meldpunt.questionnaire;

import java.io.Serializable;
import java.util.Locale;

/** A text in Dutch (always present) and English (falls back to Dutch when missing). */
public record LocalText(String nl, String en) implements Serializable {

    public static final LocalText EMPTY = new LocalText("", "");

    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && en != null && !en.isBlank() ? en : nl;
    }

    public boolean isEmpty() {
        return nl == null || nl.isBlank();
    }
}

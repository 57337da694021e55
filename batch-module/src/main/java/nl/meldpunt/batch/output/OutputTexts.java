package nl.meldpunt.batch.output;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The few texts the writers add themselves (page numbers, sheet names): Dutch, English for "en". */
final class OutputTexts {

    private final ResourceBundle bundle;
    private final Locale locale;

    OutputTexts(Locale locale) {
        this.locale = locale;
        // No fallback to the server's default locale: anything but English reads the Dutch base bundle.
        this.bundle = ResourceBundle.getBundle("nl.meldpunt.batch.output.OutputTexts", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String get(String key) {
        return bundle.getString(key);
    }

    String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}

package nl.meldpunt.annual;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The sections of the annual report the confidant writes, in the order of a Dutch confidant's annual report
 * (the counted parts between them come from the batch job). Their titles and the short guidance under each
 * are in {@code AnnualSections*.properties}, so that the console and the printed report use the same words.
 */
public enum Section {
    /** Inleiding en rol van de vertrouwenspersoon. */
    INTRODUCTION,
    /** Bereikbaarheid en beschikbaarheid. */
    AVAILABILITY,
    /** Nazorg. */
    AFTERCARE,
    /** Trends en signalen. */
    TRENDS_AND_SIGNALS,
    /** Advies en aanbevelingen. */
    ADVICE,
    /** Vooruitblik op het komende jaar. */
    YEAR_AHEAD;

    private static final String BUNDLE = "nl.meldpunt.annual.AnnualSections";

    /** The section's title, e.g. "Nazorg" (Dutch, the default) or "Aftercare" (English). */
    public String title(Locale locale) {
        return texts(locale).getString(name() + ".title");
    }

    /** What belongs in the section, in a sentence or two, for the confidant writing it. */
    public String guidance(Locale locale) {
        return texts(locale).getString(name() + ".guidance");
    }

    private static ResourceBundle texts(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, Section.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}

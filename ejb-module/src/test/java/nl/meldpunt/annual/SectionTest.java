package nl.meldpunt.annual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class SectionTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final Locale ENGLISH = Locale.forLanguageTag("en");

    @Test
    void everySectionHasATitleAndGuidanceInDutchAndEnglish() {
        for (Section section : Section.values()) {
            for (Locale locale : new Locale[] {DUTCH, ENGLISH}) {
                assertFalse(section.title(locale).isBlank(), section + " " + locale);
                assertFalse(section.guidance(locale).isBlank(), section + " " + locale);
            }
            assertNotEquals(section.title(DUTCH), section.title(ENGLISH), "translated: " + section);
        }
        assertEquals("Inleiding en rol van de vertrouwenspersoon", Section.INTRODUCTION.title(DUTCH));
        assertEquals("Nazorg", Section.AFTERCARE.title(DUTCH));
        assertEquals("Vooruitblik op het komende jaar", Section.YEAR_AHEAD.title(Locale.forLanguageTag("nl-NL")));
        assertEquals("Inleiding en rol van de vertrouwenspersoon", Section.INTRODUCTION.title(Locale.GERMAN),
                "Dutch for any other language, whatever the server's own locale");
    }

    @Test
    void aBrowsersLineBreaksCountOnceAndBlankLinesAroundTheTextGo() {
        assertEquals("Eerste regel\nTweede regel", AnnualReportText.normalised("\r\nEerste regel\r\nTweede regel\r\n  "));
        assertEquals("", AnnualReportText.normalised(null));
        assertEquals("", AnnualReportText.normalised(" \n "));
    }
}

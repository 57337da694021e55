package nl.meldpunt.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MailPlannerTest {

    private final ResourceBundle texts = ResourceBundle.getBundle("nl.meldpunt.notification.MailTexts", Locale.forLanguageTag("nl"));

    @Test
    void aDigestWithFewDeadlinesListsThemAll() {
        assertEquals("A\nB", MailPlanner.digestText(List.of("A", "B"), texts));
    }

    @Test
    void aLongDigestFitsTheOutboxAndCountsTheRest() {
        List<String> lines = IntStream.range(0, 200)
                .mapToObj(i -> "ABCD-2345-EF%02d (Gemeente Voorbeeldstad): ontvangst bevestigen uiterlijk 30-11-2026, loopt bijna af".formatted(i % 100))
                .toList();
        String digest = MailPlanner.digestText(lines, texts);
        assertTrue(digest.length() <= MailPlanner.MAX_DETAILS, "fits: " + digest.length());
        String[] shown = digest.split("\n");
        int listed = shown.length - 1;
        assertEquals("... en nog " + (200 - listed) + " termijnen: zie de werkvoorraad", shown[shown.length - 1]);
    }
}

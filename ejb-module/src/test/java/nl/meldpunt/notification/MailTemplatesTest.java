package nl.meldpunt.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class MailTemplatesTest {

    private final MailTemplates templates = new MailTemplates();

    MailTemplatesTest() {
        MailSettings settings = new MailSettings();
        settings.publicUrl = "https://meldpunt.example.nl/";
        settings.from = "Meldpunt <noreply@meldpunt.example.nl>";
        settings.reporterMaxDelayMinutes = 120;
        templates.settings = settings;
    }

    @Test
    void everyKindHasItsTextsInDutchAndEnglishAndNoPlaceholderIsLeft() {
        for (MailKind kind : MailKind.values()) {
            RenderedMail nl = templates.render(kind, "nl", new MailTemplates.Branding("Gemeente Voorbeeldstad", "#00557F"), List.of());
            RenderedMail en = templates.render(kind, "en", new MailTemplates.Branding("Gemeente Voorbeeldstad", "#00557F"), List.of());
            assertNotEquals(nl.subject(), en.subject(), kind + " is translated");
            for (RenderedMail mail : List.of(nl, en)) {
                assertFalse(mail.html().contains("{{") || mail.text().contains("{0}") || mail.html().contains("{0}"), kind + ": " + mail.html());
                assertTrue(mail.text().contains("Gemeente Voorbeeldstad"), kind + " names the organisation");
                assertTrue(mail.html().contains("background:#00557F"), kind + " in the organisation's colour");
            }
        }
    }

    @Test
    void reporterMailsLinkToTheLoginInTheirLanguageAndStaffMailsToTheConsole() {
        var branding = new MailTemplates.Branding("Zorggroep Noord", "#2E6B30");
        assertTrue(templates.render(MailKind.REPORTER_NEWS, "en", branding, List.of()).text()
                .contains("https://meldpunt.example.nl/melder/login.xhtml?lang=en"));
        RenderedMail reminder = templates.render(MailKind.CONFIDANT_REMINDER, "nl", branding, List.of("ABCD-2345-EFGH: ontvangst bevestigen vóór 30-11-2026"));
        assertTrue(reminder.text().contains("https://meldpunt.example.nl/console/index.xhtml"));
        assertTrue(reminder.text().contains("- ABCD-2345-EFGH: ontvangst bevestigen vóór 30-11-2026"));
        assertTrue(reminder.html().contains("<li>ABCD-2345-EFGH: ontvangst bevestigen vóór 30-11-2026</li>"));
    }

    @Test
    void namesAndColoursCannotInjectHtml() {
        RenderedMail mail = templates.render(MailKind.REPORTER_NEWS, "nl",
                new MailTemplates.Branding("<script>alert(1)</script> & Co", "red;background:url(x)"), List.of());
        assertFalse(mail.html().contains("<script>"));
        assertTrue(mail.html().contains("&lt;script&gt;"));
        assertFalse(mail.html().contains("url(x)"), "a colour that is not #rrggbb falls back to the default");
    }

    @Test
    void aFailedTryWaitsLongerEachTimeUpToAnHour() {
        assertEquals(Duration.ofMinutes(1), OutboxDelivery.pauseAfter(1));
        assertEquals(Duration.ofMinutes(2), OutboxDelivery.pauseAfter(2));
        assertEquals(Duration.ofMinutes(32), OutboxDelivery.pauseAfter(6));
        assertEquals(Duration.ofMinutes(60), OutboxDelivery.pauseAfter(7));
        assertEquals(Duration.ofMinutes(60), OutboxDelivery.pauseAfter(40));
    }

    @Test
    void theMailDomainForMessageIdsComesFromTheSender() {
        assertEquals("meldpunt.example.nl", templates.settings.mailDomain());
    }
}

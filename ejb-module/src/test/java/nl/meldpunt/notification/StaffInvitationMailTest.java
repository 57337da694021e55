package nl.meldpunt.notification;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The invitation mails carry the single-use link to the welcome page; other staff mails carry no token. */
class StaffInvitationMailTest {

    private final MailTemplates templates = new MailTemplates();

    StaffInvitationMailTest() {
        MailSettings settings = new MailSettings();
        settings.publicUrl = "https://meldpunt.example.nl";
        settings.from = "noreply@meldpunt.example.nl";
        templates.settings = settings;
    }

    @Test
    void theInvitationLinksToTheWelcomePageWithItsToken() {
        var branding = new MailTemplates.Branding("Zorggroep Noord", "#2E6B30");
        for (MailKind kind : List.of(MailKind.STAFF_INVITATION, MailKind.STAFF_PASSWORD_RESET)) {
            RenderedMail mail = templates.render(kind, "nl", branding, List.of(), "#token=abc_DEF-123");
            assertTrue(mail.text().contains("https://meldpunt.example.nl/staff/welcome.xhtml#token=abc_DEF-123"), mail.text());
            assertTrue(mail.html().contains("href=\"https://meldpunt.example.nl/staff/welcome.xhtml#token=abc_DEF-123\""), mail.html());
            assertTrue(mail.text().contains("7 dagen"), "says how long the link works");
            assertTrue(kind.carriesInvitation());
        }
        assertFalse(MailKind.CONFIDANT_REMINDER.carriesInvitation());
        assertFalse(templates.render(MailKind.HR_PUBLICATION, "nl", branding, List.of()).text().contains("token"));
    }
}

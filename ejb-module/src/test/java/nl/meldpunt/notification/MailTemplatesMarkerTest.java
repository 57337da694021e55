package nl.meldpunt.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Values that look like the layout's markers, or like HTML, reach the mail as text and nothing more. */
class MailTemplatesMarkerTest {

    private static final String CONSOLE = "https://meldpunt.example.nl/console/index.xhtml";
    private static final String LOGIN = "https://meldpunt.example.nl/melder/login.xhtml?lang=nl";

    private final MailTemplates templates = new MailTemplates();

    MailTemplatesMarkerTest() {
        MailSettings settings = new MailSettings();
        settings.publicUrl = "https://meldpunt.example.nl";
        settings.from = "Meldpunt <noreply@meldpunt.example.nl>";
        settings.reporterMaxDelayMinutes = 120;
        templates.settings = settings;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void anOrganisationNamedLikeAMarkerIsPrintedNotFilledIn() {
        RenderedMail mail = templates.render(MailKind.REPORTER_NEWS, "nl",
                new MailTemplates.Branding("Stichting {{link}} {{body}} {{footer}}", "#00557F"), List.of());
        assertTrue(mail.html().contains(">Stichting {{link}} {{body}} {{footer}}</td>"), mail.html());
        assertEquals(2, count(mail.html(), LOGIN), "the link only where the layout puts it: the button and the line below");
        assertEquals(3, count(mail.html(), "Stichting {{link}} {{body}} {{footer}}"), "header, text and footer name it: " + mail.html());
        assertEquals(1, count(mail.html(), "Goedendag,"), "the body once");
        assertEquals(1, count(mail.html(), "border-top:1px solid #e5e7eb"), "the footer once");
        assertTrue(mail.text().contains("Stichting {{link}} {{body}} {{footer}}"));
        assertEquals(1, count(mail.text(), LOGIN), mail.text());
    }

    @Test
    void aDetailLineWithMarkersStaysOneListItemOfText() {
        RenderedMail mail = templates.render(MailKind.CONFIDANT_REMINDER, "en",
                new MailTemplates.Branding("Zorggroep Noord", "#2E6B30"),
                List.of("ABCD-2345-EFGH: {{link}} {{{body}}} {{organisation}} {{colour}}"));
        assertTrue(mail.html().contains("<li>ABCD-2345-EFGH: {{link}} {{{body}}} {{organisation}} {{colour}}</li>"), mail.html());
        assertEquals(2, count(mail.html(), CONSOLE));
        assertEquals(1, count(mail.html(), "<li>"));
        assertEquals(1, count(mail.html(), ">Zorggroep Noord</td>"));
        assertTrue(mail.text().contains("- ABCD-2345-EFGH: {{link}} {{{body}}} {{organisation}} {{colour}}\n"));
    }

    @Test
    void scriptInANameOrADetailLineIsEscapedEverywhereInTheHtml() {
        RenderedMail mail = templates.render(MailKind.CONFIDANT_REMINDER, "nl",
                new MailTemplates.Branding("<script>alert('org')</script>", "#00557F"),
                List.of("<script>alert(\"line\")</script> & <img src=x onerror=alert(1)>"));
        assertFalse(mail.html().contains("<script"), mail.html());
        assertFalse(mail.html().contains("<img"), mail.html());
        assertTrue(mail.html().contains(">&lt;script&gt;alert(&#39;org&#39;)&lt;/script&gt;</td>"), mail.html());
        assertTrue(mail.html().contains("<li>&lt;script&gt;alert(&#34;line&#34;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;</li>"),
                mail.html());
        assertTrue(mail.text().contains("- <script>alert(\"line\")</script> & <img src=x onerror=alert(1)>\n"),
                "the plain-text part is text and not escaped");
    }

    @Test
    void theLinkIsEscapedOnceAndKeepsItsQuery() {
        RenderedMail mail = templates.render(MailKind.REPORTER_NEWS, "nl", new MailTemplates.Branding("A & B", "#00557F"), List.of());
        assertTrue(mail.html().contains("<a href=\"" + LOGIN + "\" style="), mail.html());
        assertTrue(mail.html().contains(">A &amp; B</td>"));
        assertFalse(mail.html().contains("&amp;amp;"), "escaped once, not twice");
    }
}

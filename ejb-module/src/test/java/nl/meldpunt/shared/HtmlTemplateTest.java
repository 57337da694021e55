package nl.meldpunt.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HtmlTemplateTest {

    private static HtmlTemplate template(String text) {
        return HtmlTemplate.compile("test", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void valuesAreEscapedForTextAndQuotedAttributesAndRawOnlyWithTripleBraces() {
        HtmlTemplate page = template("<a title=\"{{name}}\">{{name}}</a>{{{html}}}");
        assertEquals("<a title=\"&lt;b&gt; &amp; &#34;x&#34; &#39;y&#39;\">&lt;b&gt; &amp; &#34;x&#34; &#39;y&#39;</a><i>ok</i>",
                page.render(Map.of("name", "<b> & \"x\" 'y'", "html", "<i>ok</i>")));
    }

    @Test
    void aValueThatLooksLikeAMarkerStaysText() {
        HtmlTemplate page = template("[{{a}}][{{{b}}}][{{link}}]");
        assertEquals("[{{link}} {{{b}}}][{{link}}][https://x.nl/?a=1&amp;b=2]",
                page.render(Map.of("a", "{{link}} {{{b}}}", "b", "{{link}}", "link", "https://x.nl/?a=1&b=2")));
    }

    @Test
    void urlsKeepTheirEqualsSignsAndSlashesAndTextItsAccents() {
        assertEquals("https://meldpunt.example.nl/melder/login.xhtml?lang=nl · vóór",
                template("{{v}}").render(Map.of("v", "https://meldpunt.example.nl/melder/login.xhtml?lang=nl · vóór")));
    }

    @Test
    void aMarkerWithoutValueIsAnErrorNotAnEmptyString() {
        HtmlTemplate page = template("<p>{{present}} {{mising}}</p>");
        RuntimeException e = assertThrows(RuntimeException.class, () -> page.render(Map.of("present", "x")));
        assertTrue(String.valueOf(e.getMessage()).contains("mising"), e.getMessage());
    }

    @Test
    void namesWithDotsAreLookedUpWholeAndTheFirstMapWins() {
        HtmlTemplate page = template("{{msg.entry.start}}|{{msg.entry.start.intro}}|{{title}}");
        Map<String, String> messages = Map.of("msg.entry.start", "Melden", "msg.entry.start.intro", "Zo <werkt> het", "title", "bundle");
        assertEquals("Melden|Zo &lt;werkt&gt; het|Meldpunt", page.render(Map.of("title", "Meldpunt"), messages));
    }

    @Test
    void aSectionShowsItsContentOnlyWhenTrue() {
        HtmlTemplate page = template("{{#logo}}<img src=\"{{slug}}\"/>{{/logo}}{{slug}}");
        assertEquals("<img src=\"a&amp;b\"/>a&amp;b", page.render(Map.of("logo", true, "slug", "a&b")));
        assertEquals("a&amp;b", page.render(Map.of("logo", false, "slug", "a&b")));
    }

    @Test
    void oneCompiledTemplateServesManyRenderings() {
        HtmlTemplate page = template("<p>{{n}}</p>");
        for (int i = 0; i < 3; i++) {
            assertEquals("<p>" + i + "</p>", page.render(Map.of("n", String.valueOf(i))));
        }
    }
}

package nl.meldpunt.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Which answers get a character set added to their type (ASVS 4.1.1); the running server is checked by SessionAndHeadersIT. */
class SecurityHeadersFilterTest {

    @Test
    void textTypesWithoutACharacterSetGetUtf8() {
        for (String type : new String[] {"text/css", "text/javascript", "text/html", "text/plain", "application/javascript",
                "application/json", "application/xml", "image/svg+xml", "text/calendar", "TEXT/CSS"}) {
            assertEquals(type + ";charset=UTF-8", SecurityHeadersFilter.withCharset(type));
        }
    }

    @Test
    void aCharacterSetAlreadyNamedAndBinaryTypesAreLeftAlone() {
        for (String type : new String[] {"text/html;charset=UTF-8", "text/calendar; charset=utf-8", "text/xml; CHARSET=ISO-8859-1",
                "application/pdf", "image/png", "application/octet-stream", "font/woff2",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}) {
            assertEquals(type, SecurityHeadersFilter.withCharset(type));
        }
        assertNull(SecurityHeadersFilter.withCharset(null));
    }
}

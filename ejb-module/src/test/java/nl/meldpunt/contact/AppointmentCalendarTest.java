package nl.meldpunt.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AppointmentCalendarTest {

    @Test
    void anAppointmentHasItsTimesInUtcAndCrlfLines() {
        String ics = AppointmentCalendar.of("slot-1@meldpunt", "Gesprek vertrouwenspersoon",
                Instant.parse("2026-12-08T09:30:00Z"), Instant.parse("2026-12-08T10:15:00Z"), Instant.parse("2026-12-04T08:00:00Z"));
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"), ics);
        assertTrue(ics.contains("\r\nDTSTART:20261208T093000Z\r\nDTEND:20261208T101500Z\r\n"), ics);
        assertTrue(ics.contains("\r\nSUMMARY:Gesprek vertrouwenspersoon\r\n"), ics);
        assertTrue(ics.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n"), ics);
        assertEquals(0, ics.replace("\r\n", "").indexOf('\n') + 1, "no bare line feed");
    }

    @Test
    void textIsEscaped() {
        assertEquals("a\\, b\\; c\\\\ d\\ne", AppointmentCalendar.escape("a, b; c\\ d\ne"));
    }

    @Test
    void longLinesAreFoldedAt75OctetsWithoutSplittingACharacter() {
        StringBuilder out = new StringBuilder();
        String content = "SUMMARY:" + "é".repeat(100);
        AppointmentCalendar.line(out, content);
        String[] lines = out.toString().split("\r\n");
        assertTrue(lines.length > 1);
        for (String line : lines) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
        StringBuilder unfolded = new StringBuilder(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            assertTrue(lines[i].startsWith(" "));
            unfolded.append(lines[i].substring(1));
        }
        assertEquals(content, unfolded.toString());
    }
}

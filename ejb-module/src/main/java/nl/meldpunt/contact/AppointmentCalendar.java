package nl.meldpunt.contact;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The agreed appointment as an iCalendar file (RFC 5545) for the confidant's own calendar, <b>without any content</b>:
 * a neutral summary, the start and end in UTC, and a random-looking UID. No topic, no case code, no name, no place:
 * a calendar is synchronised to phones and servers the case file never reaches.
 *
 * <p>A minimal writer (no library for it is available offline): CRLF line ends, text escaped (backslash, semicolon,
 * comma, line breaks) and lines folded at 75 octets without splitting a UTF-8 character.
 */
public final class AppointmentCalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int MAX_OCTETS = 75;

    private AppointmentCalendar() {
    }

    /** The file for one appointment; {@code uid} must name no one (the service uses a hash of the slot). */
    public static String of(String uid, String summary, Instant start, Instant end, Instant stamp) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Meldpunt//Contact request//NL");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + escape(uid));
        line(out, "DTSTAMP:" + UTC.format(stamp));
        line(out, "DTSTART:" + UTC.format(start));
        line(out, "DTEND:" + UTC.format(end));
        line(out, "SUMMARY:" + escape(summary));
        line(out, "CLASS:CONFIDENTIAL");
        line(out, "TRANSP:OPAQUE");
        line(out, "END:VEVENT");
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** RFC 5545 §3.3.11: backslash, semicolon and comma escaped, a line break as {@code \n}. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** RFC 5545 §3.1: a content line longer than 75 octets continues on the next line after CRLF and one space. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 0;
                limit = MAX_OCTETS - 1; // the leading space counts
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}

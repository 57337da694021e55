package nl.meldpunt.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import nl.meldpunt.shared.DutchTime;

/** Dates and times as Dutch users expect them: Amsterdam time, in the page language. */
@Named
@RequestScoped
public class Dates {

    @Inject
    private Language language;

    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(language.getLocale()).withZone(DutchTime.ZONE).format(instant);
    }

    /** A file size as people read it: "840 kB", "2,4 MB". */
    public String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " kB";
        }
        return String.format(language.getLocale(), "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** A calendar day, e.g. "28 november 2026". */
    public String day(java.time.LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.getLocale()).format(day);
    }

    public String date(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(language.getLocale()).withZone(DutchTime.ZONE).format(instant);
    }
}

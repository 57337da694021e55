package nl.meldpunt.web.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.meldpunt.shared.DutchTime;

/** An appointment's time in words, in Dutch time: "dinsdag 8 december 2026, 10:30–11:15". */
@Named
@ApplicationScoped
public class ContactTimes {

    public String slot(Instant start, Instant end, Locale locale) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", locale).withZone(DutchTime.ZONE);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale).withZone(DutchTime.ZONE);
        return day.format(start) + "–" + time.format(end);
    }
}

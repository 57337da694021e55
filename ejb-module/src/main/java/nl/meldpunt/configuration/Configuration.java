package nl.meldpunt.configuration;

import java.io.Serializable;
import java.util.List;

/**
 * An organisation's configuration as the file carries it (format {@value ConfigurationDocument#FORMAT}, version
 * {@value ConfigurationDocument#FORMAT_VERSION}): branding, settings, the question and tip sets (their JSON without
 * the version number), and the report schedules with their HR recipients by login name. No staff account, secret,
 * report or audit entry.
 */
public record Configuration(String name, String slug, String primaryColour, String accentColour, Logo logo,
                            int statusUpdateIntervalDays, int checkinAfterMonths, int retentionMonths, int smallCountThreshold,
                            List<String> departments, String questionSetJson, String tipsJson, List<Schedule> schedules,
                            Procedure procedure)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public Configuration {
        departments = List.copyOf(departments);
        schedules = List.copyOf(schedules);
    }

    /** The same configuration with another logo. */
    public Configuration withLogo(Logo other) {
        return new Configuration(name, slug, primaryColour, accentColour, other, statusUpdateIntervalDays, checkinAfterMonths,
                retentionMonths, smallCountThreshold, departments, questionSetJson, tipsJson, schedules, procedure);
    }

    /** The logo: its content type and bytes. */
    public record Logo(String contentType, byte[] image) implements Serializable {

        /** How the diff shows it: type and size, and a short digest to tell two logos apart. */
        public String describe() {
            return contentType + ", " + image.length + " bytes, " + ConfigurationDocument.sha256(image).substring(0, 12);
        }
    }

    /** A report schedule; the kind and frequency name it (one per pair). */
    public record Schedule(String kind, String frequency, int dayOfMonth, boolean attachFiles, boolean active,
                           List<String> recipients) implements Serializable {

        public Schedule {
            recipients = recipients.stream().sorted().distinct().toList();
        }

        public String name() {
            return kind + "/" + frequency;
        }

        public String describe() {
            return "day " + dayOfMonth + ", files " + (attachFiles ? "attached" : "linked") + ", " + (active ? "active" : "inactive")
                    + ", recipients " + (recipients.isEmpty() ? "-" : String.join(" ", recipients));
        }
    }

    /** The reporting procedure / PSA policy as published (issue 14, item 3): plain text in Dutch and English. */
    public record Procedure(String dutch, String english) implements Serializable {

        /** How the diff shows it: its length, and a short digest to tell two texts apart. */
        public String describe() {
            return "nl " + dutch.length() + " characters, en " + english.length() + " characters, "
                    + ConfigurationDocument.sha256((dutch + "\u0000" + english).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .substring(0, 12);
        }
    }
}

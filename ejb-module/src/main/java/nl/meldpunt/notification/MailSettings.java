package nl.meldpunt.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How mail goes out: where the links point, the sender's domain, and the reporter mails' delay window. */
@ApplicationScoped
public class MailSettings {

    @Inject
    @ConfigProperty(name = "app.public.url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @Inject
    @ConfigProperty(name = "app.mail.from", defaultValue = "meldpunt@localhost")
    String from;

    /**
     * Reporter mails leave at a random moment within this window after the cause, so that a mail
     * server log cannot be tied to the moment a confidant acted.
     */
    @Inject
    @ConfigProperty(name = "app.mail.reporter.max-delay-minutes", defaultValue = "120")
    int reporterMaxDelayMinutes;

    public String publicUrl() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public String mailDomain() {
        int at = from.lastIndexOf('@');
        return at < 0 ? "meldpunt.local" : from.substring(at + 1).replace(">", "").strip();
    }

    public Duration reporterMaxDelay() {
        return Duration.ofMinutes(Math.max(0, reporterMaxDelayMinutes));
    }
}

package nl.meldpunt.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import nl.meldpunt.shared.HtmlTemplate;
import org.owasp.encoder.Encode;

/**
 * The mail texts per kind and language (Dutch first, English second), as plain text and as HTML in
 * the organisation's colour. The words are in {@code MailTexts*.properties}; reporter mails have no
 * placeholder that could carry report content, staff mails only the case codes and what is due.
 * The HTML is {@code mail-layout.html} filled by {@link HtmlTemplate}: every value goes in as text,
 * escaped by the template engine, except the body, which is built here from escaped paragraphs.
 */
@ApplicationScoped
public class MailTemplates {

    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final HtmlTemplate LAYOUT = HtmlTemplate.of(MailTemplates.class, "mail-layout.html");

    @Inject
    MailSettings settings;

    /** The organisation as the mail shows it. */
    public record Branding(String organisationName, String colour) {
    }

    public RenderedMail render(MailKind kind, String language, Branding branding, List<String> detailLines) {
        return render(kind, language, branding, detailLines, "");
    }

    /**
     * As {@link #render(MailKind, String, Branding, List)}, with {@code linkQuery} (e.g. {@code #token=...}, a fragment)
     * added to a staff mail's link: an invitation's single-use token, which is in the mail only, never stored.
     */
    public RenderedMail render(MailKind kind, String language, Branding branding, List<String> detailLines, String linkQuery) {
        Locale locale = "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("nl");
        ResourceBundle texts = ResourceBundle.getBundle("nl.meldpunt.notification.MailTexts", locale);
        String prefix = kind.name() + ".";
        String subject = texts.getString(prefix + "subject");
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : texts.getString(prefix + "body").split("\\|")) {
            paragraphs.add(MessageFormat.format(paragraph.strip(), branding.organisationName()));
        }
        String link = settings.publicUrl() + kind.page() + (kind.isToReporter() ? "?lang=" + locale.getLanguage()
                : linkQuery == null ? "" : linkQuery);
        String action = texts.getString(prefix + "action");
        String footer = MessageFormat.format(texts.getString(kind.isToReporter() ? "footer.reporter" : "footer.staff"),
                branding.organisationName());

        StringBuilder text = new StringBuilder();
        paragraphs.forEach(p -> text.append(p).append("\n\n"));
        detailLines.forEach(line -> text.append("- ").append(line).append('\n'));
        if (!detailLines.isEmpty()) {
            text.append('\n');
        }
        text.append(action).append(":\n").append(link).append("\n\n-- \n").append(footer).append('\n');

        StringBuilder body = new StringBuilder();
        paragraphs.forEach(p -> body.append("<p style=\"margin:0 0 16px\">").append(Encode.forHtml(p)).append("</p>"));
        if (!detailLines.isEmpty()) {
            body.append("<ul style=\"margin:0 0 16px;padding-left:20px\">");
            detailLines.forEach(line -> body.append("<li>").append(Encode.forHtml(line)).append("</li>"));
            body.append("</ul>");
        }
        String colour = COLOUR.matcher(branding.colour() == null ? "" : branding.colour()).matches() ? branding.colour() : "#00557F";
        String html = LAYOUT.render(Map.of(
                "lang", locale.getLanguage(),
                "subject", subject,
                "colour", colour,
                "organisation", branding.organisationName(),
                "body", body.toString(),
                "link", link,
                "action", action,
                "footer", footer));
        return new RenderedMail(subject, text.toString(), html);
    }
}

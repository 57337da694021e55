package nl.meldpunt.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import nl.meldpunt.audit.AuditEntryView;

/**
 * An audit entry in words, for the case log and the platform log: who (the staff member's name, "the
 * reporter", "system"), what (a text per {@code AuditAction}: {@code audit.action.<NAME>}) and, where the
 * entry's subject says more, what it was about. Never the reporter's case code or any address.
 */
@Named
@RequestScoped
public class AuditTexts {

    /** Message key prefixes tried, in order, for the last part of a case entry's subject. */
    private static final List<String> DETAIL_PREFIXES = List.of("report.status.", "case.track.", "case.consent.scope.",
            "breach.reason.", "referral.kind.", "case.step.");

    @Inject
    private Language language;

    public String who(AuditEntryView entry) {
        ResourceBundle msg = bundle();
        return switch (entry.actorKind()) {
            case "staff" -> entry.actorName() != null ? entry.actorName()
                    : MessageFormat.format(msg.getString("audit.actor.unknownStaff"), String.valueOf(entry.actorStaffId()));
            case "reporter" -> msg.getString("audit.actor.reporter");
            case "system" -> msg.getString("audit.actor.system");
            default -> msg.getString("audit.actor.anonymous");
        };
    }

    public String what(AuditEntryView entry) {
        return text("audit.action." + entry.action(), entry.action());
    }

    /** For the case log: the new status, the track, the consent, the reason... the entry's subject names. */
    public String detail(AuditEntryView entry) {
        String subject = entry.subject();
        if (subject == null || subject.indexOf(':') < 0) {
            return "";
        }
        String last = subject.substring(subject.lastIndexOf(':') + 1);
        if (!last.matches("[A-Z][A-Z_]*")) {
            return "";
        }
        for (String prefix : DETAIL_PREFIXES) {
            String text = text(prefix + last, null);
            if (text != null) {
                return text;
            }
        }
        return "";
    }

    /** For the platform log: whom or what the entry concerns, by name where there is one. */
    public String subject(AuditEntryView entry) {
        String subject = entry.subject();
        if (subject == null) {
            return "";
        }
        if (entry.subjectName() != null) {
            return entry.subjectName();
        }
        if (subject.startsWith("url:")) {
            return subject.substring("url:".length());
        }
        if (subject.startsWith("reporter:")) {
            return bundle().getString("audit.actor.reporter");
        }
        return text("audit.subject." + subject.replace(':', '.'), subject);
    }

    private String text(String key, String otherwise) {
        try {
            return bundle().getString(key);
        } catch (MissingResourceException e) {
            return otherwise;
        }
    }

    private ResourceBundle bundle() {
        return ResourceBundle.getBundle("nl.meldpunt.web.Messages", language.getLocale());
    }
}

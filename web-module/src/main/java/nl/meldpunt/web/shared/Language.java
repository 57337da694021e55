package nl.meldpunt.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;

/**
 * The page language: Dutch first, English second. A {@code ?lang=en} link switches; the choice is
 * remembered in the session on the JSF (staff) pages; the public pages (entry page, error pages)
 * never start a session, because a visitor who only reads must get no cookie.
 */
@Named
@RequestScoped
public class Language {

    public static final Locale DUTCH = Locale.forLanguageTag("nl");
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final String SESSION_KEY = "meldpunt.locale";

    @Inject
    private HttpServletRequest request;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = resolve();
        }
        return locale;
    }

    public boolean isEnglish() {
        return ENGLISH.equals(getLocale());
    }

    /** The language to switch to, for the switch link. */
    public String getOther() {
        return isEnglish() ? "nl" : "en";
    }

    private Locale resolve() {
        String requested = request.getParameter("lang");
        boolean jsfPage = request.getServletPath() != null && request.getServletPath().endsWith(".xhtml");
        HttpSession session = request.getSession(jsfPage && requested != null);
        if ("en".equals(requested) || "nl".equals(requested)) {
            Locale chosen = "en".equals(requested) ? ENGLISH : DUTCH;
            if (session != null) {
                session.setAttribute(SESSION_KEY, chosen);
            }
            return chosen;
        }
        if (session != null && session.getAttribute(SESSION_KEY) instanceof Locale remembered) {
            return remembered;
        }
        return DUTCH;
    }
}

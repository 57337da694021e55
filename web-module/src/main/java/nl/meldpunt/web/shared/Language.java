package nl.meldpunt.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;

/**
 * The page language: Dutch first, English second. A {@code ?lang=en} link switches; the choice is
 * remembered in the session on the JSF pages; the public pages (entry page, error pages) and the
 * first view of the wizard never start a session, because a visitor who only reads must get no cookie.
 */
@Named
@RequestScoped
public class Language {

    public static final Locale DUTCH = Locale.forLanguageTag("nl");
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final String SESSION_KEY = "meldpunt.locale";
    /** The language a page was shown in, carried by the form of a page that has no session yet. */
    public static final String PAGE_LANGUAGE = "pageLang";

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
        // Opening a page with a stateless first view (the wizard, from the entry page's ?lang= link)
        // must not start a session: there the form carries the language to the first postback.
        boolean stateless = request.getAttribute(StatelessFirstViewFilter.ACTIVE) != null;
        HttpSession session = request.getSession(jsfPage && requested != null && !stateless);
        if (requested == null && session == null && "POST".equals(request.getMethod())
                && request.getParameter(PAGE_LANGUAGE) != null) {
            // The first postback of a page that had no session: it starts one now, keep the language.
            requested = request.getParameter(PAGE_LANGUAGE);
            session = request.getSession(true);
        }
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

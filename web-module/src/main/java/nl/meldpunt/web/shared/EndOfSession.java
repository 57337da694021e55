package nl.meldpunt.web.shared;

import jakarta.faces.context.ExternalContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * Logging out, the same for staff and reporters: the login ends, the session on the server is thrown away, and the
 * browser is asked to forget the cookies and storage it holds for this site (ASVS 14.3.1) before it is sent to the given page. On a
 * shared computer at work nothing of a report or a case then stays behind in the browser.
 */
public final class EndOfSession {

    /**
     * Cookies and any storage of this origin. Not "cache": pages are {@code no-store} already, only the versioned
     * style sheets and scripts are cached, and clearing a browser's cache can hold the next page up for seconds.
     */
    static final String CLEAR_SITE_DATA = "\"cookies\", \"storage\"";

    private EndOfSession() {
    }

    /** @param target the page to go to, from the context root on, e.g. {@code /staff/login.xhtml?loggedOut=true} */
    public static void endAndGoTo(ExternalContext external, String target) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        external.invalidateSession();
        external.setResponseHeader("Clear-Site-Data", CLEAR_SITE_DATA);
        external.redirect(external.getRequestContextPath() + target);
    }
}

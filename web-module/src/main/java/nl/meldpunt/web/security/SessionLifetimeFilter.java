package nl.meldpunt.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

/**
 * The absolute session lifetime: however active, a staff session ends after eight hours and the
 * staff member logs in again. (The idle timeout of twenty minutes is in web.xml.)
 */
@WebFilter(filterName = "SessionLifetimeFilter", urlPatterns = "/*")
public class SessionLifetimeFilter extends HttpFilter {

    static final Duration ABSOLUTE_LIFETIME = Duration.ofHours(8);
    private static final String AUTHENTICATED_AT = "meldpunt.authenticatedAt";

    static void markAuthenticated(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.setAttribute(AUTHENTICATED_AT, Instant.now());
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && request.getUserPrincipal() != null) {
            Object since = session.getAttribute(AUTHENTICATED_AT);
            if (since == null) {
                session.setAttribute(AUTHENTICATED_AT, Instant.now());
            } else if (((Instant) since).plus(ABSOLUTE_LIFETIME).isBefore(Instant.now())) {
                request.logout();
                session.invalidate();
                response.sendRedirect(request.getContextPath() + "/staff/login.xhtml?expired=true");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}

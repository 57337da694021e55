package nl.meldpunt.web.security;

import jakarta.inject.Inject;
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
import nl.meldpunt.shared.Roles;
import nl.meldpunt.staff.StaffService;

/**
 * When a staff session ends regardless of activity: after eight hours (the staff member logs in
 * again), and when all sessions of the account were ended ("log out everywhere", or the platform
 * admin resetting the second factor). The idle timeout of twenty minutes is in web.xml.
 */
@WebFilter(filterName = "SessionLifetimeFilter", urlPatterns = "/*")
public class SessionLifetimeFilter extends HttpFilter {

    static final Duration ABSOLUTE_LIFETIME = Duration.ofHours(8);
    private static final String AUTHENTICATED_AT = "meldpunt.authenticatedAt";
    private static final String GENERATION = "meldpunt.sessionGeneration";

    @Inject
    private StaffService staff;

    /** The application's clock (moved by the tests to prove the eight hours). */
    @Inject
    private java.time.Clock clock;

    static void markAuthenticated(HttpServletRequest request, java.time.Clock clock) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.setAttribute(AUTHENTICATED_AT, clock.instant());
            session.removeAttribute(GENERATION); // taken at the first request as this staff member
        }
    }

    /**
     * Keeps this session alive after the account's sessions were ended from it (an own password
     * change): it takes over the new generation, every other session keeps the old one and ends.
     */
    static void keepThisSession(HttpServletRequest request, int generation) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.setAttribute(GENERATION, generation);
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && request.getUserPrincipal() != null) {
            Object since = session.getAttribute(AUTHENTICATED_AT);
            if (since == null) {
                session.setAttribute(AUTHENTICATED_AT, clock.instant());
            } else if (((Instant) since).plus(ABSOLUTE_LIFETIME).isBefore(clock.instant())) {
                end(request, response, "expired");
                return;
            }
            if (isStaff(request) && !generationStillValid(session)) {
                end(request, response, "ended");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private boolean generationStillValid(HttpSession session) {
        int current = staff.sessionGeneration();
        Object started = session.getAttribute(GENERATION);
        if (started == null) {
            session.setAttribute(GENERATION, current);
            return true;
        }
        return (Integer) started == current;
    }

    private static boolean isStaff(HttpServletRequest request) {
        return request.getUserPrincipal() != null && !request.isUserInRole(Roles.REPORTER);
    }

    private static void end(HttpServletRequest request, HttpServletResponse response, String reason)
            throws IOException, ServletException {
        request.logout();
        request.getSession().invalidate();
        response.sendRedirect(request.getContextPath() + "/staff/login.xhtml?" + reason + "=true");
    }
}

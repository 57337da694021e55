package nl.meldpunt.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.meldpunt.shared.Roles;

/**
 * Guards the reporter's personal pages ({@code /melder/...}): a visitor who is not logged in with a
 * case code goes to the reporter login (not to the staff login); a staff member gets a 403, which the
 * error page audits. The services check the REPORTER role again.
 */
@WebFilter(filterName = "ReporterAreaFilter", urlPatterns = "/melder/*")
public class ReporterAreaFilter extends HttpFilter {

    static final String LOGIN_PAGE = "/melder/login.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath();
        if (LOGIN_PAGE.equals(path) || request.isUserInRole(Roles.REPORTER)) {
            chain.doFilter(request, response);
        } else if (request.getUserPrincipal() == null) {
            response.sendRedirect(request.getContextPath() + LOGIN_PAGE);
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }
}

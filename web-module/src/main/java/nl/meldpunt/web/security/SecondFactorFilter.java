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
import nl.meldpunt.shared.Roles;
import nl.meldpunt.staff.StaffService;

/**
 * Confidants and admins work only with a second factor: until it is set up, their pages send them to
 * the enrolment page. (Once set up, every login needs a code: see {@code StaffService.authenticate}.)
 */
@WebFilter(filterName = "SecondFactorFilter", urlPatterns = {"/console/*", "/admin/*", "/platform/*"})
public class SecondFactorFilter extends HttpFilter {

    static final String CHECKED = "meldpunt.secondFactorChecked";

    @Inject
    private StaffService staff;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        boolean staffMember = request.getUserPrincipal() != null && !request.isUserInRole(Roles.REPORTER);
        if (staffMember && session != null && session.getAttribute(CHECKED) == null) {
            if (staff.secondFactorMissing()) {
                response.sendRedirect(request.getContextPath() + "/staff/enrol.xhtml");
                return;
            }
            session.setAttribute(CHECKED, Boolean.TRUE);
        }
        chain.doFilter(request, response);
    }
}

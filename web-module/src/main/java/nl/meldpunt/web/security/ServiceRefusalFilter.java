package nl.meldpunt.web.security;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.meldpunt.shared.AccessRefused;

/**
 * Turns a refusal by a service (the container's {@code @RolesAllowed}, or a service's own
 * {@link AccessRefused} for another organisation's data) into a 403 with an audit entry, wherever in
 * the page it happened. The services check roles themselves, so that a page without a URL
 * constraint still cannot reach data outside the caller's role.
 */
@WebFilter(filterName = "ServiceRefusalFilter", urlPatterns = "/*")
public class ServiceRefusalFilter extends HttpFilter {

    @Inject
    private RefusalAudit refusals;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!causedByRefusal(e)) {
                throw e;
            }
            refusals.record(request, request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo()));
            if (!response.isCommitted()) {
                response.resetBuffer();
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            }
        }
    }

    static boolean causedByRefusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof EJBAccessException || t instanceof AccessRefused) {
                return true;
            }
        }
        return false;
    }
}

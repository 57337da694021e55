package nl.meldpunt.web.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.primefaces.csp.CspException;

/**
 * A postback without the page's script nonce (a form posted by a bot or a scanner, or from another site) is
 * answered like an expired page, with status 400 and the kind explanation, and without a stack trace in the
 * server log: PrimeFaces throws it from a phase listener, past JSF's exception handling, and the container would
 * log every such request in full. Found by the scanners (issue 15, item 6).
 */
@WebFilter(filterName = "MissingNonceFilter", urlPatterns = "*.xhtml")
public class MissingNonceFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!causedByMissingNonce(e) || response.isCommitted()) {
                throw e;
            }
            response.resetBuffer();
            request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpServletResponse.SC_BAD_REQUEST);
            request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
            request.getRequestDispatcher("/error/expired").forward(request, response);
        }
    }

    static boolean causedByMissingNonce(Throwable e) {
        return Causes.find(e, CspException.class).isPresent();
    }
}

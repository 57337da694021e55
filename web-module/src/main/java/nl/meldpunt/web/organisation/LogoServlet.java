package nl.meldpunt.web.organisation;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.meldpunt.organisation.OrganisationService;

/**
 * The organisation's logo ({@code /logo/{slug}}). An SVG is sent with a policy that runs no script
 * even when opened on its own.
 */
@WebServlet("/logo/*")
public class LogoServlet extends HttpServlet {

    @Inject
    private OrganisationService organisations;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String slug = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        var logo = organisations.logo(slug).orElse(null);
        if (logo == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(logo.contentType());
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
        response.setContentLength(logo.image().length);
        response.getOutputStream().write(logo.image());
    }
}

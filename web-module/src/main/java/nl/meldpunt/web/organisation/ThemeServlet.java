package nl.meldpunt.web.organisation;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.meldpunt.organisation.OrganisationService;
import nl.meldpunt.organisation.PublicOrganisation;

/**
 * The organisation's house colours as a small style sheet ({@code /theme/{slug}.css}), so that the
 * pages need no inline styles and the Content-Security-Policy stays strict.
 */
@WebServlet("/theme/*")
public class ThemeServlet extends HttpServlet {

    @Inject
    private OrganisationService organisations;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String slug = path == null || !path.endsWith(".css") ? "" : path.substring(1, path.length() - 4);
        PublicOrganisation organisation;
        try {
            organisation = organisations.findPublic(slug).orElse(null);
        } catch (RuntimeException databaseDown) {
            // The colours are decoration: during a database outage the page keeps the default ones, and the
            // browser does not keep this answer.
            response.setContentType("text/css;charset=UTF-8");
            response.setHeader("Cache-Control", "no-store");
            return;
        }
        response.setContentType("text/css;charset=UTF-8");
        if (organisation == null) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        // Colours are validated as #RRGGBB when stored.
        response.getWriter().write(":root{--mp-primary:" + organisation.primaryColour()
                + ";--mp-accent:" + organisation.accentColour() + ";}\n");
    }
}

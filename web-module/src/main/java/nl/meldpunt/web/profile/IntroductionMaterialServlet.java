package nl.meldpunt.web.profile;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import nl.meldpunt.organisation.OrganisationService;
import nl.meldpunt.profile.ConfidantProfiles;
import nl.meldpunt.profile.IntroductionMaterial;
import nl.meldpunt.shared.Roles;

/**
 * The poster and the flyer of an organisation as PDF (issue 14): {@code /admin/material?format=poster|flyer&lang=nl|en}
 * for the organisation admin (the own organisation), {@code /console/material?org=ID&...} for a confidant who serves
 * it. The service refuses anyone else, audited, as the mail previews are.
 */
@WebServlet({"/admin/material", "/console/material"})
public class IntroductionMaterialServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private ConfidantProfiles profiles;

    @Inject
    private OrganisationService organisations;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PosterPrint.Format format = "flyer".equals(request.getParameter("format")) ? PosterPrint.Format.FLYER : PosterPrint.Format.POSTER;
        Locale locale = "en".equals(request.getParameter("lang")) ? Locale.ENGLISH : Locale.forLanguageTag("nl");
        long organisation;
        if (request.getServletPath().startsWith("/admin/") && request.isUserInRole(Roles.ORG_ADMIN)) {
            organisation = organisations.ownOrganisation().id();
        } else {
            try {
                organisation = Long.parseLong(request.getParameter("org"));
            } catch (NumberFormatException e) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Which organisation (org)?");
                return;
            }
        }
        IntroductionMaterial material = profiles.introductionMaterial(organisation, locale.getLanguage());
        String entryUrl = base(request) + "/m/" + material.slug();
        byte[] pdf = PosterPrint.render(material, entryUrl, format, locale);
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"" + material.slug() + "-" + format.name().toLowerCase(Locale.ROOT)
                + "-" + locale.getLanguage() + ".pdf\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }

    /** The application's own address as the browser reached it (as the admin page's intranet link does). */
    static String base(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath();
    }
}

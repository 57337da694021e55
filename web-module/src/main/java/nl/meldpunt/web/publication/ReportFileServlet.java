package nl.meldpunt.web.publication;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import nl.meldpunt.publication.Download;
import nl.meldpunt.publication.FileMissing;
import nl.meldpunt.publication.PublicationService;
import nl.meldpunt.shared.AccessRefused;

/**
 * Hands out a report file to HR (under /hr) and the organisation admin (under /admin). The service
 * refuses another organisation's file (403, audited) and audits every download.
 */
@WebServlet({"/hr/report-file", "/admin/report-file"})
public class ReportFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private PublicationService publications;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Which file (id)?");
            return;
        }
        Download file;
        try {
            file = publications.download(id);
        } catch (FileMissing missing) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (AccessRefused refused) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN); // the error page audits it as well
            return;
        }
        response.setContentType(file.contentType());
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(file.content().length);
        response.getOutputStream().write(file.content());
    }
}

package nl.meldpunt.web.admin;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.meldpunt.notification.MailKind;
import nl.meldpunt.notification.MailStatus;
import nl.meldpunt.notification.RenderedMail;

/**
 * Shows a mail as its recipients get it, in the organisation's branding: HTML, or plain text with
 * {@code format=text}. For the organisation admin (under /admin) and the confidants (under /console);
 * the service refuses organisations the staff member does not serve.
 */
@WebServlet({"/admin/mail-preview", "/console/mail-preview"})
public class MailPreviewServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private MailStatus mail;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long organisation;
        MailKind kind;
        try {
            organisation = Long.parseLong(request.getParameter("org"));
            kind = MailKind.valueOf(request.getParameter("kind"));
        } catch (IllegalArgumentException | NullPointerException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Which organisation (org) and which mail (kind)?");
            return;
        }
        RenderedMail rendered = mail.preview(organisation, kind, request.getParameter("lang"));
        if ("text".equals(request.getParameter("format"))) {
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(rendered.subject() + "\n\n" + rendered.text());
        } else {
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write(rendered.html());
        }
    }
}

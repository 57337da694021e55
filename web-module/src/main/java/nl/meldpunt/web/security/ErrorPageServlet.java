package nl.meldpunt.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ResourceBundle;
import nl.meldpunt.web.shared.Language;
import nl.meldpunt.web.shared.ResourceVersions;
import org.owasp.encoder.Encode;

/**
 * The error pages, as plain HTML so that they work whatever state JSF is in. Every 403 is audited
 * here, whether the container refused the URL or a service refused the call.
 */
@WebServlet("/error/*")
public class ErrorPageServlet extends HttpServlet {

    @Inject
    private Language language;

    @Inject
    private RefusalAudit refusals;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String kind = request.getPathInfo() == null ? "/failed" : request.getPathInfo();
        int status;
        String key;
        switch (kind) {
            case "/forbidden" -> {
                status = HttpServletResponse.SC_FORBIDDEN;
                key = "error.forbidden";
                refusals.record(request, (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
            }
            case "/not-found" -> {
                status = HttpServletResponse.SC_NOT_FOUND;
                key = "error.notFound";
            }
            case "/expired" -> {
                status = HttpServletResponse.SC_BAD_REQUEST;
                key = "error.expired";
            }
            case "/key-not-held" -> {
                status = HttpServletResponse.SC_FORBIDDEN;
                key = "error.keyNotHeld";
            }
            case "/unreadable" -> {
                status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
                key = "error.unreadable";
            }
            default -> {
                status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
                key = "error.failed";
            }
        }
        if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null && !"/forbidden".equals(kind)) {
            status = HttpServletResponse.SC_NOT_FOUND; // opened directly: nothing went wrong
            key = "error.notFound";
        }
        ResourceBundle msg = ResourceBundle.getBundle("nl.meldpunt.web.Messages", language.getLocale());
        String context = request.getContextPath();
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("""
                <!DOCTYPE html>
                <html lang="%s"><head><meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <link rel="icon" href="%s/favicon.svg" type="image/svg+xml"/><title>%s - Meldpunt</title>
                <link rel="stylesheet" href="%s%s"/></head>
                <body><main id="content" class="mp-narrow"><h1>%s</h1><p>%s</p>
                <p><a href="%s/">%s</a></p></main></body></html>
                """.formatted(language.getLocale().getLanguage(), context,
                Encode.forHtml(msg.getString(key + ".title")), context,
                Encode.forHtmlAttribute(ResourceVersions.versioned(getServletContext(), ResourceVersions.OWN_PREFIX + "css/meldpunt.css")),
                Encode.forHtml(msg.getString(key + ".title")), Encode.forHtml(msg.getString(key + ".text")),
                context, Encode.forHtml(msg.getString("error.home"))));
    }
}

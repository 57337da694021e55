package nl.meldpunt.web.organisation;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.meldpunt.organisation.OrganisationService;
import nl.meldpunt.organisation.PublicOrganisation;
import nl.meldpunt.web.shared.Language;
import nl.meldpunt.web.shared.ResourceVersions;
import org.owasp.encoder.Encode;

/**
 * The stable entry address an organisation links from its intranet: {@code /m/{slug}}.
 *
 * <p>Rendered without JSF on purpose: a visitor who only reads must get no HTTP session and no
 * cookie (PrimeFaces keeps its CSP nonce in the view map, which Mojarra keeps in the session), and
 * the page must work without JavaScript. The session starts with the first click in the report wizard.
 */
@WebServlet("/m/*")
public class EntryServlet extends HttpServlet {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-zA-Z0-9.]+)}");

    @Inject
    private OrganisationService organisations;

    @Inject
    private Language language;

    private String template;

    @Override
    public void init() throws ServletException {
        try (InputStream in = getServletContext().getResourceAsStream("/WEB-INF/pages/entry.html")) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new ServletException("Entry page template missing", e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        String slug = path.replaceAll("^/+|/+$", "");
        PublicOrganisation organisation = organisations.findPublic(slug).orElse(null);
        if (organisation == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ResourceBundle msg = ResourceBundle.getBundle("nl.meldpunt.web.Messages", language.getLocale());
        Map<String, String> values = new HashMap<>();
        values.put("lang", language.getLocale().getLanguage());
        values.put("otherLang", language.getOther());
        values.put("context", Encode.forHtmlAttribute(request.getContextPath()));
        values.put("stylesheet", Encode.forHtmlAttribute(request.getContextPath()
                + ResourceVersions.versioned(getServletContext(), ResourceVersions.OWN_PREFIX + "css/meldpunt.css")));
        values.put("slug", Encode.forHtmlAttribute(organisation.slug()));
        values.put("name", Encode.forHtml(organisation.name()));
        values.put("logo", organisation.hasLogo()
                ? "<img class=\"mp-logo\" alt=\"\" src=\"" + Encode.forHtmlAttribute(request.getContextPath() + "/logo/" + organisation.slug()) + "\"/>"
                : "");
        values.put("title", Encode.forHtml(MessageFormat.format(msg.getString("entry.title"), organisation.name())));
        values.put("heading", Encode.forHtml(MessageFormat.format(msg.getString("entry.heading"), organisation.name())));
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(fill(template, values, msg));
    }

    static String fill(String template, Map<String, String> values, ResourceBundle msg) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 2048);
        while (m.find()) {
            String key = m.group(1);
            String value = key.startsWith("msg.") ? Encode.forHtml(msg.getString(key.substring(4))) : values.get(key);
            if (value == null) {
                throw new IllegalStateException("No value for placeholder " + key);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}

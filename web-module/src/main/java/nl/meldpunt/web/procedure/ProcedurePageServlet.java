package nl.meldpunt.web.procedure;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import nl.meldpunt.organisation.OrganisationService;
import nl.meldpunt.organisation.PublicOrganisation;
import nl.meldpunt.procedure.ProcedureService;
import nl.meldpunt.procedure.ProcedureText;
import nl.meldpunt.procedure.PublishedProcedure;
import nl.meldpunt.shared.DutchTime;
import nl.meldpunt.shared.HtmlTemplate;
import nl.meldpunt.web.shared.Language;
import nl.meldpunt.web.shared.ResourceVersions;

/**
 * The organisation's procedure page, {@code /procedure/{slug}}, linked from the entry page: the current published
 * procedure and PSA policy (with its version and date), what the confidant does, and what the Wbk (Wet bescherming
 * klokkenluiders) says every employee may know: that reporting externally, to the Huis voor Klokkenluiders and the
 * other competent authorities, is always possible, also directly. Without a published procedure the confidant's
 * role and the external reporting are shown all the same.
 *
 * <p>Like the entry page: no JSF, no HTTP session, no cookie, no script; the organisation's colours and logo;
 * {@code WEB-INF/pages/procedure.html} filled by {@link HtmlTemplate}, which escapes every value. The
 * organisation's text is split into paragraphs and lists by {@link ProcedureText} and each piece escaped: markup in
 * it is shown as the characters typed. An address the organisation used before redirects permanently.
 */
@WebServlet("/procedure/*")
public class ProcedurePageServlet extends HttpServlet {

    /** Per language: every text of {@code Messages} as {@code msg.<key>}, as the template names them. */
    private static final Map<Locale, Map<String, String>> MESSAGES = new ConcurrentHashMap<>();

    /** The Huis voor Klokkenluiders' website, as the Wbk's external reporting point. */
    static final String HUIS_VOOR_KLOKKENLUIDERS = "https://www.huisvoorklokkenluiders.nl";

    @Inject
    private OrganisationService organisations;

    @Inject
    private ProcedureService procedures;

    @Inject
    private Language language;

    private HtmlTemplate template;

    @Override
    public void init() throws ServletException {
        InputStream in = getServletContext().getResourceAsStream("/WEB-INF/pages/procedure.html");
        if (in == null) {
            throw new ServletException("Procedure page template missing");
        }
        template = HtmlTemplate.compile("procedure.html", in);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        String slug = path.replaceAll("^/+|/+$", "");
        PublicOrganisation organisation = slug.contains("/") ? null : organisations.findPublic(slug).orElse(null);
        if (organisation == null) {
            String current = slug.isEmpty() || slug.contains("/") ? null : organisations.currentSlugOf(slug).orElse(null);
            if (current != null) {
                // Built from the stored slug (letters, digits, hyphens), never from the request's own text.
                String query = request.getQueryString();
                response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
                response.setHeader("Location", request.getContextPath() + "/procedure/" + current + (query == null ? "" : "?" + query));
                return;
            }
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Locale locale = language.getLocale();
        PublishedProcedure procedure = procedures.currentPublished(organisation.slug()).orElse(null);
        String stylesheet = request.getContextPath()
                + ResourceVersions.versioned(getServletContext(), ResourceVersions.OWN_PREFIX + "css/meldpunt.css");
        String page = render(template, organisation, procedure, locale, language.getOther(), request.getContextPath(), stylesheet);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(page);
    }

    /** The page for one organisation and its current procedure (or none) in one language; every value escaped by the template. */
    static String render(HtmlTemplate template, PublicOrganisation organisation, PublishedProcedure procedure, Locale locale,
                         String otherLanguage, String context, String stylesheet) {
        boolean english = Language.ENGLISH.equals(locale);
        Map<String, String> messages = MESSAGES.computeIfAbsent(locale, ProcedurePageServlet::messages);
        Map<String, Object> values = new HashMap<>();
        values.put("lang", locale.getLanguage());
        values.put("otherLang", otherLanguage);
        values.put("context", context);
        values.put("stylesheet", stylesheet);
        values.put("slug", organisation.slug());
        values.put("name", organisation.name());
        values.put("hasLogo", organisation.hasLogo());
        values.put("logoVersion", organisation.logoVersion() == null ? "" : organisation.logoVersion());
        values.put("title", MessageFormat.format(messages.get("msg.procedure.page.title"), organisation.name()));
        values.put("heading", MessageFormat.format(messages.get("msg.procedure.page.heading"), organisation.name()));
        values.put("intro", MessageFormat.format(messages.get("msg.procedure.page.intro"), organisation.name()));
        values.put("open", !organisation.closed());
        values.put("huisUrl", HUIS_VOOR_KLOKKENLUIDERS);
        values.put("hasProcedure", procedure != null);
        values.put("noProcedure", procedure == null);
        values.put("onlyDutch", procedure != null && procedure.onlyDutch(english));
        values.put("procedureVersion", procedure == null ? "" : MessageFormat.format(messages.get("msg.procedure.page.version"),
                String.valueOf(procedure.version()), DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                        .withZone(DutchTime.ZONE).format(procedure.publishedAt())));
        values.put("blocks", procedure == null ? List.of() : blocks(procedure.in(english)));
        return template.render(values, messages);
    }

    /** The text's paragraphs and lists as the template walks them: plain strings, escaped by the template. */
    static List<Map<String, Object>> blocks(String text) {
        List<Map<String, Object>> blocks = new ArrayList<>();
        for (ProcedureText.Block block : ProcedureText.blocks(text)) {
            Map<String, Object> one = new HashMap<>();
            one.put("paragraph", block.isParagraph());
            one.put("list", !block.isParagraph());
            one.put("text", block.text());
            one.put("items", block.lines().stream().map(line -> Map.of("item", line)).toList());
            blocks.add(one);
        }
        return blocks;
    }

    private static Map<String, String> messages(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("nl.meldpunt.web.Messages", locale);
        Map<String, String> messages = new HashMap<>();
        bundle.keySet().forEach(key -> messages.put("msg." + key, bundle.getString(key)));
        return Map.copyOf(messages);
    }
}

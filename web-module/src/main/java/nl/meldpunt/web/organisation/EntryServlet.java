package nl.meldpunt.web.organisation;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import nl.meldpunt.organisation.OrganisationService;
import nl.meldpunt.organisation.PublicOrganisation;
import nl.meldpunt.profile.ConfidantProfiles;
import nl.meldpunt.profile.PublicProfile;
import nl.meldpunt.shared.HtmlTemplate;
import nl.meldpunt.shared.PublicPageChanges;
import nl.meldpunt.web.shared.Language;
import nl.meldpunt.web.profile.ProfilePhotos;
import nl.meldpunt.web.shared.ResourceVersions;

/**
 * The stable entry address an organisation links from its intranet: {@code /m/{slug}}.
 *
 * <p>Rendered without JSF on purpose: a visitor who only reads must get no HTTP session and no
 * cookie (PrimeFaces keeps its CSP nonce in the view map, which Mojarra keeps in the session), and
 * the page must work without JavaScript. The session starts with the first click in the report wizard.
 * The page is {@code WEB-INF/pages/entry.html}, filled by {@link HtmlTemplate}, which escapes every value.
 */
@WebServlet("/m/*")
public class EntryServlet extends HttpServlet {

    /** Per language: every text of {@code Messages} as {@code msg.<key>}, as the template names them. */
    private static final Map<Locale, Map<String, String>> MESSAGES = new ConcurrentHashMap<>();

    @Inject
    private OrganisationService organisations;

    @Inject
    private Language language;

    @Inject
    private ConfidantProfiles profiles;

    private HtmlTemplate template;

    /**
     * The rendered page per organisation and language. Every visitor of an organisation gets the same page, and
     * rendering it reads the organisation, its confidants and their profiles: kept while nothing it shows has
     * changed ({@link PublicPageChanges}), at most {@link PublicPageChanges#LONGEST_KEPT}. Only pages of existing
     * organisations are kept, so this holds at most two pages per organisation.
     */
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    private record Kept(String html, long generation, long renderedAt) {
        boolean current(long now) {
            return generation == now && System.nanoTime() - renderedAt < PublicPageChanges.LONGEST_KEPT.toNanos();
        }
    }

    @Override
    public void init() throws ServletException {
        InputStream in = getServletContext().getResourceAsStream("/WEB-INF/pages/entry.html");
        if (in == null) {
            throw new ServletException("Entry page template missing");
        }
        template = HtmlTemplate.compile("entry.html", in);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        String slug = path.replaceAll("^/+|/+$", "");
        Locale locale = language.getLocale();
        String key = slug + "|" + locale.toLanguageTag();
        long generation = PublicPageChanges.generation(); // before reading: a change meanwhile makes this page stale
        Kept page = kept.get(key);
        if (page == null || !page.current(generation)) {
            String html = render(request, response, slug, locale);
            if (html == null) {
                kept.remove(key);
                return; // answered already: moved or not found
            }
            page = new Kept(html, generation, System.nanoTime());
            kept.put(key, page);
        }
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(page.html());
    }

    /** The page of the organisation with this slug, or null after answering a moved or unknown address. */
    private String render(HttpServletRequest request, HttpServletResponse response, String slug, Locale locale) throws IOException {
        PublicOrganisation organisation = organisations.findPublic(slug).orElse(null);
        if (organisation == null) {
            // Issue 13: an address the organisation used before keeps working, as a permanent redirect.
            String current = organisations.currentSlugOf(slug).orElse(null);
            if (current != null) {
                movedPermanently(request, response, "/m/" + current);
                return null;
            }
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return null;
        }
        Map<String, String> messages = MESSAGES.computeIfAbsent(locale, EntryServlet::messages);
        Map<String, Object> values = new HashMap<>();
        values.put("lang", locale.getLanguage());
        values.put("otherLang", language.getOther());
        values.put("context", request.getContextPath());
        values.put("stylesheet", request.getContextPath()
                + ResourceVersions.versioned(getServletContext(), ResourceVersions.OWN_PREFIX + "css/meldpunt.css"));
        values.put("slug", organisation.slug());
        values.put("name", organisation.name());
        values.put("hasLogo", organisation.hasLogo());
        values.put("logoVersion", organisation.logoVersion() == null ? "" : organisation.logoVersion());
        values.put("title", MessageFormat.format(messages.get("msg.entry.title"), organisation.name()));
        values.put("heading", MessageFormat.format(messages.get("msg.entry.heading"), organisation.name()));
        // Issue 13: a suspended or archived organisation takes no new report; reporters with a code still log in.
        values.put("open", !organisation.closed());
        values.put("closed", organisation.closed());
        values.put("hasClosedNotice", organisation.closedNotice() != null);
        values.put("closedNotice", organisation.closedNotice() == null ? "" : organisation.closedNotice());
        values.put("confidants", confidants(request, organisation.slug(), locale, messages));
        values.put("hasConfidants", !((java.util.List<?>) values.get("confidants")).isEmpty());
        return template.render(values, messages);
    }

    /** Issue 14: the organisation's confidants as the page shows them (seed 003 §3: who, how to reach them, when). */
    private java.util.List<Map<String, Object>> confidants(HttpServletRequest request, String slug, Locale locale,
                                                           Map<String, String> messages) {
        java.util.List<Map<String, Object>> shown = new java.util.ArrayList<>();
        for (PublicProfile p : profiles.ofOrganisation(slug, locale.getLanguage())) {
            Map<String, Object> c = new HashMap<>();
            c.put("id", p.staffId());
            c.put("name", p.name());
            c.put("hasPhoto", p.hasPhoto());
            c.put("photo", p.hasPhoto() ? request.getContextPath() + ProfilePhotos.address(slug, p.staffId(), p.photoVersion()) : "");
            c.put("photoAlt", MessageFormat.format(messages.get("msg.entry.confidants.photo"), p.name()));
            c.put("hasIntroduction", !p.introduction().isEmpty());
            c.put("introduction", p.introduction());
            c.put("hasAvailability", !p.availability().isEmpty());
            c.put("availability", p.availability());
            c.put("languages", p.languages().stream().map(code -> ProfilePhotos.languageName(code, locale))
                    .collect(java.util.stream.Collectors.joining(", ")));
            c.put("hasPhone", !p.phone().isEmpty());
            c.put("phone", p.phone());
            c.put("phoneLink", "tel:" + p.phone().replaceAll("[^0-9+]", ""));
            shown.add(c);
        }
        return shown;
    }

    /**
     * 301 to {@code path} in this application, with the query (such as {@code ?lang=en}) kept. The path is
     * built from a stored slug (lower-case letters, digits, hyphens), never from the request's own text.
     */
    static void movedPermanently(HttpServletRequest request, HttpServletResponse response, String path) {
        String query = request.getQueryString();
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader("Location", request.getContextPath() + path + (query == null ? "" : "?" + query));
    }

    private static Map<String, String> messages(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("nl.meldpunt.web.Messages", locale);
        Map<String, String> messages = new HashMap<>();
        bundle.keySet().forEach(key -> messages.put("msg." + key, bundle.getString(key)));
        return Map.copyOf(messages);
    }
}

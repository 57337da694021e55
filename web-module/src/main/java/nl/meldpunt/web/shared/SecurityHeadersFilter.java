package nl.meldpunt.web.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Security headers on every response: a strict Content-Security-Policy without third-party
 * origins, no framing, no referrer, no MIME sniffing, and HSTS when the request came over HTTPS.
 *
 * <p>On JSF pages PrimeFaces adds its own policy with a per-request script nonce; the wrapper lets
 * that one replace the default instead of adding a second, stricter header that would block it.
 *
 * <p>Caching, decided here for every response and nowhere else: a versioned static resource (a JSF
 * resource with a library version such as PrimeFaces' {@code v=15.0.13}, or one of our own whose
 * {@code v=} matches the file's content, see {@link ResourceVersions}) is cached for a year as
 * immutable; everything else (pages, redirects, refusals, error pages, downloads, servlets) gets
 * {@code no-store}, so that a shared computer's browser keeps no copy of a report, a case file or a
 * login page. The wrapper ignores caching headers that code further down sets (Mojarra's one-week
 * {@code Expires}, PrimeFaces' download headers), so the decision cannot be weakened by accident.
 *
 * <p>One exception, by path: an organisation's logo ({@code /logo/{slug}}, issue 13) is public, the same
 * for everyone and shown on every entry page, so its servlet may replace the {@code no-store} set here by
 * {@code public, max-age} with a strong ETag; whatever it does not answer with the logo keeps {@code no-store}.
 */
@WebFilter(filterName = "SecurityHeadersFilter", urlPatterns = "/*",
        dispatcherTypes = {jakarta.servlet.DispatcherType.REQUEST, jakarta.servlet.DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    static final String CSP = "Content-Security-Policy";
    static final String CACHE_CONTROL = "Cache-Control";
    static final String NO_STORE = "no-store";
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private static final String FACES_RESOURCE = "/jakarta.faces.resource/";
    private static final String LOGO = "/logo/";
    static final String DEFAULT_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; script-src 'self'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean versioned = isVersionedResource(request);
        boolean publicLogo = isPublicLogo(request);
        setHeaders(request, response, versioned, publicLogo);
        chain.doFilter(request, new SinglePolicyResponse(request, response, versioned, publicLogo));
    }

    public static void setHeaders(HttpServletRequest request, HttpServletResponse response, boolean versioned) {
        setHeaders(request, response, versioned, isPublicLogo(request));
    }

    /** The logo servlet's own request (not an error page shown for it): its caching is the servlet's. */
    static boolean isPublicLogo(HttpServletRequest request) {
        // By the address, not the servlet path: the authentication mechanism sees the request before it is mapped.
        String path = request.getRequestURI().substring(Math.min(request.getContextPath().length(), request.getRequestURI().length()));
        return ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                && path.startsWith(LOGO) && !path.contains("..") && !path.contains(";")
                && (request.getServletPath() == null || request.getServletPath().isEmpty() || "/logo".equals(request.getServletPath()))
                && request.getDispatcherType() == jakarta.servlet.DispatcherType.REQUEST;
    }

    private static void setHeaders(HttpServletRequest request, HttpServletResponse response, boolean versioned, boolean publicLogo) {
        response.setHeader(CSP, DEFAULT_POLICY);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        if (versioned) {
            response.setHeader(CACHE_CONTROL, IMMUTABLE);
        } else if (publicLogo) {
            response.setHeader(CACHE_CONTROL, NO_STORE);
        } else {
            response.setHeader(CACHE_CONTROL, NO_STORE);
            response.setHeader("Pragma", "no-cache");
            response.setHeader("Expires", "0");
        }
    }

    /**
     * A JSF resource of a library with its version ({@code ln=primefaces&v=15.0.13}), or one of our
     * own resources (through JSF or directly under {@code /resources/meldpunt/}) whose {@code v=}
     * is the current version of the file.
     */
    public static boolean isVersionedResource(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return false;
        }
        String version = request.getParameter("v");
        if (version == null || version.isEmpty()) {
            return false;
        }
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        String own;
        if (path.startsWith(FACES_RESOURCE)) {
            if (request.getParameter("ln") != null) {
                return true;
            }
            own = "/resources/" + path.substring(FACES_RESOURCE.length()).replaceFirst("\\.xhtml$", "");
        } else if (path.startsWith(ResourceVersions.OWN_PREFIX)) {
            own = path;
        } else {
            return false;
        }
        return ResourceVersions.of(request.getServletContext(), own).map(version::equals).orElse(false);
    }

    /** A text type without a character set gets UTF-8 (ASVS 4.1.1); anything else is left as it is. */
    static String withCharset(String type) {
        if (type == null) {
            return null;
        }
        String lower = type.toLowerCase(java.util.Locale.ROOT).strip();
        if (lower.contains("charset=")) {
            return type;
        }
        String media = lower.contains(";") ? lower.substring(0, lower.indexOf(';')).strip() : lower;
        boolean text = media.startsWith("text/") || media.endsWith("+xml") || media.endsWith("/xml")
                || media.endsWith("/javascript") || media.endsWith("/json");
        return text ? type + ";charset=UTF-8" : type;
    }

    /** Keeps exactly one Content-Security-Policy header, and the caching headers set above; names the character set. */
    private static final class SinglePolicyResponse extends HttpServletResponseWrapper {

        private final HttpServletRequest request;
        private final boolean versioned;
        private final boolean publicLogo;

        SinglePolicyResponse(HttpServletRequest request, HttpServletResponse response, boolean versioned, boolean publicLogo) {
            super(response);
            this.request = request;
            this.versioned = versioned;
            this.publicLogo = publicLogo;
        }

        /** A reset (an error while rendering, a download) clears every header: set ours again. */
        @Override
        public void reset() {
            super.reset();
            setHeaders(request, (HttpServletResponse) getResponse(), versioned, publicLogo);
        }

        /** Only the logo servlet replaces {@code no-store}, and only with its own Cache-Control. */
        @Override
        public void setHeader(String name, String value) {
            if ("Content-Type".equalsIgnoreCase(name)) {
                setContentType(value);
            } else if (!isCaching(name) || publicLogo && CACHE_CONTROL.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            }
        }

        /**
         * Static files and JSF's resources (PrimeFaces' scripts, our style sheet) get their type from the server's
         * list without a character set; ours are all UTF-8. Not in web.xml's mime-mapping: Mojarra evaluates the
         * expressions in a style sheet only when its type is exactly {@code text/css}.
         */
        @Override
        public void setContentType(String type) {
            super.setContentType(withCharset(type));
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else if (!isCaching(name)) {
                super.addHeader(name, value);
            }
        }


        @Override
        public void setDateHeader(String name, long date) {
            if (!isCaching(name)) {
                super.setDateHeader(name, date);
            }
        }

        @Override
        public void addDateHeader(String name, long date) {
            if (!isCaching(name)) {
                super.addDateHeader(name, date);
            }
        }

        private static boolean isCaching(String name) {
            return CACHE_CONTROL.equalsIgnoreCase(name) || "Expires".equalsIgnoreCase(name) || "Pragma".equalsIgnoreCase(name);
        }
    }
}

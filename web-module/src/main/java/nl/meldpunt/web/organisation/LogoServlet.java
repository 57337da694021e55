package nl.meldpunt.web.organisation;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import nl.meldpunt.organisation.OrganisationService;

/**
 * The organisation's logo ({@code /logo/{slug}}). Public and the same for everyone, so it may be cached
 * (the only answer besides versioned resources that is, see {@code SecurityHeadersFilter}): a strong ETag
 * (the SHA-256 of the bytes), {@code public, max-age} of {@link #MAX_AGE_SECONDS}, and 304 when the
 * browser's copy is current. The entry page asks for {@code /logo/{slug}?v=...} with the start of the hash,
 * so a new logo shows at once there. The type is the one detected and stored, never sniffed; an SVG (set
 * before uploads were checked) is sent with a policy that runs no script even when opened on its own.
 * A former slug of the organisation answers with a permanent redirect to the current one. The photos of the
 * organisation's confidants (issue 14) are served the same way, at {@code /logo/{slug}/confidant-{id}}.
 */
@WebServlet("/logo/*")
public class LogoServlet extends HttpServlet {

    /** Five minutes: a changed logo reaches a browser that kept the old one without the version in its address soon. */
    static final int MAX_AGE_SECONDS = 300;

    /** {@code /logo/{slug}/confidant-{id}}: the photo of a confidant who serves that organisation (issue 14). */
    private static final java.util.regex.Pattern PHOTO = java.util.regex.Pattern.compile("([a-z0-9-]{1,64})/confidant-([0-9]{1,18})");

    @Inject
    private OrganisationService organisations;

    @Inject
    private nl.meldpunt.profile.ConfidantProfiles profiles;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String slug = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        var photo = PHOTO.matcher(slug);
        if (photo.matches()) {
            var found = profiles.photo(photo.group(1), Long.parseLong(photo.group(2))).orElse(null);
            if (found == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            send(request, response, found.contentType(), found.image(), found.sha256());
            return;
        }
        var logo = organisations.logo(slug).orElse(null);
        if (logo == null) {
            String current = organisations.currentSlugOf(slug).orElse(null);
            if (current != null) {
                EntryServlet.movedPermanently(request, response, "/logo/" + current);
                return;
            }
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        send(request, response, logo.contentType(), logo.image(), logo.sha256());
    }

    /** The image, public and cached for {@link #MAX_AGE_SECONDS}, with its hash as strong ETag (304 when the browser has it). */
    private static void send(HttpServletRequest request, HttpServletResponse response, String contentType, byte[] image, String sha256)
            throws IOException {
        String etag = "\"" + sha256 + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "public, max-age=" + MAX_AGE_SECONDS);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
        if (matches(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(contentType);
        response.setContentLength(image.length);
        response.getOutputStream().write(image);
    }

    /** If-None-Match holds {@code *} or a list of tags, possibly weak ({@code W/"..."}): weak comparison. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::strip)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
    }
}

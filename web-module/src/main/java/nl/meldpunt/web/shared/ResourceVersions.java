package nl.meldpunt.web.shared;

import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The version of our own static resources ({@code /resources/meldpunt/...}): the first hex digits
 * of the SHA-256 of the file, so that it changes exactly when the file changes. A URL carries it as
 * {@code v=...}; only a URL whose version matches the file is cached for a year (see
 * {@link SecurityHeadersFilter}), so a changed file is never hidden behind an old cached copy.
 */
public final class ResourceVersions {

    /** Where our own resources live in the web module. */
    public static final String OWN_PREFIX = "/resources/meldpunt/";
    private static final Map<String, Optional<String>> VERSIONS = new ConcurrentHashMap<>();

    private ResourceVersions() {
    }

    /** The version of a file of the web module ({@code /resources/meldpunt/css/meldpunt.css}), if it exists. */
    public static Optional<String> of(ServletContext context, String path) {
        if (path == null || !path.startsWith(OWN_PREFIX) || path.contains("..")) {
            return Optional.empty();
        }
        return VERSIONS.computeIfAbsent(path, p -> hash(context, p));
    }

    /** The path with its version parameter, for links outside JSF (entry page, error pages). */
    public static String versioned(ServletContext context, String path) {
        return of(context, path).map(v -> path + "?v=" + v).orElse(path);
    }

    private static Optional<String> hash(ServletContext context, String path) {
        try (InputStream in = context.getResourceAsStream(path)) {
            if (in == null) {
                return Optional.empty();
            }
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(in.readAllBytes());
            return Optional.of(HexFormat.of().formatHex(digest.digest()).substring(0, 12));
        } catch (IOException | NoSuchAlgorithmException e) {
            return Optional.empty();
        }
    }
}

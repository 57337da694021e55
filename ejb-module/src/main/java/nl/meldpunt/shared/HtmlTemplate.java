package nl.meldpunt.shared;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.reflect.Guard;
import com.github.mustachejava.reflect.MissingWrapper;
import com.github.mustachejava.reflect.ReflectionObjectHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.owasp.encoder.Encode;

/**
 * An HTML page or mail laid out in a Mustache template (Mustache.java), compiled once and filled per
 * use. The engine escapes every {@code {{name}}} for HTML (with the OWASP encoder, as the rest of the
 * application does, so text and quoted attribute values are safe); only {@code {{{name}}}} goes in as
 * it is, for HTML the caller built from escaped parts. A value is never read as a template again, so a
 * name that contains {@code {{link}}} stays text. A marker without a value is an error, not an empty
 * string, so a typo in a template fails its test.
 */
public final class HtmlTemplate {

    private static final DefaultMustacheFactory ENGINE = new DefaultMustacheFactory() {
        @Override
        public void encode(String value, Writer writer) {
            try {
                Encode.forHtml(writer, value);
            } catch (IOException e) {
                throw new MustacheException("Failed to write the template", e);
            }
        }
    };

    static {
        ENGINE.setObjectHandler(new ReflectionObjectHandler() {
            @Override
            protected MissingWrapper createMissingWrapper(String name, List<Guard> guards) {
                throw new MustacheException("No value for {{" + name + "}}");
            }
        });
    }

    private final Mustache mustache;

    private HtmlTemplate(Mustache mustache) {
        this.mustache = mustache;
    }

    /** The template {@code resource} beside {@code anchor} (as {@link Class#getResourceAsStream}), in UTF-8. */
    public static HtmlTemplate of(Class<?> anchor, String resource) {
        InputStream in = anchor.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Template missing: " + resource + " beside " + anchor.getName());
        }
        return compile(resource, in);
    }

    /** The template read from {@code in} (UTF-8, closed afterwards); {@code name} appears in errors. */
    public static HtmlTemplate compile(String name, InputStream in) {
        try (Reader reader = new InputStreamReader(Objects.requireNonNull(in, name), StandardCharsets.UTF_8)) {
            return new HtmlTemplate(ENGINE.compile(reader, name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The filled template. Values are plain text ({@code {{name}}} escapes them); with several maps a
     * name is looked up in the first map first.
     */
    @SafeVarargs
    public final String render(Map<String, ?>... values) {
        List<Object> scopes = new ArrayList<>(Arrays.asList(values));
        Collections.reverse(scopes); // Mustache looks in the last scope first
        StringWriter out = new StringWriter(4096);
        mustache.execute(out, scopes);
        return out.toString();
    }
}

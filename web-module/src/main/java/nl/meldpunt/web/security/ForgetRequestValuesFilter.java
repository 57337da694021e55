package nl.meldpunt.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * After every request, makes Payara's HTTP layer forget the last form value it decoded (issue 17, the
 * canary scan of the server's heap).
 *
 * <p>Grizzly reuses its request objects. While decoding the parameters it keeps the last name and value in
 * two scratch buffers ({@code Parameters.tmpNameC}, {@code tmpValueC}), and {@code recycle()} does not empty
 * them: the value stays as a cached {@code String} (and its characters) until that request object decodes
 * the next form, which on a quiet server can be days. That value is often a narrative or a message. Here both
 * buffers are {@code reset()} (their characters and the cached String dropped) once our answer is written.
 *
 * <p>The buffers are not public API, so they are reached by name. When a Payara upgrade changes them, this
 * filter says so once in the log and lets every request through unchanged; {@code CanaryHeapIT} then fails.
 */
@WebFilter(filterName = "ForgetRequestValuesFilter", urlPatterns = "/*")
public class ForgetRequestValuesFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(ForgetRequestValuesFilter.class.getName());
    private static final String[] SCRATCH_BUFFERS = {"tmpNameC", "tmpValueC"};

    /** The reflective path per class of request object; {@link Handles#NONE} for a class that has none. */
    private static final Map<Class<?>, Handles> HANDLES = new ConcurrentHashMap<>();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } finally {
            if (!request.isAsyncStarted()) { // an asynchronous answer still reads its request
                ServletRequest inner = request;
                while (inner instanceof ServletRequestWrapper wrapper) {
                    inner = wrapper.getRequest();
                }
                forgetDecodedValues(inner);
            }
        }
    }

    /** Empties the scratch buffers behind Payara's request object {@code facade}; does nothing for any other object. */
    static void forgetDecodedValues(Object facade) {
        Handles found = HANDLES.computeIfAbsent(facade.getClass(), type -> Handles.find(facade));
        if (!found.usable()) {
            return;
        }
        try {
            Object catalinaRequest = found.unwrap.invoke(facade);
            Object grizzlyRequest = found.coyote.invoke(catalinaRequest);
            Object parameters = found.parameters.invoke(grizzlyRequest);
            for (Field buffer : found.buffers) {
                found.reset.invoke(buffer.get(parameters));
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            HANDLES.put(facade.getClass(), Handles.NONE);
            LOG.log(Level.WARNING, "Meldpunt cannot empty the HTTP layer''s parameter buffers on this server ({0}); "
                    + "the last form value of a request stays in memory until the request object is reused",
                    e.getClass().getSimpleName());
        }
    }

    /** The reflective path: RequestFacade → catalina Request → Grizzly Request → Parameters → scratch buffers. */
    private record Handles(Method unwrap, Method coyote, Method parameters, Field[] buffers, Method reset) {

        static final Handles NONE = new Handles(null, null, null, new Field[0], null);

        boolean usable() {
            return reset != null;
        }

        static Handles find(Object facade) {
            try {
                Method unwrap = facade.getClass().getMethod("getUnwrappedCoyoteRequest");
                Object catalinaRequest = unwrap.invoke(facade);
                Method coyote = catalinaRequest.getClass().getMethod("getCoyoteRequest");
                Object grizzlyRequest = coyote.invoke(catalinaRequest);
                Method parameters = grizzlyRequest.getClass().getMethod("getParameters");
                Class<?> parametersClass = parameters.invoke(grizzlyRequest).getClass();
                Field[] buffers = new Field[SCRATCH_BUFFERS.length];
                for (int i = 0; i < buffers.length; i++) {
                    buffers[i] = parametersClass.getDeclaredField(SCRATCH_BUFFERS[i]);
                    buffers[i].setAccessible(true);
                }
                Method reset = buffers[0].getType().getMethod("reset");
                return new Handles(unwrap, coyote, parameters, buffers, reset);
            } catch (ReflectiveOperationException | RuntimeException e) {
                LOG.log(Level.WARNING, "Meldpunt cannot reach the HTTP layer''s parameter buffers on this server ({0}: {1}); "
                        + "the last form value of a request stays in memory until the request object is reused",
                        new Object[] {e.getClass().getSimpleName(), e.getMessage()});
                return NONE;
            }
        }
    }
}

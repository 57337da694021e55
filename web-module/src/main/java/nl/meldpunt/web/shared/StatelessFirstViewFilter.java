package nl.meldpunt.web.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;

/**
 * The GET of a page with a stateless first view ({@link StatelessFirstView}) from a visitor without a
 * session gets a session that lives only as long as the request: never registered with the
 * container, no cookie, nothing left in memory after the response. A visitor who already has a
 * session (a logged-in confidant writing down an oral report) keeps using it.
 */
@WebFilter(filterName = "StatelessFirstViewFilter", urlPatterns = {"/melden.xhtml", "/contact.xhtml"})
public class StatelessFirstViewFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** Request attribute: this request is the session-less first view. */
    public static final String ACTIVE = "meldpunt.statelessFirstView";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean firstView = ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                && request.getSession(false) == null;
        if (firstView) {
            request.setAttribute(ACTIVE, Boolean.TRUE);
        }
        chain.doFilter(firstView ? new RequestLocalSession(request) : request, response);
    }

    private static final class RequestLocalSession extends HttpServletRequestWrapper {

        private HttpSession session;

        RequestLocalSession(HttpServletRequest request) {
            super(request);
        }

        @Override
        public HttpSession getSession(boolean create) {
            if (session == null && create) {
                session = new LocalSession(getServletContext());
            }
            return session;
        }

        @Override
        public HttpSession getSession() {
            return getSession(true);
        }

        @Override
        public String changeSessionId() {
            throw new IllegalStateException("No session on a stateless first view");
        }

        @Override
        public boolean isRequestedSessionIdValid() {
            return false;
        }
    }

    /** A session object that is never registered with the container: gone with the request. */
    private static final class LocalSession implements HttpSession {

        private final Map<String, Object> attributes = Collections.synchronizedMap(new HashMap<>());
        private final long created = System.currentTimeMillis();
        private final ServletContext context;
        private int maxInactiveInterval = 60;

        LocalSession(ServletContext context) {
            this.context = context;
        }

        @Override
        public long getCreationTime() {
            return created;
        }

        @Override
        public String getId() {
            return "request-local";
        }

        @Override
        public long getLastAccessedTime() {
            return created;
        }

        @Override
        public ServletContext getServletContext() {
            return context;
        }

        @Override
        public void setMaxInactiveInterval(int interval) {
            maxInactiveInterval = interval;
        }

        @Override
        public int getMaxInactiveInterval() {
            return maxInactiveInterval;
        }

        @Override
        public Object getAttribute(String name) {
            return attributes.get(name);
        }

        @Override
        public Enumeration<String> getAttributeNames() {
            synchronized (attributes) {
                return Collections.enumeration(new ArrayList<>(attributes.keySet()));
            }
        }

        @Override
        public void setAttribute(String name, Object value) {
            if (value == null) {
                attributes.remove(name);
            } else {
                attributes.put(name, value);
            }
        }

        @Override
        public void removeAttribute(String name) {
            attributes.remove(name);
        }

        @Override
        public void invalidate() {
            attributes.clear();
        }

        @Override
        public boolean isNew() {
            return true;
        }
    }
}

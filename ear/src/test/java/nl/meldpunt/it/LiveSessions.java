package nl.meldpunt.it;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.concurrent.atomic.AtomicInteger;

/** Test-only (never in the shipped EAR): counts the HTTP sessions alive in the web module. */
@WebListener
public class LiveSessions implements HttpSessionListener {

    static final AtomicInteger ALIVE = new AtomicInteger();
    static final AtomicInteger CREATED = new AtomicInteger();

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        ALIVE.incrementAndGet();
        CREATED.incrementAndGet();
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        ALIVE.decrementAndGet();
    }
}

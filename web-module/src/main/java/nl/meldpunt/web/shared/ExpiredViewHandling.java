package nl.meldpunt.web.shared;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.meldpunt.security.CaseContentUnreadable;
import nl.meldpunt.security.CaseKeyNotHeld;

/**
 * An expired or forged page (a view state the session does not know: the session ended, or a post
 * from another site) shows the "page expired" explanation with status 400, as the error page in
 * web.xml would, but without the container writing a stack trace to the server log each time: it is
 * an everyday event, not a fault. Ajax requests keep JSF's own handling.
 * <p>
 * Case content that does not decrypt (damaged in the database, or a case key wrapped under another
 * key-encryption key) shows its own explanation with status 500 and one log line without stack trace:
 * the exception's message never holds content or a case code, and the rest of the application goes on.
 */
public class ExpiredViewHandling extends ExceptionHandlerFactory {

    private static final Logger LOG = Logger.getLogger(ExpiredViewHandling.class.getName());

    public ExpiredViewHandling(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    private static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext context = FacesContext.getCurrentInstance();
            if (!context.getPartialViewContext().isAjaxRequest()) {
                Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
                while (events.hasNext()) {
                    Throwable e = events.next().getContext().getException();
                    if (expired(e)) {
                        events.remove();
                        show(context, "/error/expired", 400);
                        break;
                    }
                    CaseContentUnreadable unreadable = unreadable(e);
                    if (unreadable instanceof CaseKeyNotHeld) {
                        // Nothing is wrong: this confidant has no copy of the case key yet (issue 17).
                        events.remove();
                        show(context, "/error/key-not-held", 403);
                        break;
                    }
                    if (unreadable != null) {
                        events.remove();
                        HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
                        LOG.log(Level.SEVERE, "Case content could not be decrypted on {0}: {1}",
                                new Object[] {request.getRequestURI(), unreadable.getMessage()});
                        show(context, "/error/unreadable", 500);
                        break;
                    }
                }
            }
            getWrapped().handle();
        }

        private static boolean expired(Throwable e) {
            return Causes.find(e, ViewExpiredException.class).isPresent();
        }

        private static CaseContentUnreadable unreadable(Throwable e) {
            return Causes.find(e, CaseContentUnreadable.class).orElse(null);
        }

        private static void show(FacesContext context, String errorPage, int status) {
            ExternalContext external = context.getExternalContext();
            HttpServletRequest request = (HttpServletRequest) external.getRequest();
            request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
            request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
            try {
                external.dispatch(errorPage);
            } catch (IOException e) {
                throw new FacesException(e);
            }
            context.responseComplete();
        }
    }
}

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

/**
 * An expired or forged page (a view state the session does not know: the session ended, or a post
 * from another site) shows the "page expired" explanation with status 400, as the error page in
 * web.xml would, but without the container writing a stack trace to the server log each time: it is
 * an everyday event, not a fault. Ajax requests keep JSF's own handling.
 */
public class ExpiredViewHandling extends ExceptionHandlerFactory {

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
                    if (expired(events.next().getContext().getException())) {
                        events.remove();
                        showExpiredPage(context);
                        break;
                    }
                }
            }
            getWrapped().handle();
        }

        private static boolean expired(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof ViewExpiredException) {
                    return true;
                }
            }
            return false;
        }

        private static void showExpiredPage(FacesContext context) {
            ExternalContext external = context.getExternalContext();
            HttpServletRequest request = (HttpServletRequest) external.getRequest();
            request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 400);
            request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
            try {
                external.dispatch("/error/expired");
            } catch (IOException e) {
                throw new FacesException(e);
            }
            context.responseComplete();
        }
    }
}

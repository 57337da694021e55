package nl.meldpunt.web.shared;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * A page that costs the server nothing until the visitor really uses it: the report wizard's first
 * view is stateless, and a visitor (or a bot, or a link preview service) who only opens it gets no
 * HTTP session and no cookie. The session starts with the first postback; from then on the view is
 * an ordinary stateful one (with the wizard's long session life).
 *
 * <p>Three parts work together:
 * <ul>
 * <li>The page asks for it with {@code <ui:param name="statelessFirstView" value="true"/>}; the
 * template's {@code f:view} is then transient when the page is built for a GET and when a stateless
 * postback rebuilds it (Mojarra requires a rebuilt stateless view to be transient).</li>
 * <li>This phase listener makes the view stateful right after the first postback restored it, and
 * marks the request so that the {@code f:view}, applied again before rendering, keeps it stateful:
 * Mojarra keeps its state (and the view-scoped bean with what was typed) in the session from then on.</li>
 * <li>{@link StatelessFirstViewFilter} gives such a GET a session that lives only as long as the request: Mojarra puts
 * the view map of a @ViewScoped bean into the session even in a transient view, and PrimeFaces' CSP
 * state lives in the view map. Nothing of it is needed after the response; whatever the first
 * postback needs (organisation, language) the page carries in its form.</li>
 * </ul>
 *
 * <p>The first postback itself carries no answers: on the rebuilt stateless view Mojarra did not
 * apply the values of inputs inside {@code ui:repeat} (a category chosen as the very first click was
 * lost; tried, not guessed). So the wizard's script ({@code meldpunt/js/wizard.js}) sends an empty
 * postback at the reporter's first touch of the form, and her real clicks follow on a stateful view.
 */
public class StatelessFirstView implements PhaseListener {

    private static final long serialVersionUID = 1L;
    /** Request attribute: this postback made the view stateful (read by the template's f:view). */
    public static final String STATEFUL_FROM_NOW = "meldpunt.statefulFromNow";

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing before the view exists
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        UIViewRoot root = context.getViewRoot();
        if (root != null && root.isTransient() && context.isPostback()) {
            root.setTransient(false);
            // Mojarra applies the page's tags again before rendering: the f:view asks this.
            context.getExternalContext().getRequestMap().put(STATEFUL_FROM_NOW, Boolean.TRUE);
        }
    }
}

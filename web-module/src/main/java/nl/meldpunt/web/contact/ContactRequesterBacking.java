package nl.meldpunt.web.contact;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.io.Serializable;
import nl.meldpunt.contact.ContactRefused;
import nl.meldpunt.contact.ContactRequesterService;
import nl.meldpunt.contact.ContactView;
import nl.meldpunt.contact.OtherMomentsReason;
import nl.meldpunt.web.shared.Texts;

/**
 * The requester's personal page for a contact request ({@code /melder/contact.xhtml}): the request, the proposed slots
 * to accept one of, other moments to ask for, the agreed appointment, and the answer to the confidant's question
 * whether it may become a case. The personal page of a report sends a contact request's login here.
 */
@Named
@ViewScoped
public class ContactRequesterBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ContactRequesterService requester;

    @Inject
    private Texts texts;

    private ContactView view;
    private Boolean request;
    private OtherMomentsReason reason;

    /** On the report's personal page: a contact request's login goes to its own page. */
    public void toContactPageIfRequest() throws IOException {
        if (requester.isContactRequest()) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/melder/contact.xhtml");
        }
    }

    /** Whether this login is a contact request; a report's login sees a link to its own personal page instead. */
    public boolean isRequest() {
        if (request == null) {
            request = requester.isContactRequest();
        }
        return request;
    }

    public ContactView getView() {
        if (view == null) {
            view = requester.mine();
        }
        return view;
    }

    public void accept(long slotId) {
        act(() -> requester.accept(slotId), "contact.accepted");
    }

    public void askOtherMoments() {
        act(() -> requester.askOtherMoments(reason), "contact.otherMoments.sent");
        reason = null;
    }

    public void consent() {
        act(() -> requester.answerConversion(true), "contact.conversion.consented");
    }

    public void decline() {
        act(() -> requester.answerConversion(false), "contact.conversion.declined");
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            texts.info(doneKey);
        } catch (ContactRefused refused) {
            texts.error("contact.refused." + refused.reason().name());
        }
        view = null;
    }

    public void logout() throws IOException, ServletException {
        if (isRequest()) {
            requester.recordLogout();
        }
        String org = isRequest() ? getView().organisationSlug() : "";
        nl.meldpunt.web.shared.EndOfSession.endAndGoTo(FacesContext.getCurrentInstance().getExternalContext(),
                "/melder/login.xhtml?loggedOut=true&org=" + org);
    }

    public OtherMomentsReason[] getReasons() {
        return OtherMomentsReason.values();
    }

    public OtherMomentsReason getReason() {
        return reason;
    }

    public void setReason(OtherMomentsReason reason) {
        this.reason = reason;
    }
}

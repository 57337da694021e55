package nl.meldpunt.web.security;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import nl.meldpunt.staff.InvitationView;
import nl.meldpunt.staff.PasswordSetting;
import nl.meldpunt.staff.StaffAdministration;
import nl.meldpunt.web.shared.Texts;

/**
 * The public welcome page a staff member reaches from the invitation (or password reset) mail: the
 * link's token is checked, the person chooses a password (with the rule's problems said kindly) and is
 * sent to the normal login, where the second factor is set up as always. A used, expired or unknown
 * link gets one kind message and changes nothing.
 *
 * <p>The token is in the link's fragment ({@code welcome.xhtml#token=...}), which a browser never sends:
 * the page's script posts it in the {@code open} form (ASVS 14.2.1: no secret in an address, so none in a
 * proxy's log, a server's access log or a {@code Referer}). From then on it stays in this view on the
 * server: it is not put back in the page, a form's address or a log line.
 */
@Named
@ViewScoped
public class WelcomeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient StaffAdministration administration;

    @Inject
    private transient Texts texts;

    private String token;
    private InvitationView invitation;
    private boolean opened;
    private String password;
    private String repeat;

    /** Once per view, with the token the page's script posted: which account the link is for, if it still works. */
    public void open() {
        if (!opened) {
            opened = true;
            invitation = administration.checkInvitation(token).orElse(null);
        }
    }

    /** False until the link's token was posted: the page then shows only the form that posts it. */
    public boolean isOpened() {
        return opened;
    }

    public void choose() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            if (invitation == null) {
                return;
            }
            if (password == null || password.isEmpty() || repeat == null || repeat.isEmpty()) {
                error("welcome.required");
                return;
            }
            if (!password.equals(repeat)) {
                error("welcome.mismatch");
                return;
            }
            PasswordSetting result = administration.choosePassword(token, password);
            switch (result.outcome()) {
                case SET -> {
                    token = null;
                    invitation = null;
                    var external = faces.getExternalContext();
                    external.redirect(external.getRequestContextPath() + "/staff/login.xhtml?passwordSet=true");
                }
                case LINK_INVALID -> invitation = null;
                case REFUSED -> error("welcome.problem." + result.problem());
            }
        } finally {
            password = null;
            repeat = null;
        }
    }

    private void error(String key) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, texts.message(key), null));
    }

    /** False for a used, expired, replaced or unknown link. */
    public boolean isValid() {
        return invitation != null;
    }

    public InvitationView getInvitation() {
        return invitation;
    }

    public String getToken() {
        return null; // never shown back
    }

    public void setToken(String token) {
        if (token != null && !token.isBlank() && !opened) {
            this.token = token;
        }
    }

    public String getPassword() {
        return null;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeat() {
        return null;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }
}

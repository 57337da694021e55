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
 * link gets one kind message and changes nothing. The token stays in this view on the server: it is not
 * put in the page, a form's address or a log line.
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
    private boolean checked;
    private String password;
    private String repeat;

    /** On the first view only: which account the link is for, if it still works. */
    public void load() {
        if (!checked) {
            checked = true;
            invitation = administration.checkInvitation(token).orElse(null);
        }
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
        if (token != null && !token.isBlank() && !checked) {
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

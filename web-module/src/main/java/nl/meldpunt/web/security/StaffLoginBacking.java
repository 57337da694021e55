package nl.meldpunt.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import nl.meldpunt.security.StaffCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ResourceBundle;
import nl.meldpunt.web.shared.Language;

/** The staff login form. */
@Named
@RequestScoped
public class StaffLoginBacking {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext faces;

    @Inject
    private Language language;

    @Inject
    private java.time.Clock clock;

    @Inject
    private nl.meldpunt.security.CaseCipher cipher;

    private String username;
    private String password;
    private String code;

    public void login() throws IOException {
        long started = System.nanoTime();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        if (isBlank(username) || isBlank(password)) {
            addError("login.required");
            return;
        }
        if (cipher.refusesWrongKek()) {
            // Every staff member's second factor is sealed: nobody can log in until the server has the right key.
            // Said to everyone alike, before any password is checked, so it tells nothing about the account.
            addError("login.keysUnreadable");
            return;
        }
        // A new session id before the session becomes authenticated: no session fixation.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        AuthenticationStatus status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams()
                        .credential(new StaffCredential(username.strip(), password, code == null ? null : code.strip()))
                        .newAuthentication(true));
        password = null;
        code = null;
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> {
                SessionLifetimeFilter.markAuthenticated(request, clock);
                external.redirect(external.getRequestContextPath() + "/staff/home");
            }
            default -> {
                nl.meldpunt.web.shared.FailedLoginFloor.waitSince(started); // the same answer time, known or not
                addError("login.failed");
            }
        }
    }

    private void addError(String key) {
        String text = ResourceBundle.getBundle("nl.meldpunt.web.Messages", language.getLocale()).getString(key);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}

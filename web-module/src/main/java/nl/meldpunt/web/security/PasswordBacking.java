package nl.meldpunt.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import nl.meldpunt.staff.PasswordChange;
import nl.meldpunt.staff.StaffService;
import nl.meldpunt.web.shared.Texts;

/**
 * A staff member changes the own password: current one, new one twice. On success this session stays
 * (with a new session id), every other session of the account ends at its next click.
 */
@Named
@RequestScoped
public class PasswordBacking {

    @Inject
    private StaffService staff;

    @Inject
    private FacesContext faces;

    @Inject
    private Texts texts;

    private String current;
    private String newPassword;
    private String repeat;

    public void change() {
        try {
            if (isBlank(current) || isBlank(newPassword) || isBlank(repeat)) {
                error("password.required");
                return;
            }
            if (!newPassword.equals(repeat)) {
                error("password.mismatch");
                return;
            }
            PasswordChange result = staff.changeMyPassword(current, newPassword);
            switch (result.outcome()) {
                case CHANGED -> {
                    HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
                    SessionLifetimeFilter.keepThisSession(request, result.sessionGeneration());
                    request.changeSessionId();
                    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, texts.message("password.changed"), null));
                }
                case WRONG_CURRENT -> error("password.wrongCurrent");
                case LOCKED -> error("password.locked");
                case REFUSED -> error("password." + result.problem());
            }
        } finally {
            current = null;
            newPassword = null;
            repeat = null;
        }
    }

    private void error(String key) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, texts.message(key), null));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isEmpty();
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }
}

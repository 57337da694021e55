package nl.meldpunt.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import java.io.IOException;
import nl.meldpunt.staff.StaffProfile;
import nl.meldpunt.staff.StaffService;

/** The logged-in staff member in the page header, and logging out. */
@Named
@RequestScoped
public class StaffSessionBacking {

    @Inject
    private StaffService staff;

    @Inject
    private FacesContext faces;

    private StaffProfile me;

    public StaffProfile getMe() {
        if (me == null) {
            me = staff.me();
        }
        return me;
    }

    /** Logging out ends the session on the server, not only in this browser tab. */
    public void logout() throws IOException, ServletException {
        staff.recordLogout();
        endThisSession("loggedOut");
    }

    /** Ends every session of this staff member, on all devices; the others end at their next click. */
    public void logOutEverywhere() throws IOException, ServletException {
        staff.logOutEverywhere();
        endThisSession("endedEverywhere");
    }

    private void endThisSession(String reason) throws IOException, ServletException {
        nl.meldpunt.web.shared.EndOfSession.endAndGoTo(faces.getExternalContext(), "/staff/login.xhtml?" + reason + "=true");
    }
}

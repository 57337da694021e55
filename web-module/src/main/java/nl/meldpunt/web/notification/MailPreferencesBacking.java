package nl.meldpunt.web.notification;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ResourceBundle;
import nl.meldpunt.shared.MailAddresses;
import nl.meldpunt.staff.StaffMailPreferences;
import nl.meldpunt.staff.StaffService;

/** The confidant's own choice: deadline reminders one by one, as a daily digest, or not by mail. */
@Named
@ViewScoped
public class MailPreferencesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StaffService staff;

    private String address;
    private boolean digest;
    private boolean loaded;

    private void load() {
        if (!loaded) {
            StaffMailPreferences preferences = staff.myMailPreferences();
            address = preferences.address();
            digest = preferences.digest();
            loaded = true;
        }
    }

    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
        if (address != null && !address.isBlank() && !MailAddresses.isValid(address.strip())) {
            faces.addMessage("mailPreferences:address", new FacesMessage(FacesMessage.SEVERITY_ERROR, msg.getString("mailPreferences.invalid"), null));
            return;
        }
        staff.changeMyMailPreferences(address, digest);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, msg.getString("mailPreferences.saved"), null));
    }

    public String getAddress() {
        load();
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
        loaded = true;
    }

    public boolean isDigest() {
        load();
        return digest;
    }

    public void setDigest(boolean digest) {
        this.digest = digest;
        loaded = true;
    }
}

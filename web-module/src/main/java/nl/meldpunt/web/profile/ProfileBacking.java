package nl.meldpunt.web.profile;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import nl.meldpunt.organisation.LogoCheck;
import nl.meldpunt.organisation.SettingsRefused;
import nl.meldpunt.profile.ConfidantProfiles;
import nl.meldpunt.profile.OwnProfile;
import nl.meldpunt.profile.ProfileChange;
import nl.meldpunt.web.shared.Language;
import nl.meldpunt.web.shared.Texts;

/**
 * The confidant's own profile page ({@code /console/profile.xhtml}, issue 14): what the entry page and the wizard
 * tell employees about this confidant. The photo is uploaded as a logo is (a plain multipart form, no script).
 */
@Named
@ViewScoped
public class ProfileBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ConfidantProfiles profiles;

    @Inject
    private transient Texts texts;

    @Inject
    private Language language;

    private OwnProfile own;
    private String introductionNl;
    private String introductionEn;
    private String availabilityNl;
    private String availabilityEn;
    private List<String> languages;
    private String phone;
    private transient Part photo;

    private OwnProfile own() {
        if (own == null) {
            own = profiles.own();
            ProfileChange p = own.profile();
            introductionNl = p.introductionNl();
            introductionEn = p.introductionEn();
            availabilityNl = p.availabilityNl();
            availabilityEn = p.availabilityEn();
            languages = new ArrayList<>(p.languages());
            phone = p.phone();
        }
        return own;
    }

    public void save() {
        try {
            profiles.saveOwn(new ProfileChange(introductionNl, introductionEn, availabilityNl, availabilityEn, languages, phone));
        } catch (SettingsRefused refused) {
            show("profile", refused);
            return;
        }
        own = null;
        texts.info("profile.saved");
    }

    /** Uploads the chosen photo; more than the upload limit is not read whole (the service refuses it all the same). */
    public void uploadPhoto() {
        byte[] bytes;
        if (photo == null || photo.getSize() == 0) {
            bytes = new byte[0];
        } else {
            try (InputStream in = photo.getInputStream()) {
                bytes = in.readNBytes(LogoCheck.MAX_UPLOAD_BYTES + 1);
            } catch (IOException e) {
                bytes = new byte[0];
            }
        }
        photo = null;
        try {
            profiles.changeOwnPhoto(bytes);
        } catch (SettingsRefused refused) {
            show("photoForm", refused);
            return;
        }
        own = null;
        texts.info("profile.photo.saved");
    }

    public void removePhoto() {
        profiles.removeOwnPhoto();
        own = null;
        texts.info("profile.photo.removed");
    }

    private void show(String form, SettingsRefused refused) {
        FacesContext context = FacesContext.getCurrentInstance();
        for (SettingsRefused.Problem problem : refused.problems()) {
            context.addMessage(form + ":" + problem.field(), new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    texts.message(problem.key(), problem.args().toArray()), null));
        }
        context.validationFailed();
    }

    /** The photo's address on the entry page of the first organisation served, with its version; null without photo. */
    public String getPhotoUrl() {
        OwnProfile o = own();
        if (o.photoVersion() == null || o.shownOn().isEmpty()) {
            return null;
        }
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + ProfilePhotos.address(o.shownOn().get(0), o.staffId(), o.photoVersion());
    }

    /** The languages to choose from, each named in the page's language. */
    public List<String> getLanguageChoices() {
        return ConfidantProfiles.LANGUAGES;
    }

    public String languageName(String code) {
        return ProfilePhotos.languageName(code, language.getLocale());
    }

    public String getName() {
        return own().name();
    }

    public List<String> getShownOn() {
        return own().shownOn();
    }

    public int getMaxPhotoMegabytes() {
        return LogoCheck.MAX_UPLOAD_BYTES / (1024 * 1024);
    }

    public String getIntroductionNl() {
        own();
        return introductionNl;
    }

    public void setIntroductionNl(String value) {
        introductionNl = value;
    }

    public String getIntroductionEn() {
        own();
        return introductionEn;
    }

    public void setIntroductionEn(String value) {
        introductionEn = value;
    }

    public String getAvailabilityNl() {
        own();
        return availabilityNl;
    }

    public void setAvailabilityNl(String value) {
        availabilityNl = value;
    }

    public String getAvailabilityEn() {
        own();
        return availabilityEn;
    }

    public void setAvailabilityEn(String value) {
        availabilityEn = value;
    }

    public List<String> getLanguages() {
        own();
        return languages;
    }

    public void setLanguages(List<String> value) {
        languages = value == null ? new ArrayList<>() : new ArrayList<>(value);
    }

    public String getPhone() {
        own();
        return phone;
    }

    public void setPhone(String value) {
        phone = value;
    }

    public Part getPhoto() {
        return photo;
    }

    public void setPhoto(Part photo) {
        this.photo = photo;
    }
}

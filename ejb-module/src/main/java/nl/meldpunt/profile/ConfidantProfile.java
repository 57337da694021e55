package nl.meldpunt.profile;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import nl.meldpunt.shared.PublicPageChanges;

/** A confidant's public profile; one per confidant account, made at the first save. */
@Entity
@EntityListeners(PublicPageChanges.class) // the entry page shows it
@Table(name = "confidant_profile")
public class ConfidantProfile {

    @Id
    @Column(name = "staff_id")
    private Long staffId;

    @Column(name = "introduction_nl")
    private String introductionNl;

    @Column(name = "introduction_en")
    private String introductionEn;

    @Column(name = "availability_nl")
    private String availabilityNl;

    @Column(name = "availability_en")
    private String availabilityEn;

    /** Language codes (ISO 639-1), comma-separated, in the order the confidant chose them. */
    @Column(name = "languages", nullable = false)
    private String languages;

    @Column(name = "phone")
    private String phone;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "photo")
    private byte[] photo;

    @Column(name = "photo_content_type")
    private String photoContentType;

    /** SHA-256 of the photo in hex: its ETag and the version in its address. */
    @Column(name = "photo_sha256")
    private String photoSha256;

    @Version
    @Column(name = "version")
    private long version;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ConfidantProfile() {
    }

    ConfidantProfile(long staffId, Instant now) {
        this.staffId = staffId;
        this.languages = "nl";
        this.updatedAt = now;
    }

    /** A profile written at once (the demo's confidant); the texts are taken as they are, unchecked. */
    public ConfidantProfile(long staffId, ProfileChange written, Instant now) {
        this(staffId, now);
        change(written, now);
    }

    void change(ProfileChange change, Instant now) {
        introductionNl = change.introductionNl();
        introductionEn = change.introductionEn();
        availabilityNl = change.availabilityNl();
        availabilityEn = change.availabilityEn();
        languages = String.join(",", change.languages());
        phone = change.phone();
        updatedAt = now;
    }

    void changePhoto(byte[] image, String contentType, String sha256, Instant now) {
        photo = image == null ? null : Arrays.copyOf(image, image.length);
        photoContentType = contentType;
        photoSha256 = sha256;
        updatedAt = now;
    }

    ProfileChange asChange() {
        return new ProfileChange(introductionNl, introductionEn, availabilityNl, availabilityEn, languageList(), phone);
    }

    List<String> languageList() {
        return languages == null || languages.isBlank() ? List.of() : List.of(languages.split(","));
    }

    public long getStaffId() {
        return staffId;
    }

    byte[] getPhoto() {
        return photo == null ? null : Arrays.copyOf(photo, photo.length);
    }

    String getPhotoContentType() {
        return photoContentType;
    }

    String getPhotoSha256() {
        return photoSha256;
    }
}

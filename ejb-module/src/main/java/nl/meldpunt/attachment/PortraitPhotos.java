package nl.meldpunt.attachment;

import jakarta.enterprise.context.ApplicationScoped;
import nl.meldpunt.organisation.LogoCheck;
import nl.meldpunt.profile.PhotoCheck;

/**
 * A confidant's photo for the entry page (issue 14), judged and cleaned exactly as a logo is ({@link LogoImages}):
 * by its bytes, PNG or JPEG, header dimensions checked before decoding, re-encoded without metadata.
 */
@ApplicationScoped
public class PortraitPhotos implements PhotoCheck {

    @Override
    public LogoCheck.Cleaned clean(byte[] upload) {
        return LogoImages.clean(upload, LogoCheck.MAX_UPLOAD_BYTES, MAX_SIDE, MAX_SIDE, "photo", "profile.photo.");
    }
}

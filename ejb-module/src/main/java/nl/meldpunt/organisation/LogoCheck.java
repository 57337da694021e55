package nl.meldpunt.organisation;

/**
 * Judges an uploaded logo by its bytes and gives what to store (issue 13). The checking lives with the
 * reporters' attachments ({@code nl.meldpunt.attachment.LogoImages}), which already decode and re-encode
 * images without metadata; this package only asks, so that it needs nothing of the case side.
 */
public interface LogoCheck {

    /** The largest upload taken: larger is refused before any decoding. */
    int MAX_UPLOAD_BYTES = 2 * 1024 * 1024;

    /** The box the stored logo fits in; a larger image is scaled down, keeping its proportions. */
    int MAX_WIDTH = 600;
    int MAX_HEIGHT = 200;

    /**
     * @param upload the file as the browser sent it (its name and claimed type are not asked for)
     * @return the logo to store: re-encoded without metadata, within {@link #MAX_WIDTH} × {@link #MAX_HEIGHT}
     * @throws SettingsRefused for the field {@code logo} with a message key {@code admin.logo.*}
     */
    Cleaned clean(byte[] upload);

    /** A logo ready to store: its content type ({@code image/png} or {@code image/jpeg}), bytes and size in pixels. */
    record Cleaned(String contentType, byte[] image, int width, int height) {
    }
}

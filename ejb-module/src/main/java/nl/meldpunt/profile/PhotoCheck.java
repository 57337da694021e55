package nl.meldpunt.profile;

import nl.meldpunt.organisation.LogoCheck;

/**
 * Judges an uploaded portrait by its bytes, as logos and attachments are judged ({@code nl.meldpunt.attachment}
 * implements it): PNG or JPEG only, no enormous dimensions, re-encoded without metadata (a phone's photo carries
 * the place it was taken) and scaled into {@link #MAX_SIDE} × {@link #MAX_SIDE}.
 */
public interface PhotoCheck {

    /** The box the stored photo fits in; a larger photo is scaled down, keeping its proportions. */
    int MAX_SIDE = 400;

    /**
     * @return the photo to store
     * @throws nl.meldpunt.organisation.SettingsRefused for the field {@code photo} with a message key {@code profile.photo.*}
     */
    LogoCheck.Cleaned clean(byte[] upload);
}

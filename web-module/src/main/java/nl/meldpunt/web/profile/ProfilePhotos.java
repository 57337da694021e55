package nl.meldpunt.web.profile;

import java.util.Locale;

/** Addresses and names the profile pages share. */
public final class ProfilePhotos {

    private ProfilePhotos() {
    }

    /**
     * A confidant's photo lives beside the organisation's logo ({@code /logo/{slug}/confidant-{id}}): public, cached
     * like the logo, and only for a confidant who serves that organisation. The version makes a new photo a new address.
     */
    public static String address(String slug, long staffId, String version) {
        return "/logo/" + slug + "/confidant-" + staffId + "?v=" + version;
    }

    /** A language's name in the page's language, starting with a capital (Nederlands, English; Turks, Turkish). */
    public static String languageName(String code, Locale page) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(page);
        return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(page) + name.substring(1);
    }
}

package nl.meldpunt.profile;

import java.io.Serializable;
import java.util.List;

/**
 * A confidant as employees see them, in one language: the introduction and availability in the language asked for,
 * or in the other one when the confidant wrote only that (empty strings when neither). {@code languages} are
 * ISO 639-1 codes; {@code photoVersion} is the start of the photo's hash, or null without a photo.
 */
public record PublicProfile(long staffId, String name, String introduction, String availability, List<String> languages,
                            String phone, String photoVersion) implements Serializable {

    public PublicProfile {
        languages = List.copyOf(languages);
    }

    public boolean hasPhoto() {
        return photoVersion != null;
    }
}

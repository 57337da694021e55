package nl.meldpunt.profile;

import java.io.Serializable;
import java.util.List;

/** The confidant's own profile for the console: as written, the photo's version (null without) and where it is shown. */
public record OwnProfile(long staffId, String name, ProfileChange profile, String photoVersion, List<String> shownOn)
        implements Serializable {

    public OwnProfile {
        shownOn = List.copyOf(shownOn);
    }
}

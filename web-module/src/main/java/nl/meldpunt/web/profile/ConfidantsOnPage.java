package nl.meldpunt.web.profile;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.meldpunt.profile.ConfidantProfiles;
import nl.meldpunt.profile.PublicProfile;
import nl.meldpunt.web.shared.Language;

/** The confidants of an organisation as the wizard's choice of confidant shows them (issue 14); asked once per request. */
@Named("confidantsOnPage")
@RequestScoped
public class ConfidantsOnPage {

    @Inject
    private ConfidantProfiles profiles;

    @Inject
    private Language language;

    private final Map<String, List<PublicProfile>> known = new HashMap<>();

    public List<PublicProfile> of(String slug) {
        return known.computeIfAbsent(slug == null ? "" : slug, s -> profiles.ofOrganisation(s, language.getLocale().getLanguage()));
    }

    /** The languages spoken, named in the page's language: "Nederlands, Engels". */
    public String languages(PublicProfile profile) {
        return profile.languages().stream().map(code -> ProfilePhotos.languageName(code, language.getLocale()))
                .collect(Collectors.joining(", "));
    }

    public String photo(String slug, PublicProfile profile) {
        return profile.hasPhoto() ? ProfilePhotos.address(slug, profile.staffId(), profile.photoVersion()) : null;
    }
}

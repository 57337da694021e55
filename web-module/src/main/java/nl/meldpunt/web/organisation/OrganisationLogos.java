package nl.meldpunt.web.organisation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import nl.meldpunt.organisation.OrganisationService;
import nl.meldpunt.organisation.PublicOrganisation;

/**
 * Whether an organisation has a logo, for the header of the reporter's pages (the wizard, the login
 * and the personal page), so that they show the same logo as the entry page. Asked once per request.
 */
@Named("organisationLogo")
@RequestScoped
public class OrganisationLogos {

    @Inject
    private OrganisationService organisations;

    private final Map<String, Boolean> known = new HashMap<>();

    /** @return true when the organisation with this slug exists and has a logo ({@code /logo/{slug}}) */
    public boolean has(String slug) {
        if (slug == null || slug.isBlank()) {
            return false;
        }
        return known.computeIfAbsent(slug, s -> organisations.findPublic(s).map(PublicOrganisation::hasLogo).orElse(false));
    }
}

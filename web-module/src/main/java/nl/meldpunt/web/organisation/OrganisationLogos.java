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

    /** Per slug: the logo's version (the start of its hash), or "" when there is no logo. */
    private final Map<String, String> known = new HashMap<>();

    /** @return true when the organisation with this slug exists and has a logo ({@code /logo/{slug}}) */
    public boolean has(String slug) {
        return !version(slug).isEmpty();
    }

    /**
     * The logo's address with its version, as the entry page gives it: a browser may keep the image, and a new logo
     * has a new address, so it shows at once instead of after the cache time.
     */
    public String address(String slug) {
        return "/logo/" + slug + "?v=" + version(slug);
    }

    private String version(String slug) {
        if (slug == null || slug.isBlank()) {
            return "";
        }
        return known.computeIfAbsent(slug, s -> {
            try {
                return organisations.findPublic(s).filter(PublicOrganisation::hasLogo)
                        .map(o -> o.logoVersion() == null ? "0" : o.logoVersion()).orElse("");
            } catch (RuntimeException databaseDown) {
                // The logo is decoration: during a database outage the page goes on without it, so that a reporter's
                // answers stay on the page with the explanation instead of an error page.
                return "";
            }
        });
    }
}

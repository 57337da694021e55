package nl.meldpunt.organisation;

/** What anyone may see of an organisation: what its public entry page shows. */
public record PublicOrganisation(String slug, String name, String primaryColour, String accentColour, boolean englishEnabled,
                                 boolean hasLogo) {

    static PublicOrganisation of(Organisation o) {
        return new PublicOrganisation(o.getSlug(), o.getName(), o.getPrimaryColour(), o.getAccentColour(), o.isEnglishEnabled(),
                o.getLogoContentType() != null);
    }
}

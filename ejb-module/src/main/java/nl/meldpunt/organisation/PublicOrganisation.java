package nl.meldpunt.organisation;

/**
 * What anyone may see of an organisation: what its public entry page shows. {@code closed}: it takes no
 * new report now (suspended or archived), and {@code closedNotice} (plain text, may be null) says where to go instead.
 */
public record PublicOrganisation(String slug, String name, String primaryColour, String accentColour, boolean englishEnabled,
                                 boolean hasLogo, boolean closed, String closedNotice) {

    static PublicOrganisation of(Organisation o) {
        return new PublicOrganisation(o.getSlug(), o.getName(), o.getPrimaryColour(), o.getAccentColour(), o.isEnglishEnabled(),
                o.getLogoContentType() != null, !o.acceptsReports(), o.acceptsReports() ? null : o.getClosedNotice());
    }
}

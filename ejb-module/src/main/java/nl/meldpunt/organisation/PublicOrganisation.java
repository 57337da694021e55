package nl.meldpunt.organisation;

/**
 * What anyone may see of an organisation: what its public entry page shows. {@code closed}: it takes no
 * new report now (suspended or archived), and {@code closedNotice} (plain text, may be null) says where to go instead. {@code logoVersion}: the start of
 * the logo's hash (for {@code /logo/{slug}?v=...}, so a new logo shows at once), null without logo.
 */
public record PublicOrganisation(String slug, String name, String primaryColour, String accentColour, boolean englishEnabled,
                                 boolean hasLogo, boolean closed, String closedNotice, String logoVersion) {

    static PublicOrganisation of(Organisation o) {
        return new PublicOrganisation(o.getSlug(), o.getName(), o.getPrimaryColour(), o.getAccentColour(), o.isEnglishEnabled(),
                o.getLogoContentType() != null, !o.acceptsReports(), o.acceptsReports() ? null : o.getClosedNotice(),
                o.getLogoSha256() == null ? null : o.getLogoSha256().substring(0, 16));
    }
}

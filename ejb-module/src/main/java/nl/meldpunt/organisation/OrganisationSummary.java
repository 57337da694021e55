package nl.meldpunt.organisation;

/**
 * An organisation with its settings, as staff see it (never any report content). {@code logoVersion}: the
 * start of the logo's hash, for an address that changes with the logo; null without logo.
 */
public record OrganisationSummary(long id, String slug, String name, String primaryColour, String accentColour,
                                  int statusUpdateIntervalDays, int smallCountThreshold, int retentionMonths, int checkinAfterMonths,
                                  String logoVersion) implements java.io.Serializable {

    static OrganisationSummary of(Organisation o) {
        return new OrganisationSummary(o.getId(), o.getSlug(), o.getName(), o.getPrimaryColour(), o.getAccentColour(),
                o.getStatusUpdateIntervalDays(), o.getSmallCountThreshold(), o.getRetentionMonths(), o.getCheckinAfterMonths(),
                o.getLogoSha256() == null ? null : o.getLogoSha256().substring(0, 16));
    }

    public boolean hasLogo() {
        return logoVersion != null;
    }
}

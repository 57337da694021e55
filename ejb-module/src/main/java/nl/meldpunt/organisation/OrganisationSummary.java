package nl.meldpunt.organisation;

/** An organisation with its settings, as staff see it (never any report content). */
public record OrganisationSummary(long id, String slug, String name, String primaryColour, String accentColour,
                                  int statusUpdateIntervalDays, int smallCountThreshold, int retentionMonths, int checkinAfterMonths) implements java.io.Serializable {

    static OrganisationSummary of(Organisation o) {
        return new OrganisationSummary(o.getId(), o.getSlug(), o.getName(), o.getPrimaryColour(), o.getAccentColour(),
                o.getStatusUpdateIntervalDays(), o.getSmallCountThreshold(), o.getRetentionMonths(), o.getCheckinAfterMonths());
    }
}

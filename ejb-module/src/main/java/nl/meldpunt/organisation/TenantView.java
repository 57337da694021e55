package nl.meldpunt.organisation;

import java.io.Serializable;

/** An organisation as the platform admin's list shows it: where it stands, never anything of its reports. */
public record TenantView(long id, String slug, String name, OrganisationStatus status, String closedNotice)
        implements Serializable {

    static TenantView of(Organisation o) {
        return new TenantView(o.getId(), o.getSlug(), o.getName(), o.getStatus(), o.getClosedNotice());
    }

    public boolean isActive() {
        return status == OrganisationStatus.ACTIVE;
    }

    public boolean isArchived() {
        return status == OrganisationStatus.ARCHIVED;
    }
}

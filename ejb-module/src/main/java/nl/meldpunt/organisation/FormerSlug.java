package nl.meldpunt.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An entry address an organisation used before it changed its slug (issue 13). It stays the
 * organisation's own: {@code /m/{slug}} and {@code /logo/{slug}} redirect permanently to the current
 * address, so links on the intranet keep working, and no other organisation can take it.
 */
@Entity
@Table(name = "organisation_former_slug")
@NamedQuery(name = "FormerSlug.ofOrganisation",
        query = "select f from FormerSlug f where f.organisationId = :organisation order by f.retiredAt")
public class FormerSlug {

    @Id
    private String slug;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(name = "retired_at", nullable = false, updatable = false)
    private Instant retiredAt;

    protected FormerSlug() {
    }

    FormerSlug(String slug, long organisationId, Instant retiredAt) {
        this.slug = slug;
        this.organisationId = organisationId;
        this.retiredAt = retiredAt;
    }

    public String getSlug() {
        return slug;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public Instant getRetiredAt() {
        return retiredAt;
    }
}

package nl.meldpunt.web.hr;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.meldpunt.organisation.OrganisationService;
import nl.meldpunt.organisation.OrganisationSummary;

/** HR's start page: the own organisation; the reports follow with the batch jobs. */
@Named
@RequestScoped
public class HrHomeBacking {

    @Inject
    private OrganisationService organisations;

    private OrganisationSummary organisation;

    public OrganisationSummary getOrganisation() {
        if (organisation == null) {
            organisation = organisations.ownOrganisation();
        }
        return organisation;
    }
}

package nl.meldpunt.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.meldpunt.organisation.OrganisationService;
import nl.meldpunt.organisation.OrganisationSummary;

/** The confidant's start page: the organisations served (the work queue follows with the case files). */
@Named
@RequestScoped
public class ConsoleHomeBacking {

    @Inject
    private OrganisationService organisations;

    private List<OrganisationSummary> mine;

    public List<OrganisationSummary> getOrganisations() {
        if (mine == null) {
            mine = organisations.assignedToMe();
        }
        return mine;
    }
}

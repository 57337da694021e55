package nl.meldpunt.web.casefile;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.meldpunt.casefile.ReportQueueService.QueueQuery;
import nl.meldpunt.casefile.ReportQueueService;
import nl.meldpunt.casefile.ReportStatus;
import nl.meldpunt.organisation.OrganisationService;
import nl.meldpunt.organisation.OrganisationSummary;
import nl.meldpunt.web.shared.Language;
import org.primefaces.model.LazyDataModel;

/**
 * The confidant's work queue: the reports of the organisations served, with the reporter's stated
 * need and the deadline signals, filtered and paged in the database.
 */
@Named
@ViewScoped
public class ConsoleHomeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OrganisationService organisations;

    @Inject
    private ReportQueueService queueService;

    @Inject
    private Language language;

    private List<OrganisationSummary> mine;
    private List<ReportQueueService.CheckinDue> checkins;
    private Long organisationFilter;
    private ReportStatus statusFilter;
    private String categoryFilter;
    private QueueModel queue;

    public List<OrganisationSummary> getOrganisations() {
        if (mine == null) {
            mine = organisations.assignedToMe();
        }
        return mine;
    }

    public LazyDataModel<nl.meldpunt.casefile.QueueEntry> getQueue() {
        if (queue == null) {
            ReportQueueService service = queueService; // a serializable container proxy
            queue = new QueueModel(service::page, service::count, new QueueQuery(organisationFilter, statusFilter,
                    categoryFilter == null || categoryFilter.isBlank() ? null : categoryFilter, "submitted", false, 0, 25));
        }
        return queue;
    }

    /** Applies the filters (the table starts again at its first page). */
    public void filter() {
        queue = null;
    }

    public List<ReportQueueService.CheckinDue> getCheckins() {
        if (checkins == null) {
            checkins = queueService.checkinsDue();
        }
        return checkins;
    }

    public ReportStatus[] getStatuses() {
        return ReportStatus.values();
    }

    public List<String> getCategories() {
        return List.of("UNWANTED_BEHAVIOUR", "BULLYING", "SEXUAL_HARASSMENT", "AGGRESSION_VIOLENCE", "DISCRIMINATION",
                "INTEGRITY", "FRAUD", "BRIBERY_CORRUPTION", "THEFT", "ABUSE_OF_POWER");
    }

    /** Option keys in words, from the default question set's labels (organisation sets share the keys). */
    public String label(String key) {
        return queueService.label(key, language.getLocale());
    }

    public Long getOrganisationFilter() {
        return organisationFilter;
    }

    public void setOrganisationFilter(Long organisationFilter) {
        this.organisationFilter = organisationFilter;
    }

    public ReportStatus getStatusFilter() {
        return statusFilter;
    }

    public void setStatusFilter(ReportStatus statusFilter) {
        this.statusFilter = statusFilter;
    }

    public String getCategoryFilter() {
        return categoryFilter;
    }

    public void setCategoryFilter(String categoryFilter) {
        this.categoryFilter = categoryFilter;
    }
}

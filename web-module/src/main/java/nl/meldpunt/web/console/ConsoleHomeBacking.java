package nl.meldpunt.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.meldpunt.organisation.OrganisationService;
import nl.meldpunt.organisation.OrganisationSummary;
import nl.meldpunt.report.QueueEntry;
import nl.meldpunt.report.ReportQueueService;
import nl.meldpunt.web.shared.Language;

/**
 * The confidant's start page: the open reports of the organisations served, with the reporter's
 * stated need (the full work queue with deadlines, filters and the case file follows).
 */
@Named
@RequestScoped
public class ConsoleHomeBacking {

    @Inject
    private OrganisationService organisations;

    @Inject
    private ReportQueueService queueService;

    @Inject
    private Language language;

    private List<OrganisationSummary> mine;
    private List<QueueEntry> queue;
    private List<ReportQueueService.CheckinDue> checkins;

    public List<OrganisationSummary> getOrganisations() {
        if (mine == null) {
            mine = organisations.assignedToMe();
        }
        return mine;
    }

    public List<QueueEntry> getQueue() {
        if (queue == null) {
            queue = queueService.openReports();
        }
        return queue;
    }

    public List<ReportQueueService.CheckinDue> getCheckins() {
        if (checkins == null) {
            checkins = queueService.checkinsDue();
        }
        return checkins;
    }

    /** Option keys in words, from the default question set's labels (organisation sets share the keys). */
    public String label(String key) {
        return queueService.label(key, language.getLocale());
    }
}

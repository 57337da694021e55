package nl.meldpunt.web.casefile;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import nl.meldpunt.casefile.QueueEntry;
import nl.meldpunt.casefile.ReportQueueService.QueuePage;
import nl.meldpunt.casefile.ReportQueueService.QueueQuery;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The work queue as PrimeFaces pages it: filtering, sorting and paging happen in the database. */
class QueueModel extends LazyDataModel<QueueEntry> {

    private static final long serialVersionUID = 1L;

    /** Where pages come from: serializable, so the model survives with its view when the session is passivated. */
    interface Pages extends Function<QueueQuery, QueuePage>, Serializable {
    }

    /** How many reports match, without reading any (the table asks before every page). */
    interface Counts extends ToLongFunction<QueueQuery>, Serializable {
    }

    private final Pages pages;
    private final Counts counts;
    private final QueueQuery filters;

    QueueModel(Pages pages, Counts counts, QueueQuery filters) {
        this.pages = pages;
        this.counts = counts;
        this.filters = filters;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) counts.applyAsLong(query(0, 1, Map.of()));
    }

    @Override
    public List<QueueEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        QueuePage page = pages.apply(query(first, pageSize, sortBy));
        setRowCount((int) page.total());
        return page.rows();
    }

    @Override
    public String getRowKey(QueueEntry entry) {
        return String.valueOf(entry.reportId());
    }

    private QueueQuery query(int first, int pageSize, Map<String, SortMeta> sortBy) {
        String sort = filters.sort();
        boolean ascending = filters.ascending();
        if (!sortBy.isEmpty()) {
            SortMeta meta = sortBy.values().iterator().next();
            sort = meta.getField();
            ascending = meta.getOrder() != SortOrder.DESCENDING;
        }
        return new QueueQuery(filters.organisationId(), filters.status(), filters.category(), sort, ascending, first, pageSize);
    }
}

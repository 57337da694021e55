package nl.meldpunt.web.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.meldpunt.casefile.ReportQueueService.QueuePage;
import nl.meldpunt.casefile.ReportQueueService.QueueQuery;
import org.junit.jupiter.api.Test;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

class QueueModelTest {

    /** Stands in for the container's proxy of the queue service, which is serializable too. */
    static final class RecordingService implements Serializable {
        private static final long serialVersionUID = 1L;
        final List<QueueQuery> asked = new ArrayList<>();

        final List<QueueQuery> counted = new ArrayList<>();

        QueuePage page(QueueQuery query) {
            asked.add(query);
            return new QueuePage(List.of(), 42);
        }

        long count(QueueQuery query) {
            counted.add(query);
            return 42;
        }
    }

    /** The table asks the count before every page: that must not read (and audit) a page of its own. */
    @Test
    void theCountAsksOnlyTheCount() {
        RecordingService service = new RecordingService();
        QueueModel model = new QueueModel(service::page, service::count, new QueueQuery(7L, null, null, "submitted", false, 0, 25));

        assertEquals(42, model.count(Map.of()));
        assertEquals(List.of(new QueueQuery(7L, null, null, "submitted", false, 0, 1)), service.counted);
        assertEquals(List.of(), service.asked, "no page read for the count");
    }

    @Test
    void survivesSessionPassivationAndStillAsksTheService() throws Exception {
        RecordingService service = new RecordingService();
        QueueModel model = new QueueModel(service::page, service::count, new QueueQuery(7L, null, "INTEGRITY", "submitted", false, 0, 25));

        QueueModel restored = roundTrip(model);
        restored.load(25, 25, Map.of("status", SortMeta.builder().field("status").order(SortOrder.ASCENDING).build()), Map.of());

        assertEquals(42, restored.getRowCount());
        RecordingService restoredService = (RecordingService) capturedService(restored);
        QueueQuery asked = restoredService.asked.get(0);
        assertEquals(new QueueQuery(7L, null, "INTEGRITY", "status", true, 25, 25), asked,
                "filters kept, the table's sort and page passed on");
    }

    private static QueueModel roundTrip(QueueModel model) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(model);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (QueueModel) in.readObject();
        }
    }

    private static Object capturedService(QueueModel model) throws Exception {
        var pagesField = QueueModel.class.getDeclaredField("pages");
        pagesField.setAccessible(true);
        Object lambda = pagesField.get(model);
        var captured = lambda.getClass().getDeclaredFields()[0];
        captured.setAccessible(true);
        return captured.get(lambda);
    }
}

package nl.meldpunt.batch.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The reader walks the organisations in id order and their due cases in pages, with a marker after each
 * organisation that had something due; from a checkpoint it continues after the last case handed out.
 */
class RetentionReaderTest {

    /** Organisation id → due case ids (sorted); organisation 2 has nothing due. */
    private final Map<Long, List<Long>> due = new TreeMap<>(Map.of(
            1L, range(10, 10 + RetentionReader.PAGE + 3),
            2L, List.of(),
            3L, List.of(7L, 8L)));

    @Test
    void allOrganisationsInIdOrderWithAMarkerAfterEachThatHadSomethingDue() throws Exception {
        List<Object> items = readAll(reader(null), Integer.MAX_VALUE);
        List<Object> expected = new ArrayList<>();
        range(10, 10 + RetentionReader.PAGE + 3).forEach(id -> expected.add(new DueCase(1, id)));
        expected.add(new OrganisationDone(1, RetentionReader.PAGE + 3));
        expected.add(new DueCase(3, 7));
        expected.add(new DueCase(3, 8));
        expected.add(new OrganisationDone(3, 2));
        assertEquals(expected, items);
    }

    @Test
    void aRestartContinuesAfterTheLastCaseOfTheCheckpoint() throws Exception {
        List<Object> all = readAll(reader(null), Integer.MAX_VALUE);
        for (int split : List.of(1, 5, RetentionReader.PAGE, RetentionReader.PAGE + 3, RetentionReader.PAGE + 4,
                RetentionReader.PAGE + 5)) {
            RetentionReader first = reader(null);
            List<Object> before = readAll(first, split);
            Serializable checkpoint = roundTrip(first.checkpointInfo());
            List<Object> after = readAll(reader(checkpoint), Integer.MAX_VALUE);
            List<Object> joined = new ArrayList<>(before);
            joined.addAll(after);
            assertEquals(all, joined, "split after " + split);
        }
    }

    private RetentionReader reader(Serializable checkpoint) throws Exception {
        RetentionReader reader = new RetentionReader();
        set(reader, "calls", new RetentionCalls() {
            @Override
            public long countDue(long organisationId) {
                return due.get(organisationId).size();
            }

            @Override
            public List<Long> dueCases(long organisationId, long afterId, int size) {
                return due.get(organisationId).stream().filter(id -> id > afterId).limit(size).toList();
            }
        });
        set(reader, "runs", new RetentionRuns() {
            @Override
            public Long nextOrganisation(long afterId) {
                return due.keySet().stream().filter(id -> id > afterId).findFirst().orElse(null);
            }
        });
        reader.open(checkpoint);
        return reader;
    }

    private static List<Object> readAll(RetentionReader reader, int most) {
        List<Object> items = new ArrayList<>();
        for (Object item = items.size() < most ? reader.readItem() : null; item != null;
             item = items.size() < most ? reader.readItem() : null) {
            items.add(item);
        }
        return items;
    }

    private static Serializable roundTrip(Serializable checkpoint) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(checkpoint);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (Serializable) in.readObject();
        }
    }

    private static void set(Object target, String field, Object value) throws Exception {
        var f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }

    private static List<Long> range(long from, long to) {
        List<Long> ids = new ArrayList<>();
        for (long id = from; id < to; id++) {
            ids.add(id);
        }
        return ids;
    }
}

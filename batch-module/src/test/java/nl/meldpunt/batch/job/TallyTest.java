package nl.meldpunt.batch.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.YearMonth;
import java.util.List;
import nl.meldpunt.trend.TrendCounting;
import org.junit.jupiter.api.Test;

class TallyTest {

    @Test
    void aMonthCountedAgainAfterARestartCountsOnceAndTheTallySurvivesItsCheckpoint() throws Exception {
        Tally tally = new Tally();
        MonthCounts october = new MonthCounts(YearMonth.of(2026, 10),
                List.of(new TrendCounting.Count("BULLYING", "A", YearMonth.of(2026, 10), 6)), List.of());
        tally.add(october);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(tally);
        }
        Tally restored;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            restored = (Tally) in.readObject();
        }
        restored.add(october);
        assertEquals(1, restored.monthsCounted());
        assertEquals(6, restored.submitted().stream().mapToInt(TrendCounting.Count::count).sum());
    }
}

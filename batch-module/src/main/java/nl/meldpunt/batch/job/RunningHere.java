package nl.meldpunt.batch.job;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The report runs whose job is running in this server right now. A run whose heartbeat looks old is
 * restarted only when it is not running here: a moved clock (tests) or a long chunk must not make a
 * living job look dead. After a crash the set is empty, as it should be.
 */
public final class RunningHere {

    /** Run id → its job execution here. */
    private static final Map<Long, Long> RUNS = new ConcurrentHashMap<>();

    private RunningHere() {
    }

    public static boolean contains(long runId) {
        return RUNS.containsKey(runId);
    }

    /** The job executions running here now. */
    public static java.util.Collection<Long> executions() {
        return java.util.List.copyOf(RUNS.values());
    }

    public static boolean isEmpty() {
        return RUNS.isEmpty();
    }

    static void started(long runId, long executionId) {
        RUNS.put(runId, executionId);
    }

    static void ended(long runId) {
        RUNS.remove(runId);
    }

    /** Told when a job here has ended and its run's status is written: the scheduler starts the next. */
    private static volatile Runnable whenOneEnds = () -> { };

    public static void whenOneEnds(Runnable then) {
        whenOneEnds = then;
    }

    static void oneEnded() {
        whenOneEnds.run();
    }
}

package nl.meldpunt.batch.job;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The report runs whose job is running in this server right now. A run whose heartbeat looks old is
 * restarted only when it is not running here: a moved clock (tests) or a long chunk must not make a
 * living job look dead. After a crash the set is empty, as it should be.
 */
public final class RunningHere {

    private static final Set<Long> RUNS = ConcurrentHashMap.newKeySet();

    private RunningHere() {
    }

    public static boolean contains(long runId) {
        return RUNS.contains(runId);
    }

    static void started(long runId) {
        RUNS.add(runId);
    }

    static void ended(long runId) {
        RUNS.remove(runId);
    }
}

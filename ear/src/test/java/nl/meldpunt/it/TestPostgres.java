package nl.meldpunt.it;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The private PostgreSQL cluster that the test command started (src-config/scripts/test.sh exports where it
 * is), stopped and started again by the fault tests: a real outage, not a mocked one.
 */
final class TestPostgres {

    private TestPostgres() {
    }

    /** Whether this run is on the PostgreSQL that test.sh started. */
    static boolean available() {
        return System.getenv("MELDPUNT_TEST_PG_DIR") != null;
    }

    static void stop() {
        pgCtl("-D", env("MELDPUNT_TEST_PG_DIR") + "/data", "-m", "fast", "-w", "stop");
    }

    static void start() {
        String dir = env("MELDPUNT_TEST_PG_DIR");
        pgCtl("-D", dir + "/data", "-l", dir + "/postgres.log", "-w", "-o",
                "-p " + env("MELDPUNT_TEST_PG_PORT") + " -k " + dir
                        + " -c listen_addresses=127.0.0.1 -c max_prepared_transactions=20", "start");
    }

    private static void pgCtl(String... arguments) {
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("runuser", "-u", "postgres", "--")); // as test.sh: the cluster belongs to postgres
        }
        command.add(env("MELDPUNT_TEST_PG_BIN") + "/pg_ctl");
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("pg_ctl " + String.join(" ", arguments) + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String env(String name) {
        String value = System.getenv(name);
        if (value == null) {
            throw new IllegalStateException(name + " is not set: run the tests with src-config/scripts/test.sh");
        }
        return value;
    }
}

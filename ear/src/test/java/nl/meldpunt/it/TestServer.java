package nl.meldpunt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The Payara the tests run on, stopped, killed and started again by the fault tests (the deployment stays in
 * the domain and comes back with it). A start inherits the test's environment, changed where a test asks.
 */
final class TestServer {

    private TestServer() {
    }

    static Path domain() {
        return Path.of(System.getProperty("payara.home"), "glassfish", "domains", "domain1");
    }

    /** kill -9: no shutdown hook, no clean stop of anything running. */
    static void kill() throws Exception {
        List<ProcessHandle> servers = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains(domain().toString()) && c.contains("ASMain")).orElse(false))
                .toList();
        assertEquals(1, servers.size(), "one Payara process for the domain");
        servers.get(0).destroyForcibly();
        servers.get(0).onExit().get(30, TimeUnit.SECONDS);
    }

    /** A normal stop, as an operator does before changing the configuration. */
    static void stop() throws Exception {
        assertEquals(0, asadmin(Map.of(), "stop-domain", "domain1"), "asadmin stop-domain");
    }

    /** Starts the domain with the test's environment, {@code changes} applied, and waits until the application answers. */
    static void start(Map<String, String> changes) throws Exception {
        assertEquals(0, asadmin(changes, "start-domain", "domain1"), "asadmin start-domain");
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
        while (Instant.now().isBefore(deadline)) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(MeldpuntDeployment.BASE_URL + "/m/demo")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (Exception notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the application did not answer within 180 s of the start");
    }

    private static int asadmin(Map<String, String> changes, String... arguments) throws Exception {
        Path asadmin = Path.of(System.getProperty("payara.home"), "bin", "asadmin");
        List<String> command = new java.util.ArrayList<>(List.of(asadmin.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().putAll(changes);
        return builder.start().waitFor();
    }
}

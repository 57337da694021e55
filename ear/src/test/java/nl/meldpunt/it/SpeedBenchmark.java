package nl.meldpunt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.meldpunt.demo.DemoData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The speed and memory figures of issue 16, each a ratio against a baseline measured in the same run on the same
 * server, because absolute numbers move from machine to machine. Run by {@code src-config/scripts/benchmark.sh}
 * only (its name does not end in IT, so the test command leaves it out), on PostgreSQL. Every figure is measured
 * three times and the median is kept. The client runs on the same machine as the server: what the client does
 * between requests (parsing pages, solving the proof of work) is not counted in the request rates.
 * The table goes to standard output and to the file named by {@code meldpunt.benchmark.out}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SpeedBenchmark {

    private static final int RUNS = 3;
    private static final int CLIENTS = 2;
    private static final String BASE = MeldpuntDeployment.BASE_URL;

    private final List<String[]> rows = new ArrayList<>();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MeldpuntDeployment.benchmarkEar();
    }

    @Test
    void measure() throws Exception {
        assumeFalse(TestDatabase.embedded(), "the benchmark runs on PostgreSQL");
        double entryMillis = measuring("entry") ? entryPage() : latencies("/m/demo", new Visitor(), 50).get(0);
        if (measuring("wizard")) {
            wizard();
        }
        if (measuring("logins")) {
            logins();
        }
        if (measuring("keys")) {
            caseKeys();
        }
        if (measuring("queue")) {
            String realCase = StaffClient.anonymous().get("/it-probe/new-report?org=demo").body().split(" ")[0];
            long realCaseId = TestDatabase.reportId(realCase);
            for (int reports : new int[] {10_000, 100_000}) {
                queueAndCaseFile(reports, realCaseId, entryMillis);
            }
        }
        if (measuring("heap")) {
            staffSessionsHeap(1_000);
        }
        String table = table();
        System.out.println(table);
        String out = System.getProperty("meldpunt.benchmark.out");
        if (out != null && !out.isBlank()) {
            Files.writeString(Path.of(out), table, StandardCharsets.UTF_8);
        }
    }

    /** {@code -Dmeldpunt.benchmark.only=entry,wizard,logins,keys,queue,heap} measures only those (all when not given). */
    private static boolean measuring(String figure) {
        String only = System.getProperty("meldpunt.benchmark.only", "");
        return only.isBlank() || List.of(only.split(",")).contains(figure);
    }

    // ---- the entry page ---------------------------------------------------------------------------------------

    /** Requests per second on the entry page against a static file; sessions left behind; the entry page's latency. */
    private double entryPage() throws Exception {
        wrk("/favicon.svg", 3); // warm up both
        wrk("/m/demo", 3);
        long createdBefore = sessionsCreated();
        List<Double> entry = new ArrayList<>();
        List<Double> file = new ArrayList<>();
        long requests = 0;
        for (int run = 0; run < RUNS; run++) {
            double[] page = wrk("/m/demo", 10);
            entry.add(page[0]);
            requests += (long) page[1];
            file.add(wrk("/favicon.svg", 10)[0]);
        }
        long sessions = sessionsCreated() - createdBefore;
        double ratio = median(entry) / median(file);
        row("Entry page `/m/demo`, requests/s (wrk: 2 threads, 16 connections, 10 s)", perSecond(median(entry)),
                "a static file (`/favicon.svg`): " + perSecond(median(file)), ratio(ratio), "≥ 0.7", ratio >= 0.7, "");
        assertTrue(requests >= 10_000, "at least 10,000 entry-page requests: " + requests);
        row("HTTP sessions the server made for " + String.format(Locale.ROOT, "%,d", requests) + " anonymous entry-page requests",
                String.valueOf(sessions), "", "", "0", sessions == 0, "");
        List<Double> latency = latencies("/m/demo", new Visitor(), 50);
        row("Entry page latency, one request at a time (the baseline of the pages below)", millis(latency.get(0))
                + " median, " + millis(latency.get(1)) + " p90", "", "", "", true, "");
        return latency.get(0);
    }

    /** wrk on one address: requests per second and the number of requests. */
    private static double[] wrk(String path, int seconds) throws IOException, InterruptedException {
        Process wrk = new ProcessBuilder("wrk", "-t2", "-c16", "-d" + seconds + "s", BASE + path).redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, wrk.waitFor(), output);
        assertTrue(!output.contains("Non-2xx"), "every answer a success: " + output);
        return new double[] {number(output, "Requests/sec:\\s+([\\d.]+)"), number(output, "(\\d+) requests in")};
    }

    private static long sessionsCreated() {
        return Long.parseLong(StaffClient.anonymous().get("/it-probe/sessions").body().trim().split(" ")[1]);
    }

    // ---- the wizard -------------------------------------------------------------------------------------------

    /** Complete reports through the wizard's postbacks against the same reports through the service in-process. */
    private void wizard() throws Exception {
        rate(CLIENTS, 4, SpeedBenchmark::wizardReport); // warm up
        probe("/it-probe/bench/submit?threads=" + CLIENTS + "&n=4");
        List<Double> http = new ArrayList<>();
        List<Double> raw = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            http.add(rate(CLIENTS, 10, SpeedBenchmark::wizardReport));
            raw.add(probe("/it-probe/bench/submit?threads=" + CLIENTS + "&n=20"));
        }
        double ratio = median(http) / median(raw);
        row("Reports sent through the wizard per second (" + CLIENTS + " clients; every step a JSF postback with its view state)",
                perSecond(median(http)), "the same reports through the intake service in the server: " + perSecond(median(raw)),
                ratio(ratio), "≥ 0.5", ratio >= 0.5, "");
    }

    /** One report through every step of the demo wizard: the time spent in requests, in nanoseconds. */
    private static long wizardReport() {
        Visitor visitor = new Visitor();
        visitor.sendReport("demo", "Mijn leidinggevende kleineert mij in het werkoverleg, al maanden.");
        return visitor.nanos();
    }

    // ---- logins -----------------------------------------------------------------------------------------------

    /** Staff and reporter logins per second against Argon2id hashes per second, both with the same number of threads. */
    private void logins() throws Exception {
        List<String[]> reporters = new ArrayList<>();
        for (int i = 0; i < (RUNS + 1) * CLIENTS * 10; i++) {
            reporters.add(StaffClient.anonymous().get("/it-probe/new-report?org=demo").body().split(" "));
        }
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        // HR: staff logins without a second factor, so that no one-time code limits the rate; each client its own
        // account, as different people log in (one account's logins wait for each other on its row lock).
        java.util.concurrent.atomic.AtomicInteger clients = new java.util.concurrent.atomic.AtomicInteger();
        ThreadLocal<String> account = ThreadLocal.withInitial(() -> clients.getAndIncrement() % 2 == 0 ? "hr" : "hr.noord");
        Callable<Long> staff = () -> {
            Visitor visitor = new Visitor();
            HttpResponse<String> answer = visitor.login("/staff/login.xhtml", Map.of("login:username", account.get(),
                    "login:password", DemoData.DEMO_PASSWORD, "login:code", ""));
            Visitor.expectRedirect(answer, "/staff/home");
            return visitor.nanos();
        };
        Callable<Long> reporter = () -> {
            // Every login on a report of its own: the per-code limit is not what is measured here.
            String[] credentials = reporters.get(next.getAndIncrement());
            Visitor visitor = new Visitor();
            HttpResponse<String> answer = visitor.login("/melder/login.xhtml", Map.of("login:caseCode", credentials[0],
                    "login:password", credentials[1]));
            Visitor.expectRedirect(answer, "/melder/index.xhtml");
            return visitor.nanos();
        };
        rate(CLIENTS, 10, staff);
        rate(CLIENTS, 10, reporter);
        probe("/it-probe/bench/argon2?threads=" + CLIENTS + "&n=10");
        List<Double> staffRates = new ArrayList<>();
        List<Double> reporterRates = new ArrayList<>();
        List<Double> hashes = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            staffRates.add(rate(CLIENTS, 10, staff));
            reporterRates.add(rate(CLIENTS, 10, reporter));
            hashes.add(probe("/it-probe/bench/argon2?threads=" + CLIENTS + "&n=40"));
        }
        double hashRate = median(hashes);
        String baseline = "Argon2id hashes in the server, " + CLIENTS + " threads: " + perSecond(hashRate);
        double staffRatio = median(staffRates) / hashRate;
        double reporterRatio = median(reporterRates) / hashRate;
        row("Staff logins per second (" + CLIENTS + " clients)", perSecond(median(staffRates)), baseline, ratio(staffRatio),
                "≥ 0.8", staffRatio >= 0.8, "");
        row("Reporter logins per second (" + CLIENTS + " clients)", perSecond(median(reporterRates)), baseline,
                ratio(reporterRatio), "≥ 0.8", reporterRatio >= 0.8, "");
    }

    // ---- case keys (issue 17) ---------------------------------------------------------------------------------

    /**
     * A confidant's login, one at a time: one Argon2id opens the sealed private key (and so checks the password),
     * then the catch-up of the case keys. Against an HR login, one at a time: one Argon2id for the hash, which is
     * what every staff login cost before issue 17 (the confidant's one-time code adds an HMAC). Then one case file
     * opened with the key from the session.
     */
    private void caseKeys() throws Exception {
        long caseId = TestDatabase.reportId(StaffClient.anonymous().get("/it-probe/new-report?org=demo").body().split(" ")[0]);
        for (int i = 0; i < 5; i++) { // warm up, and the confidant's key pair and case keys exist after the first
            loginMillis("vertrouwenspersoon", true);
            loginMillis("hr", false);
        }
        List<Double> confidantRuns = new ArrayList<>();
        List<Double> hrRuns = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            List<Double> confidant = new ArrayList<>();
            List<Double> hr = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                confidant.add(loginMillis("vertrouwenspersoon", true));
                hr.add(loginMillis("hr", false));
            }
            confidantRuns.add(median(confidant));
            hrRuns.add(median(hr));
        }
        double confidant = median(confidantRuns);
        double hr = median(hrRuns);
        row("Confidant login, one at a time (opens the key pair; case keys caught up)", millis(confidant) + " median",
                "an HR login, one at a time (one Argon2id, as every staff login before issue 17): " + millis(hr),
                ratio(confidant / hr), "≤ 1.2×", confidant / hr <= 1.2, "");
        Visitor confidantSession = new Visitor().loggedInAsStaff("vertrouwenspersoon", DemoData.DEMO_PASSWORD);
        List<Double> medians = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            medians.add(latencies("/console/case.xhtml?id=" + caseId, confidantSession, 30).get(0));
        }
        row("Case file opened with the confidant's key from the session", millis(median(medians)) + " median",
                "", "", "", true, statementsPerRequest("/console/case.xhtml?id=" + caseId, confidantSession));
    }

    /** The login's own request (the form's post), in milliseconds. */
    private static double loginMillis(String login, boolean secondFactor) {
        Map<String, String> values = Map.of("login:username", login, "login:password", DemoData.DEMO_PASSWORD,
                "login:code", secondFactor ? TestTotp.nextCode(login) : "");
        Visitor visitor = new Visitor();
        HttpResponse<String> answer = visitor.login("/staff/login.xhtml", values);
        Visitor.expectRedirect(answer, "/staff/home");
        return visitor.nanos() / 1e6;
    }

    // ---- the work queue and the case file ---------------------------------------------------------------------

    /** The queue and one case file with this many reports in the database, against the entry page's latency. */
    private void queueAndCaseFile(int reports, long realCaseId, double entryMillis) throws Exception {
        seedReports(reports);
        Visitor confidant = new Visitor().loggedInAsStaff("vertrouwenspersoon", DemoData.DEMO_PASSWORD);
        String label = String.format(Locale.ROOT, "%,d", reports);
        measurePage("Work queue (first page of 25), " + label + " reports", "/console/index.xhtml", confidant, entryMillis, 2.0);
        measurePage("Case file of one report, " + label + " reports", "/console/case.xhtml?id=" + realCaseId, confidant, entryMillis, 0);
    }

    private void measurePage(String name, String path, Visitor confidant, double entryMillis, double target) throws Exception {
        HttpResponse<String> check = confidant.get(path);
        assertEquals(200, check.statusCode(), name + ": the page opens for the confidant");
        List<Double> medians = new ArrayList<>();
        List<Double> p90s = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            List<Double> latency = latencies(path, confidant, 30);
            medians.add(latency.get(0));
            p90s.add(latency.get(1));
        }
        double median = median(medians);
        double p90 = median(p90s);
        String statements = statementsPerRequest(path, confidant);
        row(name, millis(median) + " median, " + millis(p90) + " p90", "entry page: " + millis(entryMillis) + " median",
                ratio(median / entryMillis) + " (p90 " + ratio(p90 / entryMillis) + ")", target > 0 ? "≤ " + ratio(target) : "",
                target <= 0 || median / entryMillis <= target, statements);
    }

    /** Adds reports (registration fields only, as benchmark-queue.sh does) until the demo holds this many. */
    private static void seedReports(int total) throws SQLException {
        try (Connection c = TestDatabase.connect(); Statement st = c.createStatement()) {
            long now;
            try (var rs = st.executeQuery("select count(*) from report where case_code like 'BENCH-%'")) {
                rs.next();
                now = rs.getLong(1);
            }
            st.executeUpdate("""
                    INSERT INTO report (id, organisation_id, case_code, password_hash, question_set_id, tip_set_id, status, channel,
                                        language, category, subcategory, relation, ongoing, needs, sharing_consent, data_key, submitted_at)
                    SELECT 1000000 + g, o.id, 'BENCH-' || g, 'x', q.id, t.id,
                           (ARRAY['NEW','ACKNOWLEDGED','IN_PROGRESS','AFTERCARE','CLOSED'])[1 + g %% 5], 'WEB', 'nl',
                           CASE WHEN g %% 3 = 0 THEN 'INTEGRITY' ELSE 'UNWANTED_BEHAVIOUR' END,
                           CASE WHEN g %% 3 = 0 THEN 'FRAUD' ELSE 'BULLYING' END, 'COLLEAGUE', 'YES', 'ADVICE', 'ASK_FIRST', NULL,
                           now() - (g %% 400) * interval '1 day'
                    FROM generate_series(%d, %d) g,
                         (SELECT id FROM organisation WHERE slug = 'demo') o,
                         (SELECT id FROM question_set ORDER BY id LIMIT 1) q,
                         (SELECT id FROM tip_set ORDER BY id LIMIT 1) t
                    """.formatted(now + 1, total));
            st.execute("ANALYZE report");
        }
    }

    /**
     * SQL statements per request, from PostgreSQL's pg_stat_statements (benchmark.sh loads it): the calls during
     * 20 requests, less the calls during as long a time without requests (the timers), divided by 20.
     */
    private static String statementsPerRequest(String path, Visitor confidant) {
        String port = System.getenv("MELDPUNT_TEST_PG_PORT");
        if (port == null) {
            return "";
        }
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/meldpunt", "pgadmin", "")) {
            try (Statement st = admin.createStatement()) {
                st.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            }
            Map<String, Long> before = statementCalls(admin);
            long start = System.nanoTime();
            for (int i = 0; i < 20; i++) {
                confidant.get(path);
            }
            long busy = System.nanoTime() - start;
            Map<String, Long> during = difference(statementCalls(admin), before);
            Map<String, Long> idleBefore = statementCalls(admin);
            Thread.sleep(busy / 1_000_000);
            Map<String, Long> idle = difference(statementCalls(admin), idleBefore);
            // Which statements, in the log: what to look at when the count is high.
            during.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(15)
                    .forEach(e -> System.out.printf(Locale.ROOT, "STATEMENTS %s %.2f per request: %s%n", path,
                            (e.getValue() - idle.getOrDefault(e.getKey(), 0L)) / 20.0, e.getKey()));
            long total = during.values().stream().mapToLong(Long::longValue).sum() - idle.values().stream().mapToLong(Long::longValue).sum();
            return String.format(Locale.ROOT, "%.1f SQL statements per request", Math.max(0, total) / 20.0);
        } catch (SQLException e) {
            return "statements not counted (" + e.getMessage().lines().findFirst().orElse("") + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Calls so far per statement (its text, shortened). Its own query is counted too, the same in both windows. */
    private static Map<String, Long> statementCalls(Connection admin) throws SQLException {
        Map<String, Long> calls = new java.util.HashMap<>();
        try (Statement st = admin.createStatement();
             var rs = st.executeQuery("select left(regexp_replace(query, '\\s+', ' ', 'g'), 200), calls from pg_stat_statements s "
                     + "join pg_database d on d.oid = s.dbid where d.datname = 'meldpunt'")) {
            while (rs.next()) {
                calls.merge(rs.getString(1), rs.getLong(2), Long::sum);
            }
        }
        return calls;
    }

    private static Map<String, Long> difference(Map<String, Long> after, Map<String, Long> before) {
        Map<String, Long> difference = new java.util.HashMap<>();
        after.forEach((query, calls) -> {
            long made = calls - before.getOrDefault(query, 0L);
            if (made > 0) {
                difference.put(query, made);
            }
        });
        return difference;
    }

    // ---- memory -----------------------------------------------------------------------------------------------

    /** Used heap after this many staff sessions at once, each logged in and on its start page, per session. */
    private void staffSessionsHeap(int sessions) throws Exception {
        long heapBefore = heap();
        java.util.concurrent.atomic.AtomicInteger opened = new java.util.concurrent.atomic.AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < sessions; i++) {
                done.add(pool.submit(() -> {
                    Visitor visitor = new Visitor().loggedInAsStaff("hr", DemoData.DEMO_PASSWORD);
                    HttpResponse<String> home = visitor.get("/staff/home"); // as a browser follows the login's answer
                    Visitor.expectRedirect(home, "/hr/index.xhtml");
                    HttpResponse<String> start = visitor.get("/hr/index.xhtml");
                    assertEquals(200, start.statusCode(), () -> "HR's start page, after " + opened.get() + " sessions: "
                            + org.jsoup.Jsoup.parse(start.body()).text() + "; the last audit entries: " + lastAuditEntries());
                    opened.incrementAndGet();
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        long alive = Long.parseLong(StaffClient.anonymous().get("/it-probe/sessions").body().trim().split(" ")[0]);
        assertTrue(alive >= sessions, "the sessions are alive: " + alive);
        double perSession = (heap() - heapBefore) / (double) sessions / 1024;
        row("Heap per staff session (" + String.format(Locale.ROOT, "%,d", sessions) + " sessions logged in at once, each on its start page)",
                String.format(Locale.ROOT, "%.1f KiB", perSession), "", "", "≤ 50 KiB", perSession <= 50, "");
    }

    /** The newest audit entries (actor, action, subject, detail), to say why a page was refused. */
    private static String lastAuditEntries() {
        try (Connection c = TestDatabase.connect(); Statement st = c.createStatement();
             var rs = st.executeQuery("select actor, action, subject, detail from audit_entry order by id desc limit 8")) {
            List<String> lines = new ArrayList<>();
            while (rs.next()) {
                lines.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4));
            }
            return lines.toString();
        } catch (SQLException e) {
            return "(not readable: " + e.getMessage() + ")";
        }
    }

    private static long heap() {
        return Long.parseLong(StaffClient.anonymous().get("/it-probe/heap").body().trim());
    }

    // ---- measuring --------------------------------------------------------------------------------------------

    /**
     * Runs {@code each} times per client on that many clients at once; each call answers the nanoseconds it spent in
     * requests. The rate is the work done divided by the request time of the busiest client.
     */
    private static double rate(int clients, int each, Callable<Long> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Long>> perClient = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                perClient.add(pool.submit(() -> {
                    long nanos = 0;
                    for (int i = 0; i < each; i++) {
                        nanos += work.call();
                    }
                    return nanos;
                }));
            }
            long busiest = 0;
            for (Future<Long> f : perClient) {
                busiest = Math.max(busiest, f.get());
            }
            return clients * each / (busiest / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Median and p90 in milliseconds of one request at a time (after ten to warm up). */
    private static List<Double> latencies(String path, Visitor visitor, int count) {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < count + 10; i++) {
            long start = System.nanoTime();
            HttpResponse<String> answer = visitor.get(path);
            double took = (System.nanoTime() - start) / 1e6;
            assertEquals(200, answer.statusCode(), path);
            if (i >= 10) {
                times.add(took);
            }
        }
        times.sort(Double::compare);
        return List.of(times.get(times.size() / 2), times.get((int) Math.ceil(times.size() * 0.9) - 1));
    }

    private static double probe(String path) {
        HttpResponse<String> answer = StaffClient.anonymous().get(path);
        assertEquals(200, answer.statusCode(), answer.body());
        return Double.parseDouble(answer.body().trim());
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static double number(String text, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("No " + pattern + " in: " + text);
        }
        return Double.parseDouble(m.group(1));
    }

    // ---- the table --------------------------------------------------------------------------------------------

    private void row(String figure, String measured, String baseline, String ratio, String target, boolean met, String note) {
        String[] row = {figure, measured, baseline, ratio, target, target.isEmpty() ? "" : met ? "met" : "**missed**", note};
        rows.add(row);
        System.out.println("BENCHMARK " + String.join(" | ", row)); // as it comes: the whole run takes a while
    }

    private String table() {
        StringBuilder out = new StringBuilder("| figure | measured | baseline (same run) | ratio | target | | statements |\n")
                .append("|---|---|---|---|---|---|---|\n");
        for (String[] row : rows) {
            out.append(Arrays.stream(row).collect(Collectors.joining(" | ", "| ", " |\n")));
        }
        return out.toString();
    }

    private static String perSecond(double rate) {
        return String.format(Locale.ROOT, rate >= 100 ? "%,.0f/s" : "%.1f/s", rate);
    }

    private static String ratio(double ratio) {
        return String.format(Locale.ROOT, ratio >= 10 ? "%.0f×" : "%.2f×", ratio);
    }

    private static String millis(double ms) {
        return String.format(Locale.ROOT, ms >= 10 ? "%.0f ms" : "%.1f ms", ms);
    }
}

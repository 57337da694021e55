package nl.meldpunt.it;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import nl.meldpunt.intake.ReportService;
import nl.meldpunt.security.PasswordHasher;

/**
 * Benchmark-only (deployed by {@link SpeedBenchmark}, never in the shipped EAR): the baselines that the
 * benchmark divides by, timed inside the server's own JVM, so that a ratio says how much the web layer
 * adds to the work that cannot be avoided. Answers operations per second.
 * <ul>
 * <li>{@code /it-probe/bench/argon2?threads=2&n=40}: Argon2id hashes with the application's own hasher
 * (its parameters and its bound on hashes at once).</li>
 * <li>{@code /it-probe/bench/submit?threads=2&n=40}: complete reports through the intake service, as the
 * wizard's last step sends them (one Argon2id hash of the generated password, the sealing, the inserts),
 * without HTTP, JSF or the proof of work.</li>
 * </ul>
 */
@WebServlet({"/it-probe/bench/argon2", "/it-probe/bench/submit"})
public class BenchmarkProbeServlet extends HttpServlet {

    @Inject
    private PasswordHasher hasher;

    @Inject
    private ReportService reports;

    /** The server's own threads, so that the EJB calls run as they do for a request. */
    @Resource
    private ManagedExecutorService executor;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int threads = Integer.parseInt(request.getParameter("threads"));
        int n = Integer.parseInt(request.getParameter("n"));
        Callable<Object> one = request.getServletPath().endsWith("argon2")
                ? () -> hasher.hash("benchmark-wachtwoord-" + System.nanoTime())
                : () -> ServiceProbeServlet.submitSample(reports, "demo", "Benchmarkverhaal", "nl", null);
        try {
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int share = n / threads + (t < n % threads ? 1 : 0);
                done.add(executor.submit(() -> {
                    for (int i = 0; i < share; i++) {
                        one.call();
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(String.valueOf(n / seconds));
        } catch (Exception e) {
            response.setStatus(500);
            response.getWriter().write("PROBE FAILED " + e);
        }
    }
}

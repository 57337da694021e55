package nl.meldpunt.it;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Test only (never in the shipped EAR): lets a test drive the retention service as the batch job would
 * ({@link RetentionJobProbe}): {@code ?count=ORG}, {@code ?anonymise=REPORT} or {@code ?run=ORG&size=N}; and starts the
 * real retention job by hand (no caller, as the timer does): {@code ?startJob&itemCount=N[&failAfterUnits=M]} or
 * {@code ?restartJob=EXECUTION&itemCount=N}, answering the execution id; and as the nightly timer does, with its
 * bookkeeping: {@code ?startScheduledRun&itemCount=N&pauseMillis=M}, answering the execution id and the run's day.
 */
@WebServlet("/it-probe/retention")
public class RetentionProbeServlet extends HttpServlet {

    @EJB
    private RetentionJobProbe job;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        String answer;
        if (request.getParameter("count") != null) {
            answer = String.valueOf(job.countDue(Long.parseLong(request.getParameter("count"))));
        } else if (request.getParameter("anonymise") != null) {
            answer = String.valueOf(job.anonymise(Long.parseLong(request.getParameter("anonymise"))));
        } else if (request.getParameter("run") != null) {
            answer = job.run(Long.parseLong(request.getParameter("run")), Integer.parseInt(request.getParameter("size")));
        } else if (request.getParameter("startScheduledRun") != null) {
            // As the nightly timer starts a run: a day claimed in retention_run (the first free one of the last
            // week, so that the scheduler also looks after it), then the job with that runDay. "<execution> <day>".
            java.util.Properties parameters = new java.util.Properties();
            for (String name : new String[] {"itemCount", "pauseMillis"}) {
                if (request.getParameter(name) != null) {
                    parameters.setProperty(name, request.getParameter(name));
                }
            }
            try {
                // Through the scheduler: a job started here in the servlet would belong to another identity, which
                // Jakarta Batch then refuses to let the scheduler restart.
                Object scheduler = new javax.naming.InitialContext().lookup("java:app/batch-module/RetentionScheduler");
                var startRunOf = scheduler.getClass().getMethod("startRunOf", java.time.LocalDate.class, java.util.Properties.class);
                java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));
                answer = null;
                for (int back = 1; back < 7 && answer == null; back++) {
                    Object execution = startRunOf.invoke(scheduler, today.minusDays(back), parameters);
                    if (execution != null) {
                        answer = execution + " " + today.minusDays(back);
                    }
                }
                if (answer == null) {
                    throw new IllegalStateException("no free day in the last week");
                }
            } catch (javax.naming.NamingException | ReflectiveOperationException | IllegalStateException e) {
                response.setStatus(500);
                answer = "PROBE FAILED " + e;
            }
        } else if (request.getParameter("startJob") != null || request.getParameter("restartJob") != null) {
            java.util.Properties parameters = new java.util.Properties();
            for (String name : new String[] {"itemCount", "failAfterUnits"}) {
                if (request.getParameter(name) != null) {
                    parameters.setProperty(name, request.getParameter(name));
                }
            }
            var jobs = jakarta.batch.runtime.BatchRuntime.getJobOperator();
            answer = String.valueOf(request.getParameter("restartJob") != null
                    ? jobs.restart(Long.parseLong(request.getParameter("restartJob")), parameters)
                    : jobs.start("retention", parameters));
        } else {
            response.setStatus(400);
            answer = "count, anonymise or run?";
        }
        response.getWriter().write(answer);
    }
}

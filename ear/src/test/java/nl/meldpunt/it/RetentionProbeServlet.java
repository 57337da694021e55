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
 * {@code ?restartJob=EXECUTION&itemCount=N}, answering the execution id.
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

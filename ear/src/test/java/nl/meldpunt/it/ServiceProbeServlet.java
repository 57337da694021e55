package nl.meldpunt.it;

import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Test-only (never in the shipped EAR): calls one service method of the EJB module as the staff
 * member logged in on this session, and answers {@code ALLOWED <result>}, {@code REFUSED} (a
 * business exception after the role check passed) or {@code DENIED} (the container refused).
 * Arguments are taken from {@code arg} parameters; missing ones are null/0/false. {@code /it-probe/new-report}
 * answers 409 {@code CLOSED} when the organisation takes no new report.
 */
@WebServlet({"/it-probe/service", "/it-probe/new-report", "/it-probe/clock", "/it-probe/sessions", "/it-probe/heap",
        "/it-probe/my-session", "/it-probe/start-publication", "/it-probe/annual-texts"})
public class ServiceProbeServlet extends HttpServlet {

    @jakarta.inject.Inject
    private nl.meldpunt.intake.ReportService reports;

    @jakarta.inject.Inject
    private nl.meldpunt.annual.AnnualReportTexts annualTexts;

    /** The same as GET, for arguments too long for an address (a question set, a configuration file). */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        doGet(request, response);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getServletPath().endsWith("new-report")) {
            newReport(request, response);
            return;
        }
        if (request.getServletPath().endsWith("sessions")) {
            // "alive created": HTTP sessions alive now, and created since deployment (LiveSessions).
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(LiveSessions.ALIVE.get() + " " + LiveSessions.CREATED.get());
            return;
        }
        if (request.getServletPath().endsWith("annual-texts")) {
            // As the annual report job reads them, without a logged-in user: "final <true|false>", then one line
            // per section, "SECTION<tab>text" (line breaks in the text as \n).
            long organisation = Long.parseLong(request.getParameter("org"));
            int year = Integer.parseInt(request.getParameter("year"));
            StringBuilder answer = new StringBuilder("final ").append(annualTexts.isFinal(organisation, year)).append('\n');
            annualTexts.finalOrDraftTexts(organisation, year).forEach((section, text) ->
                    answer.append(section.name()).append('\t').append(text.replace("\n", "\\n")).append('\n'));
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(answer.toString());
            return;
        }
        if (request.getServletPath().endsWith("my-session")) {
            // The idle life in seconds of the caller's session, or "none".
            var session = request.getSession(false);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(session == null ? "none" : String.valueOf(session.getMaxInactiveInterval()));
            return;
        }
        if (request.getServletPath().endsWith("heap")) {
            // Used heap in bytes after garbage collection (the lowest of a few tries: GC is a hint).
            long lowest = Long.MAX_VALUE;
            Runtime runtime = Runtime.getRuntime();
            for (int i = 0; i < 5; i++) {
                System.gc();
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                lowest = Math.min(lowest, runtime.totalMemory() - runtime.freeMemory());
            }
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(String.valueOf(lowest));
            return;
        }
        if (request.getServletPath().endsWith("start-publication")) {
            // Starts the report job for a run the test prepared (?run=ID, optional &failAfterChunks=N, &pauseMillis=N),
            // through the scheduler (Jakarta Batch lets only the starting module restart a job): the execution id.
            java.util.Properties parameters = new java.util.Properties();
            for (String name : new String[] {"failAfterChunks", "pauseMillis"}) {
                if (request.getParameter(name) != null) {
                    parameters.setProperty(name, request.getParameter(name));
                }
            }
            try {
                Object scheduler = new InitialContext().lookup("java:app/batch-module/PublicationScheduler");
                Object execution = scheduler.getClass().getMethod("startRun", long.class, java.util.Properties.class)
                        .invoke(scheduler, Long.parseLong(request.getParameter("run")), parameters);
                response.setContentType("text/plain;charset=UTF-8");
                response.getWriter().write(String.valueOf(execution));
            } catch (NamingException | ReflectiveOperationException e) {
                response.setStatus(500);
                response.getWriter().write("PROBE FAILED " + e);
            }
            return;
        }
        if (request.getServletPath().endsWith("clock")) {
            // Moves the server's clock: ?shift=PT31M (ISO-8601 duration from real time), or none to reset.
            String shift = request.getParameter("shift");
            ShiftedClockProducer.shiftBy(shift == null ? java.time.Duration.ZERO : java.time.Duration.parse(shift));
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("shifted " + ShiftedClockProducer.shift());
            return;
        }
        String bean = request.getParameter("bean");
        String methodName = request.getParameter("method");
        String[] args = request.getParameterValues("arg");
        response.setContentType("text/plain;charset=UTF-8");
        try {
            Object service = new InitialContext().lookup("java:app/ejb-module/" + bean);
            Method method = Arrays.stream(service.getClass().getMethods())
                    .filter(m -> m.getName().equals(methodName))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException("No method " + methodName));
            Object result = method.invoke(service, arguments(method, args));
            response.getWriter().write("ALLOWED " + result);
        } catch (InvocationTargetException e) {
            response.getWriter().write(deniedBy(e.getCause()) ? "DENIED" : "REFUSED " + e.getCause());
        } catch (NamingException | ReflectiveOperationException e) {
            response.setStatus(500);
            response.getWriter().write("PROBE FAILED " + e);
        }
    }

    /** Submits a complete report (with the optional {@code email}) and answers "caseCode password". */
    private void newReport(HttpServletRequest request, HttpServletResponse response) throws IOException {
        nl.meldpunt.intake.ReportCredentials credentials;
        try {
            credentials = submitSample(reports, request.getParameter("org"), request.getParameter("what"),
                    request.getParameter("lang"), request.getParameter("email"));
        } catch (nl.meldpunt.intake.ReportingClosed closed) {
            // The organisation is suspended or archived (issue 13): 409 and "CLOSED", nothing stored.
            response.setStatus(409);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("CLOSED");
            return;
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(credentials.caseCode() + " " + credentials.password());
    }

    /** A complete report of a fraud through the intake service, as the wizard's last step sends it. */
    static nl.meldpunt.intake.ReportCredentials submitSample(nl.meldpunt.intake.ReportService reports, String slug,
                                                            String what, String lang, String email)
            throws nl.meldpunt.intake.ReportingClosed {
        var form = reports.openForm(slug).orElseThrow();
        var answers = new nl.meldpunt.questionnaire.Answers();
        answers.getSingle().put("category", "INTEGRITY");
        answers.getSingle().put("subcategory", "FRAUD");
        answers.getSingle().put("period", "Vorige maand");
        answers.getSingle().put("ongoing", "UNKNOWN");
        answers.getSingle().put("relation", "COLLEAGUE");
        answers.getSingle().put("what_happened", what == null ? "Declaraties die niet kloppen." : what);
        answers.getMultiple().put("needs", java.util.List.of("REPORT_WRONGDOING"));
        return reports.submit(new nl.meldpunt.intake.SubmitReport(slug, form.questionSet().id(), answers, null,
                nl.meldpunt.casefile.SharingConsent.ASK_FIRST,
                java.util.Locale.forLanguageTag(lang == null ? "nl" : lang), email));
    }

    private static Object[] arguments(Method method, String[] given) {
        Class<?>[] types = method.getParameterTypes();
        Object[] values = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            String text = given != null && i < given.length ? given[i] : null;
            if (types[i] == byte[].class) {
                values[i] = text == null ? null : fileArgument(text);
            } else if (types[i] == String.class) {
                values[i] = text;
            } else if (types[i] == long.class || types[i] == Long.class) {
                values[i] = text == null ? (types[i] == long.class ? 0L : null) : Long.valueOf(text);
            } else if (types[i] == int.class) {
                values[i] = text == null ? 0 : Integer.parseInt(text);
            } else if (types[i] == boolean.class) {
                values[i] = Boolean.parseBoolean(text);
            } else if (types[i] == java.time.LocalDate.class) {
                values[i] = text == null ? null : java.time.LocalDate.parse(text);
            } else if (types[i] == java.util.List.class) { // of ids: "1,2,3"
                values[i] = text == null || text.isBlank() ? java.util.List.of()
                        : Arrays.stream(text.split(",")).map(String::strip).map(Long::valueOf).toList();
            } else if (types[i].isEnum() && text != null) {
                values[i] = enumValue(types[i], text);
            }
        }
        return values;
    }

    /**
     * A file argument: its text as UTF-8, {@code @base64:} and its bytes, or for {@code @big:N} a well-formed configuration file of N bytes made here
     * (a file too large to send comfortably as a form field).
     */
    private static byte[] fileArgument(String text) {
        if (text.startsWith("@base64:")) { // a form body's parameters may be read as ISO-8859-1 before the probe sees them
            return java.util.Base64.getDecoder().decode(text.substring("@base64:".length()));
        }
        if (!text.startsWith("@big:")) {
            return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        int size = Integer.parseInt(text.substring("@big:".length()));
        String head = "{\"format\":\"meldpunt-organisation-configuration\",\"formatVersion\":1,\"organisation\":{\"name\":\"";
        String tail = "\"}}";
        return (head + "x".repeat(size - head.length() - tail.length()) + tail).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class type, String name) {
        return Enum.valueOf(type, name);
    }

    private static boolean deniedBy(Throwable t) {
        for (; t != null; t = t.getCause()) {
            if (t instanceof EJBAccessException || t instanceof nl.meldpunt.shared.AccessRefused) {
                return true;
            }
        }
        return false;
    }
}

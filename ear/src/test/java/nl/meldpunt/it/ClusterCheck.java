package nl.meldpunt.it;

import static nl.meldpunt.it.PublicationRuns.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.meldpunt.demo.DemoData;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The cluster check of issue 16, run by {@code src-config/scripts/cluster-check.sh} only (its name does not end in
 * IT): that script sets up a Payara deployment group {@code dg1} of two instances on this machine ({@code i1} on
 * port 28080, {@code i2} on 29080) against one PostgreSQL, with the shared EJB timer and batch job repository. This
 * class deploys the EAR (with the test probes, as the integration tests do) to the group with availability
 * enabled, and checks what a cluster must do: what one instance stores the other shows; every mail goes once
 * however many instances have a timer; a staff session outlives its instance; a report run whose instance is
 * killed is finished by the other, once. Mail arrives here, in GreenMail on port 3025.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterCheck {

    private static final String I1 = System.getProperty("meldpunt.instance1", "http://localhost:28080");
    private static final String I2 = System.getProperty("meldpunt.instance2", "http://localhost:29080");
    private static final Duration TICK = Duration.ofSeconds(10);

    @RegisterExtension
    static final GreenMailExtension SMTP = TestSmtp.slowToStart().withPerMethodLifecycle(false);

    @BeforeAll
    static void deployToTheGroup() throws Exception {
        Path ear = Files.createTempFile("meldpunt-cluster-", ".ear");
        MeldpuntDeployment.ear().as(ZipExporter.class).exportTo(ear.toFile(), true);
        assertEquals(0, asadmin("deploy", "--force=true", "--target", "dg1", "--availabilityenabled=true", "--name", "meldpunt",
                ear.toString()), "deployed to the deployment group");
        Files.delete(ear);
        waitUntil(() -> answers(I1) && answers(I2), "both instances serve the application", Duration.ofMinutes(4));
    }

    @Test
    @Order(1)
    void aReportSentThroughOneInstanceIsReadOnTheOther() throws Exception {
        String story = "Clustercontrole " + System.nanoTime() + ": mijn leidinggevende schreeuwt in het overleg.";
        String[] credentials = new Visitor(I1).sendReport("demo", story);
        long id = TestDatabase.reportId(credentials[0]);

        Visitor confidant = new Visitor(I2).loggedInAsStaff("vertrouwenspersoon", DemoData.DEMO_PASSWORD);
        HttpResponse<String> caseFile = confidant.get("/console/case.xhtml?id=" + id);
        assertEquals(200, caseFile.statusCode(), "the confidant on instance 2 opens the case");
        assertTrue(Jsoup.parse(caseFile.body()).text().contains(story), "and reads the story sent through instance 1");

        Visitor reporter = new Visitor(I2);
        Visitor.expectRedirect(reporter.login("/melder/login.xhtml",
                Map.of("login:caseCode", credentials[0], "login:password", credentials[1])), "/melder/index.xhtml");
    }

    @Test
    @Order(2)
    void overTenTimerTicksEveryMailIsSentExactlyOnce() throws Exception {
        // Ten reports with an address, each with a message from the confidant: ten news mails, due within a minute
        // (the check's configuration), sent by whichever instance's timer comes first.
        String run = String.valueOf(System.nanoTime());
        Visitor confidant = new Visitor(I2).loggedInAsStaff("vertrouwenspersoon", DemoData.DEMO_PASSWORD);
        List<Long> reports = new ArrayList<>();
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String address = "cluster-" + run + "-" + i + "@melder.test";
            int instance = i % 2 + 1;
            HttpResponse<String> made = new Visitor(instance == 1 ? I1 : I2).get("/it-probe/new-report?org=demo&email=" + address);
            assertEquals(200, made.statusCode(), () -> "a report with an address, on instance " + instance + ": "
                    + Jsoup.parse(made.body()).text());
            String caseCode = made.body().split(" ")[0];
            long id = TestDatabase.reportId(caseCode);
            assertEquals("ALLOWED null", confidant.get("/it-probe/service?bean=CaseFileService&method=writeMessage&arg=" + id
                    + "&arg=Bericht").body().strip());
            reports.add(id);
            addresses.add(address);
        }
        waitUntil(() -> unsent(reports) == 0, "every mail sent", Duration.ofMinutes(3));
        Thread.sleep(TICK.multipliedBy(10).toMillis());

        for (String address : addresses) {
            assertEquals(1, mailsTo(address), "one mail to " + address + " after ten more ticks");
        }
        try (Connection c = TestDatabase.connect(); PreparedStatement st = c.prepareStatement(
                "select count(*) from outbox_mail where report_id = ? and (state <> 'SENT' or attempts <> 1)")) {
            for (long id : reports) {
                st.setLong(1, id);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    assertEquals(0, rs.getLong(1), "sent at the first try, and marked sent once");
                }
            }
        }
    }

    @Test
    @Order(3)
    void aStaffSessionOutlivesTheInstanceThatMadeIt() throws Exception {
        Visitor confidant = new Visitor(I1).loggedInAsStaff("vertrouwenspersoon", DemoData.DEMO_PASSWORD);
        assertEquals(200, confidant.get("/console/index.xhtml").statusCode());
        try {
            assertEquals(0, asadmin("stop-instance", "i1"), "instance 1 stopped");
            HttpResponse<String> queue = confidant.on(I2).get("/console/index.xhtml");
            assertEquals(200, queue.statusCode(), "the same cookies on instance 2: still logged in, "
                    + queue.headers().firstValue("Location").orElse(""));
        } finally {
            assertEquals(0, asadmin("start-instance", "i1"), "instance 1 started again");
            waitUntil(() -> answers(I1), "instance 1 serves again", Duration.ofMinutes(3));
        }
    }

    @Test
    @Order(4)
    void aReportRunKilledWithItsInstanceIsFinishedByTheOtherOnce() throws Exception {
        long demo = TestDatabase.organisationId("demo");
        long run = PublicationRuns.insertRunning(demo, "TREND", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 4, 1),
                PublicationRuns.scheduleOf(demo, "TREND"));
        long execution = Long.parseLong(new Visitor(I1).get("/it-probe/start-publication?run=" + run + "&pauseMillis=4000")
                .body().strip());
        waitUntil(() -> PublicationRuns.count("select items_done from publication_run where id = ?", run) >= 6,
                "six months counted on instance 1", Duration.ofSeconds(90));

        ProcessHandle instance1 = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().orElse("").contains("-instancename i1")).findFirst()
                .orElseThrow(() -> new AssertionError("no process of instance i1"));
        assertTrue(instance1.destroyForcibly(), "kill -9 of instance 1"); // SIGKILL: nothing stops cleanly
        instance1.onExit().get(30, TimeUnit.SECONDS);

        try {
            new Visitor(I2).get("/it-probe/clock?shift=" + Duration.ofMinutes(11)); // the run is silent too long now
            waitUntil(() -> "DONE".equals(PublicationRuns.status(run)), "the run finished on instance 2", Duration.ofMinutes(4));
            assertEquals(2, PublicationRuns.count("select count(*) from publication_file where run_id = ?", run), "one PDF and one XLSX");
            assertEquals(1, PublicationRuns.count("select count(*) from outbox_mail where publication_run_id = ?", run), "one mail for HR");
            waitUntil(() -> {
                try {
                    List<String[]> now = PublicationRuns.executionsOf(execution);
                    return now.size() >= 2 && !"STARTED".equals(now.get(now.size() - 1)[0]);
                } catch (SQLException e) {
                    return false;
                }
            }, "the restarted execution ended", Duration.ofSeconds(60));
            List<String[]> executions = PublicationRuns.executionsOf(execution);
            assertEquals(2, executions.size(), "the killed execution and its restart");
            assertEquals("COMPLETED", executions.get(1)[0]);
        } finally {
            new Visitor(I2).get("/it-probe/clock");
            asadmin("start-instance", "i1");
        }
    }

    private static long unsent(List<Long> reports) {
        try (Connection c = TestDatabase.connect(); PreparedStatement st = c.prepareStatement(
                "select count(*) from outbox_mail where report_id = any (?) and state <> 'SENT'")) {
            st.setArray(1, c.createArrayOf("bigint", reports.toArray()));
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long mailsTo(String address) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().contains(address));
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).map(MimeMessage.class::cast).count();
    }

    private static boolean answers(String base) {
        try {
            return new Visitor(base).get("/m/demo").statusCode() == 200;
        } catch (RuntimeException down) {
            return false;
        }
    }

    private static int asadmin(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("payara.home"), "bin", "asadmin").toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).inheritIO().start();
        return process.waitFor(10, TimeUnit.MINUTES) ? process.exitValue() : -1;
    }
}

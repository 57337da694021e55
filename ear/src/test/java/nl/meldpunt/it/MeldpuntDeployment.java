package nl.meldpunt.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The real EAR as built by Maven, deployed into the real Payara. The only additions are the test
 * probe servlet in the web module, which calls service methods as the logged-in staff member (and
 * counts sessions, with LiveSessions), and
 * a clock the tests can move (it replaces the application's clock as a CDI alternative).
 */
public final class MeldpuntDeployment {

    public static final String BASE_URL = System.getProperty("meldpunt.baseUrl", "http://localhost:8080");

    private MeldpuntDeployment() {
    }

    public static EnterpriseArchive ear() {
        File file = new File(System.getProperty("meldpunt.ear", "target/meldpunt.ear"));
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class, file);
        WebArchive web = ear.getAsType(WebArchive.class, "web-module.war");
        web.addClass(ServiceProbeServlet.class);
        web.addClass(LiveSessions.class);
        web.addClasses(RetentionProbeServlet.class, RetentionJobProbe.class);
        ear.delete("web-module.war");
        ear.addAsModule(web);
        JavaArchive ejb = ear.getAsType(JavaArchive.class, "ejb-module.jar");
        ejb.addClass(ShiftedClockProducer.class);
        ear.delete("ejb-module.jar");
        ear.addAsModule(ejb);
        return ear;
    }

    /** The same, with the baselines {@link SpeedBenchmark} divides by (timed inside the server). */
    public static EnterpriseArchive benchmarkEar() {
        EnterpriseArchive ear = ear();
        WebArchive web = ear.getAsType(WebArchive.class, "web-module.war");
        web.addClass(BenchmarkProbeServlet.class);
        ear.delete("web-module.war");
        ear.addAsModule(web);
        return ear;
    }
}

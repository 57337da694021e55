package nl.meldpunt.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

/** The real SMTP server the tests receive the application's mail with (GreenMail on port 3025). */
final class TestSmtp {

    private TestSmtp() {
    }

    /**
     * With a generous start-up time: the server may be started on the port another test's server just left,
     * on a busy machine.
     */
    static GreenMailExtension slowToStart() {
        ServerSetup copy = ServerSetupTest.SMTP.createCopy();
        copy.setServerStartupTimeout(15_000);
        return new GreenMailExtension(copy);
    }
}

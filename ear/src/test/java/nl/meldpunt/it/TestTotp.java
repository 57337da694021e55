package nl.meldpunt.it;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import java.util.HashMap;
import java.util.Map;
import nl.meldpunt.demo.DemoData;

/**
 * One-time codes for the demo staff accounts, as an authenticator app would show them. The server
 * accepts every code only once and only for a step later than the last one used, so this picks the
 * current step or the next one, and waits when both are used (all tests share one server).
 */
public final class TestTotp {

    private static final Map<String, Long> LAST_STEP = new HashMap<>();

    private TestTotp() {
    }

    public static synchronized String nextCode(String login) {
        return codeFor(DemoData.DEMO_TOTP_SECRET, login);
    }

    public static synchronized String codeFor(String secret, String login) {
        long current = System.currentTimeMillis() / 30_000;
        long step = Math.max(current, LAST_STEP.getOrDefault(login, 0L) + 1);
        while (step > current + 1) {
            sleep();
            current = System.currentTimeMillis() / 30_000;
        }
        LAST_STEP.put(login, step);
        try {
            return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

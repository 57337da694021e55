package nl.meldpunt.it;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import java.util.HashMap;
import java.util.Map;
import nl.meldpunt.demo.DemoData;

/**
 * One-time codes for the staff accounts, as an authenticator app would show them. The server accepts
 * every code only once and only for a step later than the last one used, so this picks the current
 * step or the next one. When both are used, {@link #nextCode} (the demo accounts' logins) moves the
 * account's last used step back in the database instead of waiting up to half a minute for the next
 * step: a login needs no fresh code in a test that is not about codes, and the suite logs the demo
 * accounts in hundreds of times. {@link #codeFor} (the tests about codes) still waits.
 */
public final class TestTotp {

    private static final Map<String, Long> LAST_STEP = new HashMap<>();

    private TestTotp() {
    }

    public static synchronized String nextCode(String login) {
        long current = System.currentTimeMillis() / 30_000;
        if (LAST_STEP.getOrDefault(login, 0L) > current) {
            TestDatabase.setLastCodeStep(login, current - 2);
            LAST_STEP.put(login, current - 2);
        }
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

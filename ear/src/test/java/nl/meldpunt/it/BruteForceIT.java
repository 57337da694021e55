package nl.meldpunt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.meldpunt.demo.DemoData;
import nl.meldpunt.intake.CaseCode;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Brute force and enumeration, measured (issue 15, item 3): a flood on one case code locks that code
 * only; a flood over random case codes makes the login form's proof of work harder for the flooder
 * while a real reporter still logs in; an unknown case code (or staff login name) answers as fast as a
 * wrong password for a known one (medians compared as a ratio, never absolute times); wrong TOTP codes
 * lock the staff account. Every login goes through the real forms over HTTP.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BruteForceIT {

    private static final String FAILED = "Inloggen is niet gelukt";
    private static final int FLOOD = 300;
    private static final int TIMED = 200;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MeldpuntDeployment.ear();
    }

    @Test
    void aFloodOnOneCaseCodeLocksThatCodeButNotAnotherReporter() throws Exception {
        String[] victim = newReport();
        String[] other = newReport();
        AtomicInteger done = new AtomicInteger();
        List<Integer> refusedDuringFlood = flood(i -> victim[0], done, () -> {
            // Half-way through the flood, another reporter logs in with the right password.
            assertEquals(302, StaffClient.anonymous().loginAsReporter(other[0], other[1]).statusCode(),
                    "someone else's flood does not keep this reporter out");
        });
        assertEquals(FLOOD, refusedDuringFlood.size(), "every guess refused");
        assertEquals(302, StaffClient.anonymous().loginAsReporter(other[0], other[1]).statusCode(), "and right after it");
        HttpResponse<String> locked = StaffClient.anonymous().loginAsReporter(victim[0], victim[1]);
        assertEquals(200, locked.statusCode(), "the flooded code is locked, even for its right password");
        assertTrue(message(locked).contains(FAILED), message(locked));
        assertTrue(lockedUntilOf(victim[0]), "locked for fifteen minutes after five failures");
    }

    @Test
    void aFloodOverRandomCaseCodesMakesTheProofOfWorkHarderAndARealReporterStillLogsIn() throws Exception {
        String[] reporter = newReport();
        AtomicInteger done = new AtomicInteger();
        List<Integer> refused = flood(i -> randomCaseCode(), done, () -> { });
        assertEquals(FLOOD, refused.size());
        int bits = LoginPuzzleSolver.bits(challengeOf(StaffClient.anonymous().get("/melder/login.xhtml")));
        // 12 bits normally, one more per doubling above 30 failures a minute (300 a minute ask 16). The flood
        // slows itself down as the work grows, so at least 120 of its failures fall in the last minute: 14 bits,
        // four times the work per guess, or more.
        assertTrue(bits >= 14, "the proof of work got harder: " + bits + " bits");
        assertEquals(302, StaffClient.anonymous().loginAsReporter(reporter[0], reporter[1]).statusCode(),
                "a real reporter, with the harder proof of work, logs in");

        // Without the work, or with a solution used before, the right password does not help.
        String[] second = newReport();
        StaffClient client = StaffClient.anonymous();
        HttpResponse<String> page = client.get("/melder/login.xhtml");
        Map<String, String> fields = loginFields(page, Map.of("login:caseCode", second[0], "login:password", second[1]));
        fields.put("login:solution", "");
        assertTrue(message(client.post(actionOf(page), fields)).contains(FAILED), "no proof of work: the generic answer");
        page = client.get("/melder/login.xhtml");
        fields = loginFields(page, Map.of("login:caseCode", second[0], "login:password", second[1]));
        String challenge = fields.get("login:challenge");
        fields.put("login:solution", wrongSolution(challenge));
        assertTrue(message(client.post(actionOf(page), fields)).contains(FAILED), "a wrong solution: the generic answer");
        StaffClient first = StaffClient.anonymous();
        HttpResponse<String> firstPage = first.get("/melder/login.xhtml");
        Map<String, String> used = loginFields(firstPage, Map.of("login:caseCode", second[0], "login:password", second[1]));
        used.put("login:solution", LoginPuzzleSolver.solve(used.get("login:challenge")));
        assertEquals(302, first.post(actionOf(firstPage), used).statusCode(), "solved once: in");
        StaffClient replay = StaffClient.anonymous();
        HttpResponse<String> replayPage = replay.get("/melder/login.xhtml");
        Map<String, String> again = loginFields(replayPage, Map.of("login:caseCode", second[0], "login:password", second[1]));
        again.put("login:challenge", used.get("login:challenge"));
        again.put("login:solution", used.get("login:solution"));
        assertTrue(message(replay.post(actionOf(replayPage), again)).contains(FAILED), "a solution is used only once");
    }

    @Test
    void anUnknownCaseCodeTakesAsLongAsAWrongPasswordForAKnownOne() {
        // Four wrong passwords per known code (the fifth would lock it and take the locked path).
        List<String> known = new ArrayList<>();
        for (int i = 0; i < TIMED / 4; i++) {
            known.add(newReport()[0]);
        }
        long[] unknown = new long[TIMED];
        long[] wrong = new long[TIMED];
        for (int i = 0; i < TIMED; i++) { // interleaved, so that a slow moment of the machine hits both
            unknown[i] = timedReporterFailure(randomCaseCode());
            wrong[i] = timedReporterFailure(known.get(i / 4));
        }
        assertSimilar(unknown, wrong, "reporter: unknown case code vs. wrong password");
    }

    @Test
    void anUnknownStaffLoginTakesAsLongAsAWrongPassword() throws Exception {
        List<String> accounts = new ArrayList<>();
        String run = Long.toString(System.nanoTime(), 36);
        for (int i = 0; i < TIMED / 4; i++) {
            String login = "timing." + run + "." + i;
            StaffPasswordIT.createHrAccountLike("hr", login, "Tim Timing");
            accounts.add(login);
        }
        long[] unknown = new long[TIMED];
        long[] wrong = new long[TIMED];
        for (int i = 0; i < TIMED; i++) {
            unknown[i] = timedStaffFailure("niemand." + run + "." + i);
            wrong[i] = timedStaffFailure(accounts.get(i / 4));
        }
        assertSimilar(unknown, wrong, "staff: unknown login name vs. wrong password");
    }

    @Test
    void wrongTotpCodesLockTheStaffAccount() throws Exception {
        String login = "totp." + Long.toString(System.nanoTime(), 36);
        long staffId = StaffPasswordIT.createHrAccountLike("vertrouwenspersoon.noord", login, "Toos Totp");
        StaffClient enrolling = StaffClient.anonymous();
        assertEquals(302, enrolling.login(login, DemoData.DEMO_PASSWORD, "").statusCode(), "no factor yet: password suffices");
        String secret = Jsoup.parse(enrolling.get("/staff/enrol.xhtml").body()).getElementById("secret").text();
        assertEquals(302, enrolling.submit("/staff/enrol.xhtml", "enrol", Map.of("enrol:code", TestTotp.codeFor(secret, login)),
                "enrol:confirm").statusCode(), "second factor set up");

        long failedBefore = TestDatabase.countAudit("staff:" + staffId, "STAFF_LOGIN_FAILED", "staff:" + staffId);
        for (int i = 0; i < 5; i++) {
            String guess = String.format("%06d", RANDOM.nextInt(1_000_000));
            assertEquals(200, StaffClient.anonymous().login(login, DemoData.DEMO_PASSWORD, guess).statusCode(),
                    "the right password with a guessed code does not log in");
        }
        assertEquals(200, StaffClient.anonymous().login(login, DemoData.DEMO_PASSWORD, TestTotp.codeFor(secret, login)).statusCode(),
                "after five wrong codes the account is locked, even for the right password and code");
        assertTrue(staffLocked(staffId), "locked for fifteen minutes");
        assertEquals(failedBefore + 6, TestDatabase.countAudit("staff:" + staffId, "STAFF_LOGIN_FAILED", "staff:" + staffId));
    }

    @Test
    void theRealLoginPageSolvesTheProofOfWorkInChromium() {
        String[] reporter = newReport();
        try (Browser browser = new Browser()) {
            browser.open("/melder/login.xhtml?org=demo");
            browser.driver().findElement(By.id("login:caseCode")).sendKeys(reporter[0]);
            browser.driver().findElement(By.id("login:password")).sendKeys(reporter[1]);
            browser.clickAndWaitForPage("login:submit");
            assertTrue(browser.driver().getCurrentUrl().contains("/melder/index.xhtml"), browser.driver().getCurrentUrl());
            browser.assertHealthy();
        }
    }

    // --- helpers ---

    /** FLOOD failed logins from four clients at once, {@code during} run half-way; the statuses of refused ones. */
    private static List<Integer> flood(java.util.function.IntFunction<String> code, AtomicInteger done, Runnable during)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Integer>> results = new ArrayList<>();
        long start = System.nanoTime();
        try {
            for (int i = 0; i < FLOOD; i++) {
                int n = i;
                results.add(pool.submit(() -> {
                    HttpResponse<String> answer = StaffClient.anonymous().loginAsReporter(code.apply(n), "geraden-" + n);
                    done.incrementAndGet();
                    return answer.statusCode() == 200 && message(answer).contains(FAILED) ? 200 : answer.statusCode();
                }));
            }
            while (done.get() < FLOOD / 2) {
                Thread.sleep(50);
            }
            during.run();
            List<Integer> refused = new ArrayList<>();
            for (Future<Integer> result : results) {
                if (result.get(2, TimeUnit.MINUTES) == 200) {
                    refused.add(200);
                }
            }
            // Not asserted: the harder the proof of work gets, the slower the flood (that is the point).
            System.out.printf("a flood of %d guesses took %d ms%n", FLOOD, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            return refused;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long timedReporterFailure(String code) {
        StaffClient client = StaffClient.anonymous();
        HttpResponse<String> page = client.get("/melder/login.xhtml");
        Map<String, String> fields = loginFields(page, Map.of("login:caseCode", code, "login:password", "geraden"));
        fields.put("login:solution", LoginPuzzleSolver.solve(fields.get("login:challenge")));
        long start = System.nanoTime();
        HttpResponse<String> answer = client.post(actionOf(page), fields);
        long took = System.nanoTime() - start;
        assertTrue(message(answer).contains(FAILED), answer.body());
        return took;
    }

    private static long timedStaffFailure(String login) {
        StaffClient client = StaffClient.anonymous();
        HttpResponse<String> page = client.get("/staff/login.xhtml");
        Map<String, String> fields = loginFields(page, Map.of("login:username", login, "login:password", "geraden", "login:code", ""));
        long start = System.nanoTime();
        HttpResponse<String> answer = client.post(actionOf(page), fields);
        long took = System.nanoTime() - start;
        assertEquals(200, answer.statusCode(), "not logged in");
        return took;
    }

    private static void assertSimilar(long[] unknown, long[] wrong, String what) {
        double ratio = (double) median(wrong) / median(unknown);
        System.out.printf("%s: median ratio %.3f over %d tries each%n", what, ratio, unknown.length);
        assertTrue(Math.abs(ratio - 1) < 0.10, what + ": the medians differ by " + Math.round(Math.abs(ratio - 1) * 100) + " %");
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return (sorted[(sorted.length - 1) / 2] + sorted[sorted.length / 2]) / 2;
    }

    private static Map<String, String> loginFields(HttpResponse<String> page, Map<String, String> values) {
        Element form = Jsoup.parse(page.body()).getElementById("login");
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name]")) {
            fields.put(input.attr("name"), input.attr("value"));
        }
        fields.putAll(values);
        fields.put("login:submit", "");
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        fields.put("primefaces.nonce", csp.replaceAll(".*'nonce-([^']+)'.*", "$1"));
        return fields;
    }

    private static String actionOf(HttpResponse<String> page) {
        return Jsoup.parse(page.body()).getElementById("login").attr("action");
    }

    private static String challengeOf(HttpResponse<String> page) {
        Element challenge = Jsoup.parse(page.body()).getElementById("login:challenge");
        assertNotNull(challenge, "the login form carries a challenge");
        return challenge.attr("value");
    }

    /** A number that does not solve the challenge (the first that fails the check). */
    private static String wrongSolution(String challenge) {
        String right = LoginPuzzleSolver.solve(challenge);
        for (long n = 0; ; n++) {
            if (!String.valueOf(n).equals(right)) {
                // Any number below the first solution fails, and 0 is the first one unless it solves it.
                return String.valueOf(n);
            }
        }
    }

    private static String[] newReport() {
        return StaffClient.anonymous().get("/it-probe/new-report?org=demo").body().split(" ");
    }

    private static String randomCaseCode() {
        return CaseCode.generate(RANDOM).value();
    }

    private static String message(HttpResponse<String> answer) {
        var messages = Jsoup.parse(answer.body()).getElementById("login:messages");
        return messages == null ? "" : messages.text();
    }

    private static boolean lockedUntilOf(String caseCode) throws Exception {
        try (Connection c = TestDatabase.connect();
             var st = c.prepareStatement("select locked_until from report where case_code = ?")) {
            st.setString(1, caseCode);
            try (var rs = st.executeQuery()) {
                assertTrue(rs.next());
                return rs.getTimestamp(1) != null && rs.getTimestamp(1).getTime() > System.currentTimeMillis() + 10 * 60_000;
            }
        }
    }

    private static boolean staffLocked(long staffId) throws Exception {
        try (Connection c = TestDatabase.connect();
             var st = c.prepareStatement("select locked_until from staff_account where id = ?")) {
            st.setLong(1, staffId);
            try (var rs = st.executeQuery()) {
                assertTrue(rs.next());
                return rs.getTimestamp(1) != null && rs.getTimestamp(1).getTime() > System.currentTimeMillis() + 10 * 60_000;
            }
        }
    }
}

package nl.meldpunt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import nl.meldpunt.demo.DemoData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Session rules and security headers, seen from the outside as a browser would. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionAndHeadersIT {

    /** A wrong password fails before the code is looked at; a real code would only make the next login wait. */
    private static final String NO_CODE = "000000";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MeldpuntDeployment.ear();
    }

    /**
     * ASVS 15.3.7: a field sent twice (HTTP parameter pollution) is read once, the first value, as the browser's form
     * put it: the staff login with a second user name behind the first logs in as the first and never as the second,
     * and a polluted refusal is the ordinary one.
     */
    @Test
    void aFieldSentTwiceCountsOnceTheFirstValue() {
        StaffClient first = StaffClient.anonymous();
        HttpResponse<String> refused = first.submitChoices(first.get("/staff/login.xhtml"), "login", Map.of(
                "login:username", List.of("niemand", "vertrouwenspersoon"),
                "login:password", List.of(DemoData.DEMO_PASSWORD),
                "login:code", List.of(TestTotp.nextCode("vertrouwenspersoon"))), "login:submit");
        assertEquals(200, refused.statusCode(), "not logged in as the second name");
        assertTrue(refused.body().contains("Inloggen is niet gelukt"), "the ordinary refusal");

        StaffClient second = StaffClient.anonymous();
        HttpResponse<String> accepted = second.submitChoices(second.get("/staff/login.xhtml"), "login", Map.of(
                "login:username", List.of("vertrouwenspersoon", "niemand"),
                "login:password", List.of(DemoData.DEMO_PASSWORD, "fout"),
                "login:code", List.of(TestTotp.nextCode("vertrouwenspersoon"), "000000")), "login:submit");
        assertEquals(302, accepted.statusCode(), "the first values log in");
        assertEquals(200, second.get("/console/index.xhtml").statusCode());
    }

    @Test
    void everyKindOfResponseCarriesTheSecurityHeaders() {
        StaffClient visitor = StaffClient.anonymous();
        for (String path : List.of("/", "/m/demo", "/m/bestaat-niet", "/staff/login.xhtml", "/theme/demo.css",
                "/resources/meldpunt/css/meldpunt.css", "/favicon.svg")) {
            HttpResponse<String> answer = visitor.get(path);
            var headers = answer.headers();
            assertNotEquals(302, answer.statusCode(), path + " is meant to be answered, not redirected");
            String csp = headers.firstValue("Content-Security-Policy").orElse("");
            assertEquals(1, headers.allValues("Content-Security-Policy").size(), path + ": exactly one policy");
            assertTrue(csp.contains("default-src 'self'"), path + ": " + csp);
            assertTrue(csp.contains("frame-ancestors 'none'"), path + ": " + csp);
            assertTrue(csp.contains("object-src 'none'"), path + ": " + csp);
            assertFalse(csp.contains("http"), path + ": no other origin in " + csp);
            assertFalse(csp.matches(".*script-src[^;]*'unsafe-(inline|eval)'.*"), path + ": " + csp);
            assertEquals("no-referrer", headers.firstValue("Referrer-Policy").orElse(null), path);
            assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(null), path);
            assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(null), path);
            assertTrue(headers.firstValue("Server").isEmpty(), path + ": no server banner");
            assertTrue(headers.firstValue("X-Powered-By").isEmpty(), path + ": no X-Powered-By");
        }
    }

    /** ASVS 4.1.1: every text answer says its character set, so that no browser guesses one. */
    @Test
    void everyTextAnswerNamesItsCharacterSet() {
        StaffClient visitor = StaffClient.anonymous();
        for (String path : List.of("/", "/m/demo", "/m/bestaat-niet", "/staff/login.xhtml", "/theme/demo.css",
                "/resources/meldpunt/css/meldpunt.css", "/favicon.svg", "/jakarta.faces.resource/core.js.xhtml?ln=primefaces")) {
            HttpResponse<String> answer = visitor.get(path);
            String type = answer.headers().firstValue("Content-Type").orElse("");
            assertFalse(type.isEmpty(), path + ": a Content-Type");
            if (type.startsWith("text/") || type.contains("xml") || type.contains("javascript") || type.contains("json")) {
                assertTrue(type.toLowerCase(java.util.Locale.ROOT).replace(" ", "").contains("charset=utf-8"), path + ": " + type);
            }
        }
    }

    /** ASVS 13.4.3 and 13.4.4: no folder is listed, no TRACE is echoed, no configuration file is served. */
    @Test
    void noFolderListingNoTraceAndNoConfigurationFiles() throws Exception {
        StaffClient visitor = StaffClient.anonymous();
        for (String folder : List.of("/resources/", "/resources/meldpunt/", "/resources/meldpunt/css/", "/jakarta.faces.resource/",
                "/WEB-INF/", "/META-INF/", "/WEB-INF/web.xml", "/META-INF/MANIFEST.MF", "/WEB-INF/faces-config.xml",
                "/WEB-INF/lib/", "/.git/config")) {
            HttpResponse<String> answer = visitor.get(folder);
            assertTrue(answer.statusCode() == 404 || answer.statusCode() == 403, folder + " answered " + answer.statusCode());
            // (The error page itself links the style sheet; a listing would link the folder's files.)
            String lower = answer.body().toLowerCase(java.util.Locale.ROOT);
            assertFalse(lower.contains("directory listing") || lower.contains("index of /") || lower.contains("<web-app")
                    || lower.matches("(?s).*<a [^>]*href=\"[^\"]*\\.(css|js|xml|jar|class)\".*"), folder + ": " + answer.body());
        }
        java.net.HttpURLConnection trace = (java.net.HttpURLConnection) java.net.URI.create(MeldpuntDeployment.BASE_URL + "/m/demo")
                .toURL().openConnection();
        trace.setRequestMethod("TRACE");
        trace.setRequestProperty("X-Echo-Me", "trace-probe");
        int status = trace.getResponseCode();
        assertTrue(status == 403 || status == 405, "TRACE answered " + status);
        java.io.InputStream body = status >= 400 ? trace.getErrorStream() : trace.getInputStream();
        String echoed = body == null ? "" : new String(body.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertFalse(echoed.contains("trace-probe"), "the request is not echoed: " + echoed);
        trace.disconnect();
    }

    /**
     * ASVS 13.4.5 (found by scan.sh's second run): Payara's MicroProfile Metrics answered /metrics to anyone, with
     * the connection pools' and the JVM's figures. It is switched off (configure-domain.sh); the health check stays,
     * for a load balancer, and says only "UP".
     */
    @Test
    void noMonitoringFiguresForAnyoneWhoAsks() {
        StaffClient visitor = StaffClient.anonymous();
        for (String path : List.of("/metrics", "/metrics/base", "/metrics/vendor")) {
            HttpResponse<String> answer = visitor.get(path);
            // Not the server's metrics: the application's own answer to an address it does not know (403, audited).
            assertTrue(answer.statusCode() == 403 || answer.statusCode() == 404, path + ": " + answer.statusCode());
            assertFalse(answer.body().contains("connection_pool") || answer.body().contains("# TYPE"), path + ": " + answer.body());
        }
        HttpResponse<String> health = visitor.get("/health");
        assertEquals("{\"status\":\"UP\",\"checks\":[]}", health.body().strip(), "the health check names nothing");
    }

    /**
     * ASVS 3.3.1 and 3.4.1, over HTTPS as in production (Payara's own listener on 8181, its self-signed certificate
     * trusted here): the session cookie is {@code Secure}, and every kind of answer carries HSTS for a year with
     * subdomains.
     */
    @Test
    void overHttpsTheSessionCookieIsSecureAndEveryAnswerCarriesHsts() throws Exception {
        String https = System.getProperty("meldpunt.httpsUrl", "https://localhost:8181");
        javax.net.ssl.SSLContext trustingThisTestServer = javax.net.ssl.SSLContext.getInstance("TLS");
        trustingThisTestServer.init(null, new javax.net.ssl.TrustManager[] {new javax.net.ssl.X509TrustManager() {
            @Override
            public void checkClientTrusted(java.security.cert.X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(java.security.cert.X509Certificate[] chain, String authType) {
            }

            @Override
            public java.security.cert.X509Certificate[] getAcceptedIssuers() {
                return new java.security.cert.X509Certificate[0];
            }
        }}, new java.security.SecureRandom());
        for (String path : List.of("/staff/login.xhtml", "/m/demo", "/m/bestaat-niet", "/resources/meldpunt/css/meldpunt.css")) {
            javax.net.ssl.HttpsURLConnection answer = (javax.net.ssl.HttpsURLConnection) java.net.URI.create(https + path)
                    .toURL().openConnection();
            answer.setSSLSocketFactory(trustingThisTestServer.getSocketFactory());
            answer.setHostnameVerifier((host, session) -> "localhost".equals(host));
            answer.setInstanceFollowRedirects(false);
            int status = answer.getResponseCode();
            assertTrue(status == 200 || status == 404, path + " answered " + status);
            assertEquals("max-age=31536000; includeSubDomains", answer.getHeaderField("Strict-Transport-Security"), path);
            if (path.startsWith("/staff/")) {
                String cookie = answer.getHeaderFields().getOrDefault("Set-Cookie", List.of()).stream()
                        .filter(c -> c.startsWith("MELDPUNT_SESSION=")).findFirst().orElseThrow();
                assertTrue(cookie.contains("; Secure"), cookie);
                assertTrue(cookie.contains("HttpOnly") && cookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=strict"), cookie);
            }
            answer.disconnect();
        }
        // Over plain HTTP (a developer's own machine) there is no HSTS: a browser would otherwise refuse plain HTTP there.
        assertTrue(StaffClient.anonymous().get("/m/demo").headers().firstValue("Strict-Transport-Security").isEmpty());
    }

    /** ASVS 7.3.2: a staff session ends eight hours after the login, however busy it was (the server's clock is moved). */
    @Test
    void aStaffSessionEndsEightHoursAfterItsLoginHoweverBusy() {
        StaffClient confidant = StaffClient.loggedInAs("vertrouwenspersoon", DemoData.DEMO_PASSWORD);
        StaffClient clock = StaffClient.anonymous();
        try {
            assertEquals(200, confidant.get("/console/index.xhtml").statusCode());
            clock.get("/it-probe/clock?shift=PT7H55M");
            assertEquals(200, confidant.get("/console/index.xhtml").statusCode(), "still within the eight hours");
            clock.get("/it-probe/clock?shift=PT8H1M");
            HttpResponse<String> after = confidant.get("/console/index.xhtml");
            assertEquals(302, after.statusCode(), "ended");
            assertTrue(after.headers().firstValue("Location").orElse("").contains("/staff/login.xhtml?expired=true"),
                    after.headers().map().toString());
            clock.get("/it-probe/clock");
            assertEquals(302, confidant.get("/console/index.xhtml").statusCode(), "the session is gone, not just paused");
        } finally {
            clock.get("/it-probe/clock");
        }
    }

    /**
     * ASVS 7.3.1: a logged-in session (staff or reporter) lives twenty idle minutes, read from the live session; the
     * container ends it then. Only an anonymous reporter still writing a report gets an hour
     * ({@code StatelessWizardAndCachingIT}).
     */
    @Test
    void aLoggedInSessionEndsAfterTwentyIdleMinutes() {
        StaffClient confidant = StaffClient.loggedInAs("vertrouwenspersoon", DemoData.DEMO_PASSWORD);
        assertEquals("1200", confidant.get("/it-probe/my-session").body(), "staff");
        StaffClient reporter = StaffClient.reporterWithNewReport("demo");
        assertEquals("1200", reporter.get("/it-probe/my-session").body(), "a reporter following a report");
    }

    /** ASVS 7.2.3: session ids are long random tokens (Payara draws them from SecureRandom), never repeated. */
    @Test
    void sessionIdsCarryAtLeast128RandomBits() {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < 50; i++) {
            String id = sessionId(sessionCookie(StaffClient.anonymous().get("/staff/login.xhtml")));
            String token = id.contains(".") ? id.substring(0, id.indexOf('.')) : id; // a cluster adds ".instance"
            assertTrue(token.matches("[0-9a-fA-F]{32,}"), "at least 32 hexadecimal digits (128 bits): " + id);
            ids.add(token);
        }
        assertEquals(50, ids.size(), "fifty logins pages, fifty different session ids");
    }

    @Test
    void jsfPagesAllowOnlyTheirOwnNoncedScripts() {
        HttpResponse<String> login = StaffClient.anonymous().get("/staff/login.xhtml");
        String csp = login.headers().firstValue("Content-Security-Policy").orElseThrow();
        String nonce = csp.replaceAll(".*'nonce-([^']+)'.*", "$1");
        assertNotEquals(csp, nonce, "the policy carries a nonce: " + csp);
        var scripts = Jsoup.parse(login.body()).select("script:not([src])");
        assertFalse(scripts.isEmpty());
        scripts.forEach(s -> assertEquals(nonce, s.attr("nonce"), "inline script without the nonce: " + s));
        assertFalse(login.body().matches("(?s).*\\son(click|load|change|submit)=.*"), "no inline event handlers");
    }

    @Test
    void theEntryPageLeavesNoSessionAndNoCookie() {
        HttpResponse<String> entry = StaffClient.anonymous().get("/m/demo");
        assertEquals(200, entry.statusCode());
        assertTrue(entry.headers().allValues("Set-Cookie").isEmpty(), "cookies: " + entry.headers().allValues("Set-Cookie"));
        assertEquals("no-store", entry.headers().firstValue("Cache-Control").orElse(null));
    }

    @Test
    void loggingInRenewsTheSessionIdAndTheCookieIsHttpOnlyAndStrict() {
        StaffClient client = StaffClient.anonymous();
        HttpResponse<String> loginPage = client.get("/staff/login.xhtml");
        String cookieBefore = sessionCookie(loginPage);
        assertTrue(cookieBefore.contains("HttpOnly"), cookieBefore);
        assertTrue(cookieBefore.toLowerCase().contains("samesite=strict"), cookieBefore);

        HttpResponse<String> answer = client.login("vertrouwenspersoon", DemoData.DEMO_PASSWORD);
        String cookieAfter = sessionCookie(answer);
        assertNotEquals(sessionId(cookieBefore), sessionId(cookieAfter), "a new session id at login");

        // The session id from before the login does not open the console.
        StaffClient attacker = StaffClient.withSessionCookie(sessionId(cookieBefore));
        assertEquals(302, attacker.get("/console/index.xhtml").statusCode());
        assertEquals(200, client.get("/console/index.xhtml").statusCode());
    }

    /** ASVS 7.2.4 for reporters: the login gives a session id of its own; an id known before it opens nothing. */
    @Test
    void aReporterLoginRenewsTheSessionIdToo() {
        String[] credentials = StaffClient.anonymous().get("/it-probe/new-report?org=demo").body().split(" ");
        StaffClient client = StaffClient.anonymous();
        java.util.Optional<String> before = client.get("/melder/login.xhtml").headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("MELDPUNT_SESSION=")).findFirst().map(SessionAndHeadersIT::sessionId);
        HttpResponse<String> answer = client.loginAsReporter(credentials[0], credentials[1]);
        assertEquals(302, answer.statusCode(), "logged in");
        String after = sessionId(sessionCookie(answer));
        assertNotEquals(before.orElse(""), after, "a new session id at login");
        assertEquals(200, client.get("/melder/index.xhtml").statusCode());
        before.ifPresent(old -> assertNotEquals(200, StaffClient.withSessionCookie(old).get("/melder/index.xhtml").statusCode(),
                "the id from before the login opens nothing"));
    }

    @Test
    void aPostWithoutTheViewStateTokenDoesNothing() {
        StaffClient confidant = StaffClient.loggedInAs("vertrouwenspersoon", DemoData.DEMO_PASSWORD);
        HttpResponse<String> forged = confidant.post("/console/index.xhtml",
                Map.of("staffbar", "staffbar", "staffbar:logout", "", "jakarta.faces.ViewState", "-1:-1"));
        assertNotEquals(302, forged.statusCode(), "a forged logout is not carried out");
        assertEquals(200, confidant.get("/console/index.xhtml").statusCode(), "still logged in");
    }

    @Test
    void aPostbackWithoutThePagesScriptNonceIsAnsweredAsAnExpiredPage() {
        // As a scanner or a bot posts the login form: every field of the page, but not the nonce its script adds.
        // (PrimeFaces checks the nonce when the page is drawn again: here after a wrong password.)
        StaffClient bot = StaffClient.anonymous();
        HttpResponse<String> page = bot.get("/staff/login.xhtml");
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        for (org.jsoup.nodes.Element input : org.jsoup.Jsoup.parse(page.body()).getElementById("login").select("input[name]")) {
            fields.put(input.attr("name"), input.attr("value"));
        }
        fields.putAll(Map.of("login:username", "niemand.bekend", "login:password", "geraden wachtwoord", "login:submit", ""));
        HttpResponse<String> answer = bot.post("/staff/login.xhtml", fields);
        assertEquals(400, answer.statusCode(), "refused as an expired or forged page, not a server error");
        assertTrue(answer.body().contains("Pagina verlopen"), answer.body());
        // (src-config/scripts/check-server-log.sh proves after the suites that no stack trace was logged for it)
    }

    /** ASVS 14.3.1: logging out asks the browser to forget this site's cookies and storage; staff and reporter. */
    @Test
    void loggingOutAsksTheBrowserToForgetTheSite() {
        StaffClient confidant = StaffClient.loggedInAs("vertrouwenspersoon", DemoData.DEMO_PASSWORD);
        HttpResponse<String> staffOut = confidant.submit("/console/index.xhtml", "staffbar", Map.of(), "staffbar:logout");
        assertEquals(302, staffOut.statusCode());
        assertEquals("\"cookies\", \"storage\"", staffOut.headers().firstValue("Clear-Site-Data").orElse(null));
        assertEquals(302, confidant.get("/console/index.xhtml").statusCode(), "logged out");

        StaffClient reporter = StaffClient.reporterWithNewReport("demo");
        HttpResponse<String> reporterOut = reporter.submit("/melder/index.xhtml", "session", Map.of(), "session:logout");
        assertEquals(302, reporterOut.statusCode());
        assertTrue(reporterOut.headers().firstValue("Location").orElse("").contains("/melder/login.xhtml?loggedOut=true"));
        assertEquals("\"cookies\", \"storage\"", reporterOut.headers().firstValue("Clear-Site-Data").orElse(null));
    }

    @Test
    void logOutEverywhereEndsTheSessionsOnOtherDevicesToo() throws Exception {
        StaffClient laptop = StaffClient.loggedInAs("beheerder", DemoData.DEMO_PASSWORD);
        StaffClient phone = StaffClient.loggedInAs("beheerder", DemoData.DEMO_PASSWORD);
        assertEquals(200, phone.get("/admin/index.xhtml").statusCode());
        String actor = "staff:" + TestDatabase.staffId("beheerder");
        long before = TestDatabase.countAudit(actor, "STAFF_LOGGED_OUT_EVERYWHERE", actor);

        HttpResponse<String> answer = laptop.submit("/admin/index.xhtml", "staffbar", Map.of(), "staffbar:logoutEverywhere");
        assertEquals(302, answer.statusCode());
        assertTrue(answer.headers().firstValue("Location").orElse("").endsWith("/staff/login.xhtml?endedEverywhere=true"));
        assertEquals(before + 1, TestDatabase.countAudit(actor, "STAFF_LOGGED_OUT_EVERYWHERE", actor));

        HttpResponse<String> other = phone.get("/admin/index.xhtml");
        assertEquals(302, other.statusCode(), "the other device's session has ended");
        assertTrue(other.headers().firstValue("Location").orElse("").endsWith("/staff/login.xhtml?ended=true"));
        assertTrue(phone.get("/staff/login.xhtml?ended=true").body().contains("alle sessies van uw account zijn afgesloten"));
        assertEquals(302, laptop.get("/admin/index.xhtml").statusCode());

        StaffClient fresh = StaffClient.loggedInAs("beheerder", DemoData.DEMO_PASSWORD);
        assertEquals(200, fresh.get("/admin/index.xhtml").statusCode(), "a new login works as before");
    }

    @Test
    void anUnknownUserAndAWrongPasswordGetTheSameAnswer() {
        String unknown = Jsoup.parse(StaffClient.anonymous().login("niemand", "whatever", NO_CODE).body()).getElementById("login:messages").text();
        String wrong = Jsoup.parse(StaffClient.anonymous().login("hr", "whatever", NO_CODE).body()).getElementById("login:messages").text();
        assertFalse(unknown.isBlank());
        assertEquals(unknown, wrong);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightPassword() throws Exception {
        // An account of its own: locking a demo account for 15 minutes would make the tests after it fail to log in.
        String login = "it.sperre." + System.nanoTime();
        StaffPasswordIT.createHrAccountLike("hr", login, "Sven Sperre");
        assertEquals(302, StaffClient.anonymous().login(login, DemoData.DEMO_PASSWORD).statusCode(), "the right password works first");
        for (int i = 0; i < 5; i++) {
            assertEquals(200, StaffClient.anonymous().login(login, "wrong " + i, NO_CODE).statusCode());
        }
        assertEquals(200, StaffClient.anonymous().login(login, DemoData.DEMO_PASSWORD).statusCode(),
                "locked: the login page is shown again instead of the redirect");
    }

    private static String sessionCookie(HttpResponse<String> answer) {
        return answer.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("MELDPUNT_SESSION=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + answer.headers().map()));
    }

    private static String sessionId(String cookie) {
        return cookie.substring("MELDPUNT_SESSION=".length(), cookie.indexOf(';'));
    }
}

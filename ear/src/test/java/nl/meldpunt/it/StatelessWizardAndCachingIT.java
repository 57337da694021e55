package nl.meldpunt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Opening the report wizard costs the server nothing (issue 10, item 3): no session, no cookie and no
 * memory until the reporter's first postback, which then starts the wizard's long session. And
 * (item 4) text is compressed and versioned resources are cached for a year, while everything else
 * is {@code no-store} (item 2; every page of the access matrix is checked in AccessMatrixIT).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StatelessWizardAndCachingIT {

    private static final String WIZARD = "/melden.xhtml?org=demo";
    private static final String IMMUTABLE = "public, max-age=31536000, immutable";
    /**
     * Heap growth allowed after 2,000 anonymous wizard GETs. A session with the wizard's view cost
     * about 125 KB (the issue: 12,000 GETs, 1.5 GB), so 2,000 kept sessions would be about 250 MB;
     * 32 MB is an eighth of that and well above what garbage collection leaves behind between two
     * measurements of an idle server.
     */
    private static final long HEAP_TOLERANCE = 32L * 1024 * 1024;

    /**
     * A client without cookies, speaking HTTP/1.1 as browsers do over plain HTTP (Java's client would
     * otherwise upgrade to cleartext HTTP/2, which no browser uses and for which Payara does not compress).
     */
    private final HttpClient plain = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1).build();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return MeldpuntDeployment.ear();
    }

    @Test
    void twoThousandAnonymousWizardVisitsLeaveNoSessionsAndNoHeapGrowth() throws Exception {
        for (int i = 0; i < 200; i++) { // warm up: compiled pages, loaded classes, filled caches
            assertEquals(200, get(WIZARD).statusCode());
        }
        int[] sessionsBefore = sessions();
        long heapBefore = heap();

        ExecutorService threads = Executors.newFixedThreadPool(4);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            results.add(threads.submit(() -> {
                HttpResponse<String> answer = get(WIZARD);
                if (answer.statusCode() != 200 || !answer.body().contains("id=\"wizard\"")) {
                    return "HTTP " + answer.statusCode();
                }
                return answer.headers().allValues("Set-Cookie").isEmpty() ? "ok" : "cookie " + answer.headers().allValues("Set-Cookie");
            }));
        }
        List<String> problems = new ArrayList<>();
        for (Future<String> result : results) {
            if (!result.get().equals("ok")) {
                problems.add(result.get());
            }
        }
        threads.shutdown();
        assertEquals(List.of(), problems.stream().distinct().toList(), "every visit sees the wizard, and gets no cookie");

        int[] sessionsAfter = sessions();
        long heapAfter = heap();
        System.out.printf("2000 wizard GETs: sessions alive %d -> %d, created %d -> %d; used heap after GC %.1f MB -> %.1f MB%n",
                sessionsBefore[0], sessionsAfter[0], sessionsBefore[1], sessionsAfter[1],
                heapBefore / 1048576.0, heapAfter / 1048576.0);
        assertTrue(sessionsAfter[1] - sessionsBefore[1] <= 5, "sessions created: " + (sessionsAfter[1] - sessionsBefore[1]));
        assertTrue(sessionsAfter[0] - sessionsBefore[0] <= 5, "sessions alive: " + (sessionsAfter[0] - sessionsBefore[0]));
        assertTrue(heapAfter - heapBefore < HEAP_TOLERANCE,
                "used heap grew by " + (heapAfter - heapBefore) / 1048576 + " MB");
    }

    /**
     * A first postback whose hidden organisation field was changed (found by the scanner: it was a 500) is answered
     * as an unknown reporting point, with nothing stored and no error.
     */
    @Test
    void aFirstPostbackNamingAnUnknownOrganisationIsAnsweredAsNotFound() {
        for (String org : java.util.List.of("bestaat-niet", "demo\u00bf'\"(", ";env;", "")) {
            StaffClient visitor = StaffClient.anonymous();
            HttpResponse<String> first = visitor.get(WIZARD);
            HttpResponse<String> crafted = visitor.submitOn(first, "wizard", Map.of("org", org), "wizard:next");
            assertEquals(404, crafted.statusCode(), "org=" + org);
            assertTrue(crafted.body().contains("Meldpunt niet gevonden"), crafted.body());
            assertTrue(Jsoup.parse(crafted.body()).getElementById("wizard") == null, "no form to fill in");
        }
    }

    @Test
    void theFirstPostbackStartsTheSessionWithTheWizardsLifeAndNothingTypedIsLost() {
        StaffClient reporter = StaffClient.anonymous();
        HttpResponse<String> first = reporter.get(WIZARD + "&lang=en");
        assertEquals(200, first.statusCode());
        assertTrue(first.headers().allValues("Set-Cookie").isEmpty(), "no cookie for opening the wizard");
        assertEquals("stateless", viewState(first), "the first view keeps no state on the server");
        assertEquals("none", reporter.get("/it-probe/my-session").body());
        assertEquals("en", Jsoup.parse(first.body()).select("html").attr("lang"));

        // The first click (with a story typed in a text field of step 1, if there is one) starts the session.
        HttpResponse<String> second = reporter.submitOn(first, "wizard", Map.of(), "wizard:next");
        assertEquals(200, second.statusCode());
        assertFalse(second.headers().allValues("Set-Cookie").isEmpty(), "the first postback starts the session");
        assertNotEquals("stateless", viewState(second), "from the first postback on the view is stateful");
        assertEquals("3600", reporter.get("/it-probe/my-session").body(), "an hour's life for someone writing a report");
        assertEquals("en", Jsoup.parse(second.body()).select("html").attr("lang"), "the language came along");
        assertTrue(Jsoup.parse(second.body()).getElementById("wizard:problems") != null
                || Jsoup.parse(second.body()).getElementById("step-title") != null, second.body());

        // Further clicks work on the same view and session.
        HttpResponse<String> third = reporter.submitOn(second, "wizard", Map.of(), "wizard:next");
        assertEquals(200, third.statusCode());
        assertTrue(third.headers().allValues("Set-Cookie").isEmpty(), "the same session");
        assertEquals("en", Jsoup.parse(third.body()).select("html").attr("lang"), "the language is remembered");
        assertTrue(third.body().contains("id=\"wizard\""));
    }

    @Test
    void pagesAreCompressedAndVersionedResourcesAreImmutableForAYear() throws Exception {
        HttpResponse<byte[]> page = plain.send(HttpRequest.newBuilder(URI.create(MeldpuntDeployment.BASE_URL + WIZARD))
                .header("Accept-Encoding", "gzip").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, page.statusCode());
        assertEquals("gzip", page.headers().firstValue("Content-Encoding").orElse(null), "the page is compressed");
        String html = gunzip(page.body());
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(null));
        Document document = Jsoup.parse(html);

        List<String> resources = new ArrayList<>();
        document.select("link[rel=stylesheet][href]").forEach(e -> resources.add(e.attr("href")));
        document.select("script[src]").forEach(e -> resources.add(e.attr("src")));
        List<String> versioned = resources.stream().filter(r -> r.contains("/jakarta.faces.resource/")).toList();
        assertTrue(versioned.stream().anyMatch(r -> r.contains("ln=primefaces")), "PrimeFaces' resources: " + resources);
        assertTrue(versioned.stream().anyMatch(r -> r.contains("meldpunt/css/meldpunt.css") && r.contains("v=")),
                "our style sheet carries its version: " + resources);
        assertTrue(versioned.stream().anyMatch(r -> r.contains("meldpunt/js/print.js") && r.contains("v=")),
                "our script carries its version: " + resources);
        for (String resource : versioned) {
            assertTrue(resource.contains("v="), "every JSF resource is versioned: " + resource);
            HttpResponse<byte[]> answer = plain.send(HttpRequest.newBuilder(URI.create(MeldpuntDeployment.BASE_URL
                    + resource.replace("&amp;", "&"))).header("Accept-Encoding", "gzip").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, answer.statusCode(), resource);
            assertEquals(IMMUTABLE, answer.headers().firstValue("Cache-Control").orElse(null), resource);
            assertTrue(answer.headers().firstValue("Expires").isEmpty(), resource + ": no competing Expires");
            if (answer.headers().firstValue("Content-Encoding").isEmpty()) {
                assertTrue(answer.body().length < 1024, resource + " is not compressed (" + answer.body().length + " bytes)");
            }
        }

        // The entry page (not JSF) links our style sheet with its version too; a wrong version is not cached.
        String entry = get("/m/demo").body();
        String css = Jsoup.parse(entry).select("link[rel=stylesheet][href*=meldpunt.css]").attr("href");
        assertTrue(css.matches(".*/resources/meldpunt/css/meldpunt\\.css\\?v=[0-9a-f]{12}"), css);
        assertEquals(IMMUTABLE, get(css).headers().firstValue("Cache-Control").orElse(null));
        assertEquals("no-store", get(css.replaceAll("v=.*", "v=000000000000")).headers().firstValue("Cache-Control").orElse(null));
        assertEquals("no-store", get("/resources/meldpunt/css/meldpunt.css").headers().firstValue("Cache-Control").orElse(null));
        String jsfCss = versioned.stream().filter(r -> r.contains("meldpunt.css")).findFirst().orElseThrow();
        assertEquals(jsfCss.replaceAll(".*v=([0-9a-f]+).*", "$1"), css.replaceAll(".*v=", ""), "one version per file");
    }

    @Test
    void theCredentialsStepAndDownloadsAreNotCachedEither() {
        // The page with the case code and password is a postback answer of the wizard; like every
        // page it gets no-store. Here the simplest case: every kind of answer of the wizard itself.
        for (String path : List.of(WIZARD, "/melden.xhtml?org=bestaat-niet", "/melder/login.xhtml", "/staff/login.xhtml",
                "/error/not-found", "/favicon.svg", "/theme/demo.css", "/it-probe/sessions")) {
            HttpResponse<String> answer = get(path);
            assertEquals("no-store", answer.headers().firstValue("Cache-Control").orElse(null), path);
            assertEquals("no-cache", answer.headers().firstValue("Pragma").orElse(null), path);
        }
        StaffClient reporter = StaffClient.anonymous();
        HttpResponse<String> postback = reporter.submitOn(reporter.get(WIZARD), "wizard", Map.of(), "wizard:next");
        assertEquals("no-store", postback.headers().firstValue("Cache-Control").orElse(null), "a postback's answer");
    }

    private HttpResponse<String> get(String path) {
        try {
            return plain.send(HttpRequest.newBuilder(URI.create(MeldpuntDeployment.BASE_URL + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private int[] sessions() {
        String[] counts = get("/it-probe/sessions").body().trim().split(" ");
        return new int[] {Integer.parseInt(counts[0]), Integer.parseInt(counts[1])};
    }

    private long heap() {
        return Long.parseLong(get("/it-probe/heap").body().trim());
    }

    private static String viewState(HttpResponse<String> page) {
        return Jsoup.parse(page.body()).select("form#wizard input[name=jakarta.faces.ViewState]").attr("value");
    }

    private static String gunzip(byte[] body) throws IOException {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

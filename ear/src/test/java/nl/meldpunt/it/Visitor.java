package nl.meldpunt.it;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A browser without a script, over plain HTTP, for the benchmark and the cluster check: its own cookies (kept by
 * hand, so that thousands of visitors share one HTTP client, and a session can be carried to another server), the
 * page's nonce on every form post, and the time it spent waiting for answers.
 */
final class Visitor {

    // HTTP/1.1: Java's client would otherwise upgrade to HTTP/2 (h2c) and carry every visitor's requests over one
    // connection, which no browser does for different people.
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private final String base;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private long nanos;

    Visitor() {
        this(MeldpuntDeployment.BASE_URL);
    }

    /** A visitor of another server (an instance of a cluster), e.g. {@code http://localhost:28080}. */
    Visitor(String base) {
        this.base = base;
    }

    /** The same session on another server: this visitor's cookies, presented there. */
    Visitor on(String otherBase) {
        Visitor moved = new Visitor(otherBase);
        moved.cookies.putAll(cookies);
        return moved;
    }

    /** Nanoseconds spent in requests so far (not in parsing pages or solving puzzles). */
    long nanos() {
        return nanos;
    }

    HttpResponse<String> get(String path) {
        return timed(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    HttpResponse<String> post(String action, Map<String, String> fields, HttpResponse<String> from) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        String csp = from.headers().firstValue("Content-Security-Policy").orElse("");
        all.put("primefaces.nonce", csp.replaceAll(".*'nonce-([^']+)'.*", "$1"));
        String body = all.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return timed(HttpRequest.newBuilder(URI.create(base + action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A login form filled in and sent (the reporter login's proof of work solved between the two requests). */
    HttpResponse<String> login(String page, Map<String, String> values) {
        HttpResponse<String> form = get(page);
        Element login = Jsoup.parse(form.body()).getElementById("login");
        if (login == null) {
            throw new IllegalStateException("No login form on " + page + ": " + form.statusCode());
        }
        Map<String, String> fields = fieldsOf(login);
        fields.putAll(values);
        fields.put("login:submit", "");
        if (fields.containsKey("login:challenge")) {
            fields.put("login:solution", LoginPuzzleSolver.solve(fields.get("login:challenge")));
        }
        return post(login.attr("action"), fields, form);
    }

    /** Logs in as a staff member (with the demo second factor's next code) and checks that it worked. */
    Visitor loggedInAsStaff(String login, String password) {
        HttpResponse<String> answer = login("/staff/login.xhtml", Map.of("login:username", login, "login:password", password,
                "login:code", TestTotp.nextCode(login)));
        expectRedirect(answer, "/staff/home");
        return this;
    }

    /**
     * A report through every step of the organisation's wizard, as a browser without a script sends it: every
     * step a postback with its view state, the first option of every choice, a line and the story in the text
     * fields, the proof of work solved on the last step. Answers the case code and the password shown at the end.
     */
    String[] sendReport(String slug, String story) {
        HttpResponse<String> page = get("/melden.xhtml?org=" + slug);
        for (int postback = 0; postback < 40; postback++) {
            Document document = Jsoup.parse(page.body());
            if (document.getElementById("done") != null) {
                return new String[] {document.getElementById("caseCode").text(), document.getElementById("password").text()};
            }
            Element form = document.getElementById("wizard");
            if (form == null) {
                throw new IllegalStateException("No wizard on the page: " + page.statusCode() + " " + document.text());
            }
            Map<String, String> fields = fieldsOf(form);
            answerEverything(form, fields, story);
            if (form.getElementById("wizard:next") != null) {
                fields.put("wizard:next", "");
            } else {
                fields.put("wizard:solution", LoginPuzzleSolver.solve(fields.get("wizard:challenge")));
                fields.put("wizard:submit", "");
            }
            page = post(form.attr("action"), fields, page);
        }
        throw new IllegalStateException("The wizard did not end after 40 postbacks: " + Jsoup.parse(page.body()).text());
    }

    String cookieHeader() {
        return cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
    }

    static void expectRedirect(HttpResponse<String> answer, String to) {
        if (answer.statusCode() != 302 || !answer.headers().firstValue("Location").orElse("").contains(to)) {
            throw new IllegalStateException("Expected a redirect to " + to + ", got " + answer.statusCode() + " "
                    + answer.headers().firstValue("Location").orElse("") + " " + Jsoup.parse(answer.body()).text());
        }
    }

    /** What a browser sends for a form as it is shown: text and hidden fields, the chosen options only. */
    static Map<String, String> fieldsOf(Element form) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name], textarea[name]")) {
            String type = input.attr("type");
            if (input.tagName().equals("textarea")) {
                fields.put(input.attr("name"), input.val());
            } else if (type.equals("radio") || type.equals("checkbox")) {
                if (input.hasAttr("checked")) {
                    fields.put(input.attr("name"), input.val());
                }
            } else if (!type.equals("submit") && !type.equals("button") && !type.equals("file")) {
                fields.put(input.attr("name"), input.val());
            }
        }
        return fields;
    }

    /** The first option of every open choice, a line and the story for every empty text: a complete step. */
    private static void answerEverything(Element form, Map<String, String> fields, String story) {
        for (Element choice : form.select("input[type=radio], input[type=checkbox]")) {
            fields.putIfAbsent(choice.attr("name"), choice.val());
        }
        for (Element line : form.select("input[type=text][id$=:line]")) {
            if (fields.getOrDefault(line.attr("name"), "").isBlank()) {
                fields.put(line.attr("name"), "Sinds maart");
            }
        }
        for (Element text : form.select("textarea[name]")) {
            if (fields.getOrDefault(text.attr("name"), "").isBlank()) {
                fields.put(text.attr("name"), story);
            }
        }
    }

    private HttpResponse<String> timed(HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookieHeader());
        }
        long start = System.nanoTime();
        HttpResponse<String> answer;
        try {
            answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        nanos += System.nanoTime() - start;
        for (String set : answer.headers().allValues("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            int eq = pair.indexOf('=');
            String name = pair.substring(0, eq).trim();
            if (set.toLowerCase(Locale.ROOT).contains("max-age=0")) {
                cookies.remove(name);
            } else {
                cookies.put(name, pair.substring(eq + 1).trim());
            }
        }
        return answer;
    }
}

package nl.meldpunt.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** An HTTP client with its own session, that logs in through the real staff login form. */
public class StaffClient {

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    public static StaffClient anonymous() {
        return new StaffClient();
    }

    /** A client that presents a given session id, as an attacker who fixed or stole it would. */
    public static StaffClient withSessionCookie(String sessionId) {
        StaffClient client = new StaffClient();
        HttpCookie cookie = new HttpCookie("MELDPUNT_SESSION", sessionId);
        cookie.setPath("/");
        cookie.setVersion(0);
        client.cookies.getCookieStore().add(URI.create(MeldpuntDeployment.BASE_URL), cookie);
        return client;
    }

    public static StaffClient loggedInAs(String username, String password) {
        StaffClient client = new StaffClient();
        HttpResponse<String> answer = client.login(username, password);
        if (answer.statusCode() != 302 || !answer.headers().firstValue("Location").orElse("").contains("/staff/home")) {
            throw new IllegalStateException("Login of " + username + " failed: " + answer.statusCode());
        }
        return client;
    }

    /** A reporter with a fresh report of the organisation, logged in on the reporter's login page. */
    public static StaffClient reporterWithNewReport(String slug) {
        String[] credentials = anonymous().get("/it-probe/new-report?org=" + slug).body().split(" ");
        StaffClient client = new StaffClient();
        client.caseCode = credentials[0];
        HttpResponse<String> answer = client.loginAsReporter(credentials[0], credentials[1]);
        if (answer.statusCode() != 302 || !answer.headers().firstValue("Location").orElse("").contains("/melder/index.xhtml")) {
            throw new IllegalStateException("Reporter login failed: " + answer.statusCode());
        }
        return client;
    }

    private String caseCode;

    /** The case code of a reporter client. */
    public String caseCode() {
        return caseCode;
    }

    public HttpResponse<String> loginAsReporter(String code, String password) {
        return submitForm("/melder/login.xhtml", Map.of("login:caseCode", code, "login:password", password));
    }

    private HttpResponse<String> submitForm(String page, Map<String, String> values) {
        HttpResponse<String> loginPage = get(page);
        Document document = Jsoup.parse(loginPage.body());
        Element form = document.getElementById("login");
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name]")) {
            fields.put(input.attr("name"), input.attr("value"));
        }
        fields.putAll(values);
        fields.put("login:submit", "");
        if (fields.containsKey("login:challenge") && !values.containsKey("login:solution")) {
            // The reporter login's proof of work, solved as the page's script does.
            fields.put("login:solution", LoginPuzzleSolver.solve(fields.get("login:challenge")));
        }
        String csp = loginPage.headers().firstValue("Content-Security-Policy").orElse("");
        fields.put("primefaces.nonce", csp.replaceAll(".*'nonce-([^']+)'.*", "$1"));
        return post(form.attr("action"), fields);
    }

    /** Logs in with the demo second factor's next code (ignored for accounts without one). */
    public HttpResponse<String> login(String username, String password) {
        return login(username, password, TestTotp.nextCode(username));
    }

    public HttpResponse<String> login(String username, String password, String code) {
        return submitForm("/staff/login.xhtml", Map.of("login:username", username, "login:password", password,
                "login:code", code == null ? "" : code));
    }

    /**
     * Opens the welcome link of an invitation or password-reset mail as the page's script does: the token is in
     * the link's fragment, which is never sent, so the page is fetched without it and the token posted.
     */
    public HttpResponse<String> openWelcomeLink(String token) {
        return openWelcomeLink(token, null);
    }

    /** As {@link #openWelcomeLink(String)}, in a chosen language ({@code ?lang=}). */
    public HttpResponse<String> openWelcomeLink(String token, String language) {
        HttpResponse<String> page = get("/staff/welcome.xhtml" + (language == null ? "" : "?lang=" + language));
        return submitOn(page, "open", Map.of("open:token", token), "open:go");
    }

    /** Submits a JSF form of the given page, with its view state and PrimeFaces nonce. */
    public HttpResponse<String> submit(String page, String formId, Map<String, String> values, String button) {
        return submitOn(get(page), formId, values, button);
    }

    /** Submits a form of a page already shown (its view, so view-scoped state carries on). */
    public HttpResponse<String> submitOn(HttpResponse<String> form, String formId, Map<String, String> values, String button) {
        Document document = Jsoup.parse(form.body());
        Element element = document.getElementById(formId);
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : element.select("input[name]")) {
            fields.put(input.attr("name"), input.attr("value"));
        }
        fields.putAll(values);
        fields.put(button, "");
        String csp = form.headers().firstValue("Content-Security-Policy").orElse("");
        fields.put("primefaces.nonce", csp.replaceAll(".*'nonce-([^']+)'.*", "$1"));
        return post(element.attr("action"), fields);
    }

    /**
     * Submits a multipart JSF form of a page already shown, with one file: as a browser does, the file's
     * name and claimed type are sent too (the server must not believe them).
     */
    public HttpResponse<String> submitFileOn(HttpResponse<String> form, String formId, String fileField, String fileName,
                                             String contentType, byte[] content, String button) {
        Document document = Jsoup.parse(form.body());
        Element element = document.getElementById(formId);
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : element.select("input[name]")) {
            if (!input.attr("type").equals("file")) {
                fields.put(input.attr("name"), input.attr("value"));
            }
        }
        fields.put(button, "");
        String csp = form.headers().firstValue("Content-Security-Policy").orElse("");
        fields.put("primefaces.nonce", csp.replaceAll(".*'nonce-([^']+)'.*", "$1"));
        String boundary = "----meldpunt" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (var field : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                    + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(MeldpuntDeployment.BASE_URL + element.attr("action")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    /** A GET with extra request headers (such as If-None-Match), answered as bytes. */
    public HttpResponse<byte[]> getBytesWith(String path, String... headers) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(MeldpuntDeployment.BASE_URL + path)).headers(headers).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(MeldpuntDeployment.BASE_URL + path)).GET().build());
    }

    /** A download: status and bytes (files are no text). */
    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(MeldpuntDeployment.BASE_URL + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> post(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(MeldpuntDeployment.BASE_URL + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Calls a service method through the test probe as this client's staff member. */
    public String callService(String bean, String method, String... args) {
        StringBuilder path = new StringBuilder("/it-probe/service?bean=").append(bean).append("&method=").append(method);
        for (String arg : args) {
            path.append("&arg=").append(URLEncoder.encode(arg, StandardCharsets.UTF_8));
        }
        HttpResponse<String> answer = get(path.toString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(answer.body());
        }
        return answer.body();
    }

    /**
     * Submits a form as a browser does with checkboxes and radio buttons: only the checked ones are sent,
     * and a field given in {@code values} is sent with exactly those values (several, or none at all).
     */
    public HttpResponse<String> submitChoices(HttpResponse<String> form, String formId, Map<String, java.util.List<String>> values,
                                              String button) {
        Element element = Jsoup.parse(form.body()).getElementById(formId);
        java.util.List<String[]> fields = new java.util.ArrayList<>();
        for (Element input : element.select("input[name]")) {
            String type = input.attr("type");
            boolean choice = type.equals("checkbox") || type.equals("radio");
            if (!values.containsKey(input.attr("name")) && (!choice || input.hasAttr("checked"))) {
                fields.add(new String[] {input.attr("name"), input.attr("value")});
            }
        }
        values.forEach((name, list) -> list.forEach(value -> fields.add(new String[] {name, value})));
        fields.add(new String[] {button, ""});
        String csp = form.headers().firstValue("Content-Security-Policy").orElse("");
        fields.add(new String[] {"primefaces.nonce", csp.replaceAll(".*'nonce-([^']+)'.*", "$1")});
        String body = fields.stream()
                .map(f -> URLEncoder.encode(f[0], StandardCharsets.UTF_8) + "=" + URLEncoder.encode(f[1], StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(MeldpuntDeployment.BASE_URL + element.attr("action")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** As {@link #callService}, with the arguments in a POST body (for long ones, such as a question set). */
    public String callServicePosted(String bean, String method, String... args) {
        StringBuilder body = new StringBuilder("bean=").append(bean).append("&method=").append(method);
        for (String arg : args) {
            body.append("&arg=").append(URLEncoder.encode(arg, StandardCharsets.UTF_8));
        }
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(MeldpuntDeployment.BASE_URL + "/it-probe/service"))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(answer.body());
        }
        return answer.body();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

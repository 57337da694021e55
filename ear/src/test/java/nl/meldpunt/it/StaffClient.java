package nl.meldpunt.it;

import java.io.IOException;
import java.net.CookieManager;
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

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    public static StaffClient anonymous() {
        return new StaffClient();
    }

    public static StaffClient loggedInAs(String username, String password) {
        StaffClient client = new StaffClient();
        HttpResponse<String> answer = client.login(username, password);
        if (answer.statusCode() != 302 || !answer.headers().firstValue("Location").orElse("").contains("/staff/home")) {
            throw new IllegalStateException("Login of " + username + " failed: " + answer.statusCode());
        }
        return client;
    }

    public HttpResponse<String> login(String username, String password) {
        Document page = Jsoup.parse(get("/staff/login.xhtml").body());
        Element form = page.getElementById("login");
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name]")) {
            fields.put(input.attr("name"), input.attr("value"));
        }
        fields.put("login:username", username);
        fields.put("login:password", password);
        fields.put("login:submit", "");
        return post(form.attr("action"), fields);
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(MeldpuntDeployment.BASE_URL + path)).GET().build());
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

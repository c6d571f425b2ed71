package org.techleadership.advisor.support;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A cookie-keeping HTTP client that sends forms the way a browser without JavaScript does: it
 * reads the CSRF field of the page it last fetched and posts it with the fields given.
 */
public class FormBrowser {

    private static final String ACCEPT_HTML = "text/html,application/xhtml+xml,*/*;q=0.8";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final URI base;
    private final String forwardedFor;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
    private String lastPage = "";

    public FormBrowser(int port) {
        this(port, null);
    }

    /**
     * A browser at another address: every request says X-Forwarded-For: address, as a load balancer
     * would, and the app (trusting loopback as a proxy) takes that as the client's address.
     */
    public FormBrowser(int port, String address) {
        this.base = URI.create("http://localhost:" + port);
        this.forwardedFor = address;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path));
        return forwardedFor == null ? request : request.header("X-Forwarded-For", forwardedFor);
    }

    public URI base() {
        return base;
    }

    /** The value of a cookie this browser holds, or null. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(path)
                .header("Accept", ACCEPT_HTML).build(), HttpResponse.BodyHandlers.ofString());
        lastPage = response.body();
        return response;
    }

    public HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return http.send(request(path).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Fetches formPage, then posts the fields with its CSRF token; redirects are not followed. */
    public HttpResponse<String> submit(String formPage, String action, Map<String, String> fields)
            throws IOException, InterruptedException {
        get(formPage);
        return post(action, fields, true);
    }

    public HttpResponse<String> post(String action, Map<String, String> fields, boolean withCsrf)
            throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>(fields);
        if (withCsrf) {
            Matcher csrf = CSRF.matcher(lastPage);
            assertThat(csrf.find()).as("a CSRF field on the page before " + action).isTrue();
            form.put("_csrf", csrf.group(1));
        }
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(request(action)
                .header("Accept", ACCEPT_HTML).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
        return submit("/login", "/login", Map.of("username", username, "password", password));
    }

    /** The path a redirect points to. */
    public static String location(HttpResponse<?> response) {
        return URI.create(response.headers().firstValue("Location").orElseThrow()).getPath();
    }

    /** Answers one questionnaire step and expects to be sent on. */
    public void answer(String draftToken, int step, Map<String, String> answers) throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>(answers);
        form.put("action", "next");
        HttpResponse<String> response = submit("/q/" + draftToken + "/" + step, "/q/" + draftToken + "/" + step, form);
        assertThat(response.statusCode()).as("step " + step).isEqualTo(302);
    }

    /** Walks all four steps with answers that give a CIO. */
    public void answerAsCio(String draftToken) throws IOException, InterruptedException {
        for (int step = 1; step <= 4; step++) {
            answer(draftToken, step, AnswerSets.byStep(AnswerSets.CIO, step));
        }
    }
}

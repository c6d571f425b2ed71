package org.techleadership.advisor.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Bodies over their path's limit are refused with 413 through a real Tomcat, whether they declare
 * their length or come in chunks: problem+json under /api, the error page elsewhere. The catalogue
 * editor and its import take more than the other forms.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "management.prometheus.metrics.export.enabled=true")
class RequestBodyLimitTest {

    private static final String JSON = "application/json";
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String HTML = "text/html";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void anApiBodyOverSixteenKilobytesIsRefusedAsProblemJson() throws Exception {
        HttpResponse<String> response = post("/api/v1/assessments", JSON, JSON, unknownKeys(16 * 1024 + 1), false);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json;charset=UTF-8");
        assertThat(response.body()).contains("\"status\":413", "\"maxBytes\":16384", "at most 16 KB",
                "\"instance\":\"/api/v1/assessments\"");
    }

    @Test
    void aChunkedApiBodyIsCountedAndRefusedAtTheLimit() throws Exception {
        HttpResponse<String> response = post("/api/v1/assessments", JSON, JSON, unknownKeys(200_000), true);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(response.body()).contains("\"maxBytes\":16384").hasSizeLessThan(1000);
    }

    @Test
    void anApiBodyUnderTheLimitIsReadAndAnsweredWithItsProblems() throws Exception {
        HttpResponse<String> response = post("/api/v1/assessments", JSON, JSON, unknownKeys(16 * 1024 - 10), true);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"more\":").hasSizeLessThan(5000);
    }

    @Test
    void aFormOverThirtyTwoKilobytesGetsTheFriendlyPage() throws Exception {
        HttpResponse<String> response = post("/login", FORM, HTML, form(32 * 1024 + 1), false);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("That was too much to send", "shorten the long text");
        assertThat(response.headers().firstValue("X-Robots-Tag")).hasValue("noindex, nofollow");
    }

    @Test
    void aChunkedFormOverTomcatsLimitGetsTheFriendlyPageToo() throws Exception {
        HttpResponse<String> response = post("/q/" + "A".repeat(32) + "/1", FORM, HTML, form(100_000), true);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("That was too much to send");
    }

    @Test
    void aChunkedBodyAFilterReadsBeforeAnyControllerIsRefusedToo() throws Exception {
        // Spring's FormContentFilter reads a PUT form itself, through the counting stream
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/consultant"))
                .header("Content-Type", FORM).header("Accept", HTML).timeout(Duration.ofSeconds(20))
                .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(
                        form(100_000).getBytes(StandardCharsets.UTF_8)))).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("That was too much to send");
    }

    @Test
    void theCatalogueEditorTakesLargerFormsThanTheRest() throws Exception {
        String forty = form(40 * 1024);
        assertThat(post("/consultant/invite", FORM, HTML, forty, false).statusCode()).isEqualTo(413);
        // read, then refused for its missing CSRF token: the size was not the problem
        assertThat(post("/admin/catalogue/rules?question=focus", FORM, HTML, forty, false).statusCode()).isEqualTo(403);
        assertThat(post("/admin/catalogue/rules?question=focus", FORM, HTML, form(64 * 1024 + 1), false).statusCode())
                .isEqualTo(413);
    }

    @Test
    void aCatalogueFileMayBeUpToOneMegabyte() throws Exception {
        assertThat(post("/admin/catalogue/import", "multipart/form-data; boundary=b", HTML,
                multipart(600 * 1024), false).statusCode()).isEqualTo(403);
        HttpResponse<String> tooLarge = post("/admin/catalogue/import", "multipart/form-data; boundary=b", HTML,
                multipart(1024 * 1024), false);
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("That was too much to send");
    }

    private HttpResponse<String> post(String path, String contentType, String accept, String body, boolean chunked)
            throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpRequest.BodyPublisher publisher = chunked
                ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)) // no length: chunked
                : HttpRequest.BodyPublishers.ofByteArray(bytes);
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", contentType).header("Accept", accept).timeout(Duration.ofSeconds(20))
                .POST(publisher).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A JSON object of unknown keys, about this many bytes long. */
    static String unknownKeys(int bytes) {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; json.length() < bytes - 12; i++) {
            json.append("\"k").append(i).append("\":1,");
        }
        return json.append("\"z\":0}").toString();
    }

    private static String form(int bytes) {
        return "username=someone&password=" + "p".repeat(bytes - 26);
    }

    private static String multipart(int fileBytes) {
        return "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"c.json\"\r\n"
                + "Content-Type: application/json\r\n\r\n" + "x".repeat(fileBytes) + "\r\n--b--\r\n";
    }
}

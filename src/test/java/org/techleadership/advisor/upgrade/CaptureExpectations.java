package org.techleadership.advisor.upgrade;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.databind.JsonNode;

/**
 * Not a test: writes the expectations of {@link UpgradeIT} from a running app of the release that made the
 * data folder. Run it against that release's jar, started on a copy of the folder, when a new fixture is
 * made:
 *
 * <pre>
 * java -cp target/test-classes:$(test classpath) org.techleadership.advisor.upgrade.CaptureExpectations \
 *     http://127.0.0.1:18081 src/test/resources/upgrade
 * </pre>
 *
 * It reads {@code manifest.json} in that folder and writes each link's API body as it is, and the visible
 * text ({@link VisibleText}) of its share page, PDF and result page.
 */
public final class CaptureExpectations {

    private CaptureExpectations() {
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        Path folder = Path.of(args[1]);
        JsonNode manifest = VisibleText.JSON.readTree(Files.readString(folder.resolve("manifest.json")));
        HttpClient http = HttpClient.newHttpClient();
        Files.createDirectories(folder.resolve("expected"));
        for (JsonNode link : manifest.get("links")) {
            String token = link.get("token").asString();
            JsonNode expected = link.get("expected");
            int status = expected.get("status").asInt();

            HttpResponse<String> api = get(http, base.resolve("/api/v1/assessments/" + token), "application/json");
            check(api.statusCode(), status, "API " + token);
            Files.writeString(folder.resolve(expected.get("api").asString()), api.body(), StandardCharsets.UTF_8);

            HttpResponse<String> share = get(http, base.resolve("/r/" + token), "text/html");
            check(share.statusCode(), status, "share page " + token);
            HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(base.resolve("/r/" + token + ".pdf"))
                    .header("Accept", "application/pdf").build(), HttpResponse.BodyHandlers.ofByteArray());
            check(pdf.statusCode(), status, "PDF " + token);
            if (status == 200) {
                write(folder, expected, "sharePageMainText", VisibleText.mainText(share.body(), base));
                write(folder, expected, "pdfText", VisibleText.pdfText(pdf.body(), base));
            }
            if (expected.has("resultPageMainText")) {
                HttpResponse<String> result = get(http,
                        base.resolve("/q/" + link.get("draftToken").asString() + "/result"), "text/html");
                check(result.statusCode(), 200, "result page " + token);
                write(folder, expected, "resultPageMainText", VisibleText.mainText(result.body(), base));
            }
            System.out.println(link.get("kind").asString() + " " + token + " captured");
        }
    }

    private static HttpResponse<String> get(HttpClient http, URI uri, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void write(Path folder, JsonNode expected, String field, String text) throws Exception {
        Files.writeString(folder.resolve(expected.get(field).asString()), text + "\n", StandardCharsets.UTF_8);
    }

    private static void check(int actual, int expected, String what) {
        if (actual != expected) {
            throw new IllegalStateException(what + " answered " + actual + ", not " + expected);
        }
    }
}

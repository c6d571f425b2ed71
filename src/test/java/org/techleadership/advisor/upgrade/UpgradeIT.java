package org.techleadership.advisor.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.assertj.core.api.SoftAssertions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import tools.jackson.databind.JsonNode;

/**
 * A data folder made by release 410b2d2 (src/test/resources/upgrade/data-410b2d2.zip, described by
 * manifest.json beside it) is opened by the packaged jar of this build: its Flyway migrations upgrade the
 * folder, and then every link made before must show what it showed — the API body equal as JSON, and every
 * text, figure and reason of the share page, its PDF and the result page, as read by a person (the text of
 * {@code <main>}, and the PDF's text; markup and layout may change). The expectations were captured from
 * the 410b2d2 jar itself ({@link CaptureExpectations}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UpgradeIT {

    private static final String FIXTURE = "/upgrade/";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private JsonNode manifest;
    private Path dataDir;
    private URI base;
    private Process app;

    @BeforeAll
    void startTheNewReleaseOnTheOldDataFolder() throws Exception {
        Path jar = Path.of(System.getProperty("advisor.jar", "target/advisor-0.1.0-SNAPSHOT.jar"));
        assertThat(jar).exists();
        manifest = VisibleText.JSON.readTree(resource("manifest.json"));
        dataDir = Files.createTempDirectory("advisor-upgrade");
        unzip(FIXTURE + manifest.get("fixture").asString(), dataDir);
        int port = freePort();
        base = URI.create("http://127.0.0.1:" + port);
        ProcessBuilder builder = new ProcessBuilder("java", "-XX:TieredStopAtLevel=1", "-jar", jar.toString(),
                "--server.port=" + port, "--server.address=127.0.0.1", "--management.server.port=0",
                "--advisor.data-dir=" + dataDir)
                .redirectErrorStream(true).redirectOutput(dataDir.resolve("app.log").toFile());
        // the embedded H2 of the folder, whatever the machine's environment says (no first-admin password either)
        builder.environment().keySet().removeIf(k -> k.startsWith("SPRING_") || k.startsWith("ADVISOR_"));
        app = builder.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new AssertionError("the new release stopped while opening the old data folder:\n" + log());
            }
            try {
                if (http.send(HttpRequest.newBuilder(base.resolve("/api/v1/questionnaire")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                Thread.sleep(200);
            }
        }
        app.destroyForcibly();
        throw new AssertionError("the new release did not start on the old data folder within 90 s:\n" + log());
    }

    @AfterAll
    void stop() throws Exception {
        if (app != null) {
            app.destroy();
            if (!app.waitFor(20, TimeUnit.SECONDS)) {
                app.destroyForcibly();
                app.waitFor(10, TimeUnit.SECONDS);
            }
        }
        if (dataDir != null) {
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    @Test
    void theOldDataFolderIsUpgradedAndServed() throws Exception {
        HttpResponse<String> health = get("/readyz", "application/json");
        assertThat(health.statusCode()).as("readiness after the upgrade").isEqualTo(200);
        assertThat(log()).doesNotContain("FlywayException").doesNotContain("APPLICATION FAILED TO START");
    }

    @Test
    void everyLinkMadeByTheLastReleaseShowsWhatItShowed() throws Exception {
        SoftAssertions softly = new SoftAssertions();
        int checked = 0;
        for (JsonNode link : manifest.get("links")) {
            if (link.get("withdrawn").asBoolean()) {
                continue;
            }
            String token = link.get("token").asString();
            String what = link.get("kind").asString() + " " + token;
            JsonNode expected = link.get("expected");

            HttpResponse<String> api = get("/api/v1/assessments/" + token, "application/json");
            softly.assertThat(api.statusCode()).as("API status of %s", what).isEqualTo(200);
            softly.assertThat(VisibleText.apiBody(api.body())).as("API body of %s", what)
                    .isEqualTo(VisibleText.apiBody(resource(expected.get("api").asString())));

            HttpResponse<String> share = get("/r/" + token, "text/html");
            softly.assertThat(share.statusCode()).as("share page status of %s", what).isEqualTo(200);
            softly.assertThat(VisibleText.mainText(share.body(), base)).as("share page text of %s", what)
                    .isEqualTo(resource(expected.get("sharePageMainText").asString()).strip());

            HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(base.resolve("/r/" + token + ".pdf"))
                    .header("Accept", "application/pdf").build(), HttpResponse.BodyHandlers.ofByteArray());
            softly.assertThat(pdf.statusCode()).as("PDF status of %s", what).isEqualTo(200);
            if (pdf.statusCode() == 200) {
                // the masthead now carries the consultant's practice, as their pages do; the rest is unchanged
                softly.assertThat(withoutMasthead(VisibleText.pdfText(pdf.body(), base))).as("PDF text of %s", what)
                        .isEqualTo(withoutMasthead(resource(expected.get("pdfText").asString()).strip()));
            }

            if (expected.has("resultPageMainText")) {
                HttpResponse<String> result = get("/q/" + link.get("draftToken").asString() + "/result", "text/html");
                softly.assertThat(result.statusCode()).as("result page status of %s", what).isEqualTo(200);
                // the recommendation on the owner's page may not change; the owner's tools below it
                // ("Keep or share this recommendation": share, print, change, delete) may gain entries
                String tools = "Keep or share this recommendation";
                String shown = VisibleText.mainText(result.body(), base);
                String before = resource(expected.get("resultPageMainText").asString()).strip();
                softly.assertThat(shown).as("owner's tools on the result page of %s", what).contains(tools);
                // the client's own page now shows their consultant's advice, as the share page did:
                // the block is new, and everything else is what the page showed before
                String advice = "Your consultant’s advice ";
                String computed = "The questionnaire’s result ";
                String withoutAdvice = shown;
                if (shown.contains(advice) && !before.contains(advice)) {
                    int from = shown.indexOf(advice);
                    int to = shown.indexOf(computed, from);
                    softly.assertThat(to).as("the advice block of %s ends before the computed result", what).isPositive();
                    withoutAdvice = to > 0 ? shown.substring(0, from) + shown.substring(to + computed.length()) : shown;
                }
                softly.assertThat(VisibleText.before(withoutAdvice, tools)).as("result page text of %s", what)
                        .isEqualTo(VisibleText.before(before, tools));
            }
            checked++;
        }
        softly.assertAll();
        assertThat(checked).as("links checked").isGreaterThanOrEqualTo(13);
    }

    @Test
    void aWithdrawnLinkStaysWithdrawnEverywhere() throws Exception {
        List<JsonNode> withdrawn = new ArrayList<>();
        manifest.get("links").forEach(l -> {
            if (l.get("withdrawn").asBoolean()) {
                withdrawn.add(l);
            }
        });
        assertThat(withdrawn).hasSize(1);
        for (JsonNode link : withdrawn) {
            String token = link.get("token").asString();
            HttpResponse<String> api = get("/api/v1/assessments/" + token, "application/json");
            assertThat(api.statusCode()).isEqualTo(410);
            assertThat(VisibleText.apiBody(api.body()))
                    .isEqualTo(VisibleText.apiBody(resource(link.get("expected").get("api").asString())));
            HttpResponse<String> page = get("/r/" + token, "text/html");
            assertThat(page.statusCode()).isEqualTo(410);
            assertThat(VisibleText.mainText(page.body(), base)).contains("withdrawn")
                    .doesNotContain(link.get("clientLabel").asString());
            assertThat(get("/r/" + token + ".pdf", "application/pdf").statusCode()).isEqualTo(410);
        }
    }

    /** The PDF's text with its masthead (the product's or a practice's name, before the title) left out. */
    private static String withoutMasthead(String pdfText) {
        return pdfText.replaceFirst("^(\\[page furniture: [^\\]]*\\]) .*? (Recommendation for )", "$1 $2");
    }

    @Test
    void theConsultantStillSignsInAndSeesBothClients() throws Exception {
        JsonNode consultant = manifest.get("consultant");
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .connectTimeout(Duration.ofSeconds(2)).build();
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(base.resolve("/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        Element csrf = Jsoup.parse(login.body()).selectFirst("form input[name=_csrf]");
        assertThat(csrf).as("the sign-in form's CSRF field").isNotNull();
        HttpResponse<String> signIn = browser.send(HttpRequest.newBuilder(base.resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", consultant.get("username").asString(),
                        "password", consultant.get("password").asString(), "_csrf", csrf.val()))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location").orElse("")).endsWith("/consultant");

        HttpResponse<String> dashboard = browser.send(HttpRequest.newBuilder(base.resolve("/consultant")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(dashboard.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(dashboard.body());
        String text = VisibleText.normalise(page.selectFirst("main").text());
        for (JsonNode client : consultant.get("clients")) {
            assertThat(text).contains(client.asString());
        }
    }

    @Test
    void aNewAssessmentIsStillMadeWithTheLiveCatalogue() throws Exception {
        String body = "{\"answers\": {\"focus\": \"PROCESS\", \"audience\": \"EMPLOYEES\", \"challenge\": \"LEGACY_SYSTEMS\", "
                + "\"success_measure\": \"BUSINESS_OUTCOME\", \"company_size\": \"MEDIUM\", \"tech_team\": \"ESTABLISHED\", "
                + "\"regulation\": \"MODERATE\", \"budget\": \"FULL_TIME\", \"need_pattern\": \"ONGOING\", "
                + "\"involvement\": \"LEAD_TEAM\"}, \"clientLabel\": \"After the upgrade\"}";
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/assessments"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode made = VisibleText.JSON.readTree(created.body());
        // this release publishes its catalogue additions (interim leaders, ...) on top of the folder's live version
        assertThat(made.get("catalogueVersion").asInt()).isEqualTo(manifest.get("liveCatalogueVersion").asInt() + 1);
        assertThat(made.get("recommendation").get("primary").get("code").asString()).isEqualTo("CIO");
        assertThat(made.get("recommendation").get("ranking")).hasSize(10);
        assertThat(made.get("recommendation").get("ranking").toString()).contains("INTERIM_CIO", "INTERIM_CTO");
        // ... and keeps what the admin had published: version 2's CTO wording is still there
        HttpResponse<String> roles = get("/roles", "text/html");
        assertThat(VisibleText.mainText(roles.body(), base)).contains("VERSION-2 WORDING:", "Interim CIO", "Interim CTO");
        String token = made.get("token").asString();
        HttpResponse<String> fetched = get("/api/v1/assessments/" + token, "application/json");
        assertThat(fetched.statusCode()).isEqualTo(200);
        assertThat(VisibleText.apiBody(fetched.body())).isEqualTo(VisibleText.apiBody(created.body()));
        assertThat(get("/r/" + token, "text/html").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = UpgradeIT.class.getResourceAsStream(FIXTURE + name)) {
            assertThat(in).as("test resource " + FIXTURE + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void unzip(String zip, Path into) throws IOException {
        try (InputStream raw = UpgradeIT.class.getResourceAsStream(zip)) {
            assertThat(raw).as("the fixture " + zip).isNotNull();
            try (ZipInputStream in = new ZipInputStream(raw)) {
                for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                    Path target = into.resolve(entry.getName()).normalize();
                    if (!target.startsWith(into)) {
                        throw new IOException("zip entry outside the folder: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(in, target);
                    }
                }
            }
        }
    }

    private String log() {
        try {
            return Files.readString(dataDir.resolve("app.log"));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
